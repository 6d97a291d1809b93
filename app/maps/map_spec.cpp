// Pixel-to-start and pixel-to-hyperparameter mapping; swept axes resolved to hyperparameter indices.
#include "app/maps/map_spec.h"

#include "landscapes/lv_assert.h"

#include <algorithm>
#include <cmath>

namespace lv::maps {
namespace {

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
  size_t index = 0;
  const auto parsed = sim::parseMapAxis(text, info, flag, error, &index);
  if (!parsed) return std::nullopt;
  return ParamAxis{parsed->param, index, parsed->lo, parsed->hi, parsed->logScale};
}

std::optional<ParamAxis> resolveParamAxis(const sim::MapAxis& axis, const optim::OptimizerInfo& info) {
  return parseParamAxis(sim::formatMapAxis(axis), info, "axis", nullptr);
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

bool scheduleApplies(const MapSpec& spec) {
  return spec.schedule && std::isfinite(spec.optimizer.get("lr").value_or(std::nan("")));
}

double mapValueAndGradient(const MapSpec& spec, const Vec2& p, Vec2& gradient) {
  return spec.data ? spec.data->valueAndGradient(p, gradient)
                   : spec.landscape.formula.valueAndGradient(p, gradient);
}

double evaluationsPerUpdate(const MapSpec& spec) {
  return spec.data && !spec.data->quadratic() ? double(spec.data->data().rows()) : 1.0;
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
