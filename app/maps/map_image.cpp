// Pixel colours of a convergence map. Patterns (not just dark colours) mark diverged and unresolved
// pixels so that they stay distinct for colour-blind readers and in greyscale prints.
#include "app/maps/map_image.h"

#include "app/sim/colormap.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lv::maps {
namespace {

using Rgb = std::array<std::uint8_t, 3>;

// Okabe & Ito (2008), "Color Universal Design": distinguishable under the common colour deficiencies.
constexpr Rgb kOkabeIto[] = {{230, 159, 0}, {86, 180, 233}, {0, 158, 115},  {240, 228, 66},
                             {0, 114, 178}, {213, 94, 0},   {204, 121, 167}};

constexpr std::uint8_t kHatchDark = 0, kHatchLight = 255;
constexpr std::uint8_t kCheckDark = 96, kCheckLight = 160;

Rgb grey(std::uint8_t v) { return {v, v, v}; }

Rgb divergedPattern(int px, int py) { return grey(((px + py) / 3) % 2 ? kHatchLight : kHatchDark); }
Rgb unresolvedPattern(int px, int py) { return grey(((px / 4) + (py / 4)) % 2 ? kCheckLight : kCheckDark); }

Rgb viridis(double t) {
  const auto c = sim::colormapColor("viridis", t);
  return {static_cast<std::uint8_t>(std::lround(c[0] * 255)),
          static_cast<std::uint8_t>(std::lround(c[1] * 255)),
          static_cast<std::uint8_t>(std::lround(c[2] * 255))};
}

// 1 for a pixel that converged at step 0, 0.35 for one that never met the tolerance.
double brightness(const PixelResult& p, long steps) {
  if (!p.convergedStep) return 0.35;
  const double late = steps > 0 ? static_cast<double>(*p.convergedStep) / static_cast<double>(steps) : 0.0;
  return 1.0 - 0.5 * std::clamp(late, 0.0, 1.0);
}

struct LossRange {
  double min = std::numeric_limits<double>::infinity();
  double logSpan = 1, logMin = 0;
};

double logExcess(double loss, double min) { return std::log10(loss - min + 1e-12); }

LossRange lossRange(const ConvergenceMap& map) {
  LossRange range;
  for (const PixelResult& p : map.pixels)
    if (p.finalLoss && !p.divergedStep) range.min = std::min(range.min, *p.finalLoss);
  double hi = -std::numeric_limits<double>::infinity();
  range.logMin = std::numeric_limits<double>::infinity();
  for (const PixelResult& p : map.pixels) {
    if (!p.finalLoss || p.divergedStep) continue;
    const double l = logExcess(*p.finalLoss, range.min);
    range.logMin = std::min(range.logMin, l);
    hi = std::max(hi, l);
  }
  range.logSpan = std::isfinite(hi - range.logMin) && hi > range.logMin ? hi - range.logMin : 1.0;
  return range;
}

Rgb pixelColor(const PixelResult& p, int px, int py, MapColoring coloring, long steps,
               const LossRange& range) {
  if (p.divergedStep || !p.finalLoss) return divergedPattern(px, py);
  switch (coloring) {
    case MapColoring::Basin: {
      if (!p.basin) return unresolvedPattern(px, py);
      const Rgb base = basinColor(*p.basin);
      const double b = brightness(p, steps);
      return {static_cast<std::uint8_t>(std::lround(base[0] * b)),
              static_cast<std::uint8_t>(std::lround(base[1] * b)),
              static_cast<std::uint8_t>(std::lround(base[2] * b))};
    }
    case MapColoring::Steps:
      if (!p.convergedStep) return unresolvedPattern(px, py);
      return viridis(steps > 0 ? static_cast<double>(*p.convergedStep) / static_cast<double>(steps) : 0.0);
    case MapColoring::Loss:
      return viridis((logExcess(*p.finalLoss, range.min) - range.logMin) / range.logSpan);
  }
  return grey(0);
}

}  // namespace

std::array<std::uint8_t, 3> basinColor(int basin) {
  constexpr int count = static_cast<int>(sizeof kOkabeIto / sizeof kOkabeIto[0]);
  return kOkabeIto[((basin % count) + count) % count];
}

std::vector<std::uint8_t> colorMap(const ConvergenceMap& map, MapColoring coloring, bool hasKnownMinima) {
  if (coloring == MapColoring::Basin && !hasKnownMinima) coloring = MapColoring::Loss;
  const LossRange range = coloring == MapColoring::Loss ? lossRange(map) : LossRange{};
  std::vector<std::uint8_t> rgba(static_cast<size_t>(map.width) * map.height * 4);
  for (int py = 0; py < map.height; ++py) {
    for (int px = 0; px < map.width; ++px) {
      const Rgb c = pixelColor(map.at(px, py), px, py, coloring, map.steps, range);
      std::uint8_t* out = &rgba[(static_cast<size_t>(py) * map.width + px) * 4];
      out[0] = c[0];
      out[1] = c[1];
      out[2] = c[2];
      out[3] = 255;
    }
  }
  return rgba;
}

bool isDivergedPattern(const std::uint8_t* rgb) {
  return rgb[0] == rgb[1] && rgb[1] == rgb[2] && (rgb[0] == kHatchDark || rgb[0] == kHatchLight);
}

bool isUnresolvedPattern(const std::uint8_t* rgb) {
  return rgb[0] == rgb[1] && rgb[1] == rgb[2] && (rgb[0] == kCheckDark || rgb[0] == kCheckLight);
}

}  // namespace lv::maps
