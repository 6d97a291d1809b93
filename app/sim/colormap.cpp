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
  std::vector<Anchor> anchors;  // t ascending from 0 to 1
};

// Hand-picked sRGB samples of each published map; enough anchors that linear interpolation stays
// within a few units of the original.
const std::vector<MapDef>& definitions() {
  static const std::vector<MapDef> maps = {
      {"viridis",
       {{0.000f, 68, 1, 84},
        {0.125f, 72, 40, 120},
        {0.250f, 62, 73, 137},
        {0.375f, 49, 104, 142},
        {0.500f, 38, 130, 142},
        {0.625f, 31, 158, 137},
        {0.750f, 53, 183, 121},
        {0.875f, 110, 206, 88},
        {0.9375f, 181, 222, 43},
        {1.000f, 253, 231, 37}}},
      {"magma",
       {{0.000f, 0, 0, 4},
        {0.125f, 28, 16, 68},
        {0.250f, 79, 18, 123},
        {0.375f, 129, 37, 129},
        {0.500f, 181, 54, 122},
        {0.625f, 229, 80, 100},
        {0.750f, 251, 135, 97},
        {0.875f, 254, 194, 135},
        {1.000f, 252, 253, 191}}},
      {"inferno",
       {{0.000f, 0, 0, 4},
        {0.125f, 31, 12, 72},
        {0.250f, 85, 15, 109},
        {0.375f, 136, 34, 106},
        {0.500f, 186, 54, 85},
        {0.625f, 227, 89, 51},
        {0.750f, 249, 142, 9},
        {0.875f, 249, 203, 53},
        {1.000f, 252, 255, 164}}},
      {"cividis",
       {{0.000f, 0, 32, 77},
        {0.125f, 0, 51, 111},
        {0.250f, 57, 72, 107},
        {0.375f, 87, 93, 109},
        {0.500f, 112, 113, 115},
        {0.625f, 138, 135, 121},
        {0.750f, 166, 157, 117},
        {0.875f, 196, 181, 108},
        {1.000f, 255, 234, 70}}},
      {"coolwarm",
       {{0.000f, 59, 76, 192},
        {0.125f, 98, 130, 234},
        {0.250f, 141, 176, 254},
        {0.375f, 184, 208, 249},
        {0.500f, 221, 221, 221},
        {0.625f, 245, 196, 173},
        {0.750f, 244, 154, 123},
        {0.875f, 222, 96, 77},
        {1.000f, 180, 4, 38}}},
  };
  return maps;
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
    for (const MapDef& map : definitions()) all[map.name] = expand(map.anchors);
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
