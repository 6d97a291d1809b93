// See surface_image.h.
#include "app/export/surface_image.h"

#include "app/sim/colormap.h"
#include "app/sim/scene_colors.h"

#include <cmath>

namespace lv::exports {
namespace {

std::uint32_t argb(float r, float g, float b) {
  auto byte = [](float c) {
    return static_cast<std::uint32_t>(std::lround(std::fmin(std::fmax(c, 0.f), 1.f) * 255));
  };
  return 0xFF000000u | byte(r) << 16 | byte(g) << 8 | byte(b);
}

}  // namespace

sim::ColorScale sessionColorScale(const sim::Session& session, const landscapes::Rect& view) {
  return sim::colorScaleFor(session.colors, session.landscapeValue(), view);
}

figure::ColorMapping colorBarMapping(const sim::ColorScale& scale, const std::string& colormap) {
  figure::ColorMapping mapping;
  mapping.colormap = colormap;
  mapping.scale = scale;
  if (scale.valid)
    for (const auto& entry : sim::colormapTable(colormap))
      mapping.colors.push_back({entry[0] / 255.0f, entry[1] / 255.0f, entry[2] / 255.0f, 1.0f});
  return mapping;
}

std::vector<std::uint32_t> surfacePixels(const std::function<double(const optim::Vec2&)>& value,
                                         const landscapes::Rect& view, int width, int height,
                                         const sim::ColorScale& scale, const std::string& colormap) {
  std::vector<std::uint32_t> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
  const double dx = (view.xmax - view.xmin) / width, dy = (view.ymax - view.ymin) / height;
  for (int row = 0; row < height; ++row) {
    const double y = view.ymax - (row + 0.5) * dy;
    for (int col = 0; col < width; ++col) {
      const double f = value(optim::Vec2(view.xmin + (col + 0.5) * dx, y));
      std::uint32_t& pixel = pixels[static_cast<std::size_t>(row) * width + col];
      if (!std::isfinite(f)) {
        pixel = argb(kNonFiniteGray[0], kNonFiniteGray[1], kNonFiniteGray[2]);
        continue;
      }
      const double t = scale.position(f);
      const auto c = sim::colormapColor(colormap, std::isfinite(t) ? t : 0.0);
      pixel = argb(c[0], c[1], c[2]);
    }
  }
  return pixels;
}

}  // namespace lv::exports
