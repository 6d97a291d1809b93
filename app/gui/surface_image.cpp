#include "app/gui/surface_image.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <thread>

namespace lv::gui {
namespace {

using Stops = std::vector<std::array<std::uint8_t, 3>>;

const Stops& stopsFor(const std::string& name) {
  static const Stops viridis = {{68, 1, 84}, {72, 40, 120}, {62, 73, 137}, {49, 104, 142}, {38, 130, 142},
                                {31, 158, 137}, {53, 183, 121}, {110, 206, 88}, {181, 222, 43}, {253, 231, 37}};
  static const Stops magma = {{0, 0, 4}, {28, 16, 68}, {79, 18, 123}, {129, 37, 129}, {181, 54, 122},
                              {229, 80, 100}, {251, 135, 97}, {254, 194, 135}, {252, 253, 191}};
  static const Stops inferno = {{0, 0, 4}, {31, 12, 72}, {85, 15, 109}, {136, 34, 106}, {186, 54, 85},
                                {227, 89, 51}, {249, 142, 9}, {249, 203, 53}, {252, 255, 164}};
  static const Stops cividis = {{0, 34, 78}, {18, 53, 112}, {59, 73, 108}, {87, 93, 109}, {112, 113, 115},
                                {138, 135, 121}, {166, 157, 117}, {196, 181, 108}, {228, 207, 91}, {254, 232, 56}};
  static const Stops coolwarm = {{59, 76, 192}, {103, 136, 238}, {154, 187, 255}, {201, 215, 240},
                                 {237, 209, 194}, {247, 168, 137}, {226, 105, 82}, {180, 4, 38}};
  if (name == "magma") return magma;
  if (name == "inferno") return inferno;
  if (name == "cividis") return cividis;
  if (name == "coolwarm") return coolwarm;
  return viridis;
}

std::array<double, 3> colorAt(const Stops& stops, double t) {
  const double x = std::clamp(t, 0.0, 1.0) * static_cast<double>(stops.size() - 1);
  const size_t i = std::min(static_cast<size_t>(x), stops.size() - 2);
  const double u = x - static_cast<double>(i);
  std::array<double, 3> c;
  for (int k = 0; k < 3; ++k) c[k] = stops[i][k] * (1 - u) + stops[i + 1][k] * u;
  return c;
}

}  // namespace

std::vector<std::uint8_t> surfaceImage(const landscapes::Formula& formula, const landscapes::Rect& view, int width,
                                       int height, const sim::ColorSettings& colors) {
  const size_t count = static_cast<size_t>(width) * static_cast<size_t>(height);
  std::vector<double> values(count);
  const unsigned threads = std::max(1u, std::min(16u, std::thread::hardware_concurrency()));
  auto evaluateRows = [&](int firstRow, int endRow) {
    for (int row = firstRow; row < endRow; ++row) {
      const double y = view.ymax - (row + 0.5) * (view.ymax - view.ymin) / height;
      for (int col = 0; col < width; ++col) {
        const double x = view.xmin + (col + 0.5) * (view.xmax - view.xmin) / width;
        values[static_cast<size_t>(row) * width + col] = formula.value(Eigen::Vector2d(x, y));
      }
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < threads; ++t)
    pool.emplace_back(evaluateRows, static_cast<int>(height * t / threads), static_cast<int>(height * (t + 1) / threads));
  for (auto& thread : pool) thread.join();

  std::vector<double> finite;
  finite.reserve(count);
  for (double v : values)
    if (std::isfinite(v)) finite.push_back(v);
  double lo = 0, hi = 1;
  if (!finite.empty()) {
    lo = *std::min_element(finite.begin(), finite.end());
    // The top 2% are clipped so one steep wall does not flatten the whole picture.
    const size_t at = finite.size() * 98 / 100;
    std::nth_element(finite.begin(), finite.begin() + at, finite.end());
    hi = std::max(finite[at], lo + 1e-12);
  }
  const double eps = std::max(1e-12, (hi - lo) * 1e-5);
  auto normalised = [&](double v) {
    if (!std::isfinite(v)) return 1.0;
    if (!colors.logScale) return std::clamp((v - lo) / (hi - lo), 0.0, 1.0);
    const double a = std::log(eps), b = std::log(hi - lo + eps);
    return std::clamp((std::log(std::max(v - lo, 0.0) + eps) - a) / (b - a), 0.0, 1.0);
  };
  std::vector<double> t(count);
  for (size_t i = 0; i < count; ++i) t[i] = normalised(values[i]);

  const Stops& stops = stopsFor(colors.colormap);
  const int levels = std::clamp(colors.contourCount, 0, 100);
  std::vector<std::uint8_t> rgba(count * 4);
  for (int row = 0; row < height; ++row) {
    for (int col = 0; col < width; ++col) {
      const size_t i = static_cast<size_t>(row) * width + col;
      std::array<double, 3> c = colorAt(stops, t[i]);
      if (levels > 0) {
        const int band = static_cast<int>(t[i] * levels);
        const bool edge = (col + 1 < width && static_cast<int>(t[i + 1] * levels) != band) ||
                          (row + 1 < height && static_cast<int>(t[i + width] * levels) != band);
        if (edge)
          for (double& channel : c) channel *= 0.6;
      }
      for (int k = 0; k < 3; ++k) rgba[i * 4 + k] = static_cast<std::uint8_t>(std::lround(c[k]));
      rgba[i * 4 + 3] = 255;
    }
  }
  return rgba;
}

}  // namespace lv::gui
