// Pixel-to-start and pixel-to-hyperparameter mapping, and the "NAME:LO:HI[:log]" axis syntax.
#include "app/maps/map_spec.h"

#include "landscapes/lv_assert.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace lv::maps {
namespace {

std::vector<std::string> splitColons(std::string_view text) {
  std::vector<std::string> parts;
  size_t begin = 0;
  for (;;) {
    const size_t at = text.find(':', begin);
    parts.emplace_back(
        text.substr(begin, at == std::string_view::npos ? std::string_view::npos : at - begin));
    if (at == std::string_view::npos) return parts;
    begin = at + 1;
  }
}

std::optional<double> strictNumber(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

// Fraction of the way across pixel `index` of `count`, at its centre.
double pixelCentre(int index, int count) { return (index + 0.5) / count; }

}  // namespace

double ParamAxis::valueAt(double t) const {
  // Clamped: rounding must never step outside the validated range.
  const double value = logScale ? lo * std::pow(hi / lo, t) : lo + (hi - lo) * t;
  return std::clamp(value, lo, hi);
}

std::optional<ParamAxis> parseParamAxis(std::string_view text, const optim::OptimizerInfo& info,
                                        const std::string& flag, std::string* error) {
  const std::string prefix = flag + " " + std::string(text) + ": ";
  auto fail = [&](const std::string& message) -> std::optional<ParamAxis> {
    if (error) *error = prefix + message;
    return std::nullopt;
  };
  const std::vector<std::string> parts = splitColons(text);
  if (parts.size() < 3 || parts.size() > 4) return fail("expected NAME:LO:HI or NAME:LO:HI:log");
  ParamAxis axis;
  axis.name = parts[0];
  const optim::ParamInfo* param = nullptr;
  for (size_t i = 0; i < info.params.size(); ++i) {
    if (axis.name == info.params[i].name) {
      param = &info.params[i];
      axis.paramIndex = i;
    }
  }
  if (!param) {
    std::string names;
    for (const optim::ParamInfo& p : info.params) names += (names.empty() ? "" : ", ") + std::string(p.name);
    return fail(info.name + " has no hyperparameter '" + axis.name + "' (valid: " + names + ")");
  }
  if (param->isBool) return fail(axis.name + " is a 0/1 switch and cannot be swept");
  const auto lo = strictNumber(parts[1]);
  const auto hi = strictNumber(parts[2]);
  if (!lo) return fail(axis.name + ": LO '" + parts[1] + "' is not a finite number");
  if (!hi) return fail(axis.name + ": HI '" + parts[2] + "' is not a finite number");
  axis.lo = *lo;
  axis.hi = *hi;
  if (parts.size() == 4) {
    if (parts[3] == "log")
      axis.logScale = true;
    else if (parts[3] != "linear")
      return fail("scale '" + parts[3] + "' is neither log nor linear");
  }
  if (!(axis.lo < axis.hi)) return fail(axis.name + ": LO must be below HI");
  if (axis.lo < param->min || axis.hi > param->max)
    return fail(axis.name + " must stay within [" + number(param->min) + ", " + number(param->max) + "]");
  if (axis.logScale && axis.lo <= 0) return fail(axis.name + ": a log axis needs LO > 0");
  return axis;
}

MapSpec::MapSpec(landscapes::Landscape landscapeIn, optim::Optimizer optimizerIn)
    : landscape(std::move(landscapeIn)),
      optimizer(std::move(optimizerIn)),
      view(landscape.view),
      basinRadius(defaultBasinRadius(landscape)) {}

double defaultBasinRadius(const landscapes::Landscape& landscape) {
  const landscapes::Rect& v = landscape.view;
  return 0.02 * std::hypot(v.xmax - v.xmin, v.ymax - v.ymin);
}

Vec2 pixelStart(const MapSpec& spec, int px, int py) {
  if (spec.mode != MapMode::Basins) return spec.start;
  const landscapes::Rect& v = spec.view;
  return Vec2(v.xmin + (v.xmax - v.xmin) * pixelCentre(px, spec.width),
              v.ymax - (v.ymax - v.ymin) * pixelCentre(py, spec.height));
}

std::pair<double, double> pixelParams(const MapSpec& spec, int px, int py) {
  LV_ASSERT(spec.mode == MapMode::Hyperparameters, "pixelParams in basin mode");
  return {spec.xAxis.valueAt(pixelCentre(px, spec.width)),
          spec.yAxis.valueAt(1.0 - pixelCentre(py, spec.height))};
}

optim::Optimizer pixelOptimizer(const MapSpec& spec, int px, int py) {
  optim::Optimizer optimizer = spec.optimizer;
  optimizer.reset();
  if (spec.mode == MapMode::Hyperparameters) {
    const auto [x, y] = pixelParams(spec, px, py);
    optimizer.setParam(spec.xAxis.paramIndex, x);
    optimizer.setParam(spec.yAxis.paramIndex, y);
  }
  return optimizer;
}

}  // namespace lv::maps
