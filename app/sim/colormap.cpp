// Colormap anchor tables and their 256-entry expansion; see colormap.h.
#include "app/sim/colormap.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace lv::sim {
namespace {

struct Anchor {
  float t;
  std::uint8_t r, g, b;
};

struct MapDef {
  const char* name;
  std::vector<std::uint32_t> colours;  // sRGB anchors as 0xRRGGBB, evenly spaced in t from 0 to 1 ...
  std::vector<float> t = {};           // ... unless their t are listed here (ascending, one per colour)
};

// Hand-picked sRGB samples of each published map, written as the maps' colours are usually quoted;
// enough anchors that linear interpolation stays within a few units of the original.
const std::vector<MapDef>& definitions() {
  static const std::vector<MapDef> maps = {
      {"viridis",
       {0x440154, 0x482878, 0x3e4989, 0x31688e, 0x26828e, 0x1f9e89, 0x35b779, 0x6ece58, 0xb5de2b, 0xfde725},
       {0.000f, 0.125f, 0.250f, 0.375f, 0.500f, 0.625f, 0.750f, 0.875f, 0.9375f, 1.000f}},
      {"magma", {0x000004, 0x1c1044, 0x4f127b, 0x812581, 0xb5367a, 0xe55064, 0xfb8761, 0xfec287, 0xfcfdbf}},
      {"inferno", {0x000004, 0x1f0c48, 0x550f6d, 0x88226a, 0xba3655, 0xe35933, 0xf98e09, 0xf9cb35, 0xfcffa4}},
      {"cividis", {0x00204d, 0x00336f, 0x39486b, 0x575d6d, 0x707173, 0x8a8779, 0xa69d75, 0xc4b56c, 0xffea46}},
      {"coolwarm",
       {0x3b4cc0, 0x6282ea, 0x8db0fe, 0xb8d0f9, 0xdddddd, 0xf5c4ad, 0xf49a7b, 0xde604d, 0xb40426}},
  };
  return maps;
}

std::vector<Anchor> anchors(const MapDef& map) {
  std::vector<Anchor> result;
  const std::size_t n = map.colours.size();
  for (std::size_t k = 0; k < n; ++k) {
    const std::uint32_t c = map.colours[k];
    const float t = map.t.empty() ? float(k) / float(n - 1) : map.t[k];
    result.push_back({t, std::uint8_t(c >> 16), std::uint8_t(c >> 8), std::uint8_t(c)});
  }
  return result;
}

std::vector<std::array<std::uint8_t, 3>> expand(const std::vector<Anchor>& anchors) {
  std::vector<std::array<std::uint8_t, 3>> table(kColormapSize);
  std::size_t k = 0;
  for (int i = 0; i < kColormapSize; ++i) {
    float t = float(i) / float(kColormapSize - 1);
    while (k + 2 < anchors.size() && t > anchors[k + 1].t) ++k;
    const Anchor& a = anchors[k];
    const Anchor& b = anchors[k + 1];
    float s = std::clamp((t - a.t) / (b.t - a.t), 0.0f, 1.0f);
    auto mix = [s](std::uint8_t x, std::uint8_t y) {
      return std::uint8_t(std::lround(float(x) + (float(y) - float(x)) * s));
    };
    table[std::size_t(i)] = {mix(a.r, b.r), mix(a.g, b.g), mix(a.b, b.b)};
  }
  return table;
}

const MapDef& definition(std::string_view name) {
  for (const MapDef& map : definitions()) {
    if (name == map.name) return map;
  }
  return definitions().front();
}

}  // namespace

const std::vector<std::string>& colormapNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all;
    for (const MapDef& map : definitions()) all.emplace_back(map.name);
    return all;
  }();
  return names;
}

std::string colormapNameList() {
  std::string list;
  for (const std::string& name : colormapNames()) list += (list.empty() ? "" : ", ") + name;
  return list;
}

bool isColormap(std::string_view name) {
  const auto& names = colormapNames();
  return std::find(names.begin(), names.end(), name) != names.end();
}

const std::vector<std::array<std::uint8_t, 3>>& colormapTable(std::string_view name) {
  static const auto tables = [] {
    std::map<std::string, std::vector<std::array<std::uint8_t, 3>>, std::less<>> all;
    for (const MapDef& map : definitions()) all[map.name] = expand(anchors(map));
    return all;
  }();
  return tables.find(definition(name).name)->second;
}

std::array<float, 3> colormapColor(std::string_view name, double t) {
  const auto& table = colormapTable(name);
  // Texel centres sit at (i + 0.5) / N; the shader samples at t * (N-1)/N + 0.5/N.
  double x = std::clamp(t, 0.0, 1.0) * (kColormapSize - 1);
  int i = std::min(int(x), kColormapSize - 2);
  double s = x - i;
  std::array<float, 3> rgb{};
  for (int c = 0; c < 3; ++c) {
    double lo = table[std::size_t(i)][std::size_t(c)], hi = table[std::size_t(i) + 1][std::size_t(c)];
    rgb[std::size_t(c)] = float((lo + (hi - lo) * s) / 255.0);
  }
  return rgb;
}

}  // namespace lv::sim
