// What a convergence map computes: the mode (basins of attraction or a hyperparameter phase
// diagram), the pixel grid, and how each pixel maps to a start point or a hyperparameter pair.
// Headless and GL-free: the CPU engine, the GPU engine, the CLI and the window share it.
#pragma once

#include "app/sim/map_settings.h"
#include "landscapes/catalog.h"
#include "landscapes/finite_sum.h"
#include "optim/optimizer.h"
#include "optim/schedule_spec.h"

#include <optional>
#include <utility>
#include <string>
#include <string_view>

namespace lv::maps {

using optim::Vec2;

using sim::MapMode;

/// One swept hyperparameter: an axis of a hyperparameter map.
struct ParamAxis {
  std::string name;       // the registry's key, e.g. "lr"
  size_t paramIndex = 0;  // into optim::OptimizerInfo::params
  double lo = 0, hi = 1;  // values at the left/bottom and right/top edges of the map
  bool logScale = false;  // geometric interpolation between lo and hi (lo, hi > 0)

  /// The value at fraction t in [0,1] of the axis (t = 0 gives lo, t = 1 gives hi).
  double valueAt(double t) const;
};

/// `axis` resolved against `info` (nullopt when it is not valid there).
std::optional<ParamAxis> resolveParamAxis(const sim::MapAxis& axis, const optim::OptimizerInfo& info);

/// Parses "NAME:LO:HI[:log|:linear]" against `info`'s hyperparameters (sim::parseMapAxis). On
/// failure returns nullopt and `*error` is one line naming `flag`, the text and the key.
std::optional<ParamAxis> parseParamAxis(std::string_view text, const optim::OptimizerInfo& info,
                                        const std::string& flag, std::string* error);

/// Everything a map needs; every field is validated by whoever builds it (the CLI, the window).
struct MapSpec {
  /// A basin map of `landscape`'s suggested view with the default basin radius.
  MapSpec(landscapes::Landscape landscapeIn, optim::Optimizer optimizerIn);

  landscapes::Landscape landscape;  // formula and known minima (basin labels)
  /// A data landscape: every pixel steps on the exact full-data mean of this finite sum (its value,
  /// gradient and Hessian) instead of landscape.formula, which then only names the picture (the
  /// view and minima still come from `landscape`). Always the full data, never mini-batches or
  /// noise: a map is deterministic, the picture of the landscape itself, also when the run it was
  /// made for samples its gradients.
  std::optional<landscapes::FiniteSum> data;
  optim::Optimizer optimizer;  // the base hyperparameters; state is ignored
  MapMode mode = MapMode::Basins;
  landscapes::Rect view;        // basin mode: pixel centres span this rectangle
  Vec2 start = Vec2::Zero();    // hyperparameter mode: every pixel starts here
  ParamAxis xAxis, yAxis;       // hyperparameter mode only
  int width = 64, height = 64;  // pixels; row 0 is the top (largest y / largest y-parameter)
  long steps = 100;             // updates per pixel
  double tolerance = 1e-6;      // converged: gradient norm or step length below this
  double basinRadius = 0.1;     // a final point this close to a known minimum is in its basin
  /// The run's learning-rate schedule, stepped once per update as sim::Run does (it scales the lr,
  /// the swept one in a hyperparameter map); nullopt: the hyperparameters as set.
  std::optional<optim::ScheduleSpec> schedule;
};

/// Whether `spec.schedule` acts: set, and the optimizer has an lr for it to scale (optim::nextOverrides).
bool scheduleApplies(const MapSpec& spec);

/// The default basin radius for `landscape`: 2 % of the diagonal of its suggested view.
double defaultBasinRadius(const landscapes::Landscape& landscape);

/// f and ∇f of the landscape the map steps on, at `p`: spec.data's full-data mean, else the formula's.
double mapValueAndGradient(const MapSpec& spec, const Vec2& p, Vec2& gradient);

/// What one pixel update costs in sample evaluations: the data rows for a data landscape without a
/// closed form (its value loops over them), else 1.
double evaluationsPerUpdate(const MapSpec& spec);

/// Pixel (px, py)'s start point: its centre in `spec.view` in basin mode, `spec.start` otherwise.
Vec2 pixelStart(const MapSpec& spec, int px, int py);
/// Pixel (px, py)'s swept values (x-axis value, y-axis value); hyperparameter mode only.
std::pair<double, double> pixelParams(const MapSpec& spec, int px, int py);
/// The optimizer for pixel (px, py): spec.optimizer with the swept values set, state fresh.
optim::Optimizer pixelOptimizer(const MapSpec& spec, int px, int py);

}  // namespace lv::maps
