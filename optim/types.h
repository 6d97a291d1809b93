// Value types shared by every optimizer: fixed-size Eigen, no heap.
#pragma once

#include <Eigen/Core>

#include <optional>

namespace lv::optim {

using Vec2 = Eigen::Vector2d;
using Mat2 = Eigen::Matrix2d;

/// Metadata of one hyperparameter: drives the CLI, the UI sliders, scene validation and docs.
/// Every hyperparameter is a double; booleans are 0/1 (`isBool`), counts are whole numbers.
struct ParamInfo {
  const char* name;  // torch.optim's name, betas split as beta1/beta2
  double defaultValue;
  double min, max;      // valid closed range
  bool logScale;        // slider on a log scale (lr, eps)
  bool isBool;          // 0 or 1 only
  const char* meaning;  // one line
};

/// One hyperparameter default that a registry name changes (e.g. "momentum" = sgd with momentum 0.9).
struct ParamOverride {
  const char* key;  // nullptr marks an unused slot
  double value;
};

/// A further registry name for a unit: the same update rule with other defaults. A unit lists its
/// presets in `kPresets`; the registry shows them right after the unit's own name.
struct Preset {
  const char* name;
  const char* description;  // one line
  ParamOverride overrides[3];
};

/// Values that replace hyperparameters of the same name for one update only (what torch's schedulers
/// write into the param group before a step); the Params themselves are not touched. Unset fields
/// leave the hyperparameter as it is, and a field the unit has no hyperparameter for is ignored.
struct StepOverrides {
  std::optional<double> lr;
  std::optional<double> momentum;  // units with `momentum` (sgd, rmsprop)
  std::optional<double> beta1;     // units with `beta1` (the Adam family, lion)
};

}  // namespace lv::optim
