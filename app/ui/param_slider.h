// Hyperparameter sliders on scales that suit each kind of value: log for lr and eps, log of 1 − β
// for β-like decays (beta1, beta2, alpha, momentum, rho: the difference between 0.99 and 0.999
// matters, that between 0.1 and 0.2 hardly), log with 0 reachable for weight_decay, linear for the
// rest. Ctrl+click types an exact value. The mapping is headless and unit-tested.
#pragma once

#include "app/sim/run.h"
#include "optim/types.h"

#include <optional>
#include <string>

namespace lv::ui {

enum class SliderScale {
  Linear,
  Log,          ///< min > 0: equal ratios take equal travel
  LogWithZero,  ///< 0 at the left end, then min(max·1e-6) .. max on a log scale
  OneMinusLog,  ///< log of 1 − value: 0.9, 0.99, 0.999 equally spaced
};

/// The scale `info`'s slider uses.
SliderScale sliderScale(const optim::ParamInfo& info);
/// Slider travel in [0, 1] of `value` (clamped into the range); the ends are exactly min and max.
double sliderPosition(const optim::ParamInfo& info, double value);
/// The value at `position` in [0, 1]; exactly min at 0 and max at 1.
double sliderValue(const optim::ParamInfo& info, double position);

/// Ctrl+click text entry in progress for one slider (plain data kept in UiState).
struct TypedValue {
  unsigned id = 0;  ///< ImGui id of the slider being typed into; 0: none
  std::string text;
  bool focus = false;  ///< give the field the keyboard on its first frame
};

/// A value marked on a slider's track (a red tick); while the value lies above it the slider's text
/// turns red and reads "VALUE > NOTE MARK", e.g. "0.2 > 2/λmax 0.111".
struct SliderMark {
  double value = 0;
  std::string note;  ///< what the mark is, short: "2/λmax"
};

/// The largest stable lr of `run`'s rule on the quadratic model at its start (sim::maxStableLr) as
/// a mark for its lr slider, or nullopt where theory gives none.
std::optional<SliderMark> stableLrMark(const sim::Run& run);

/// Slider for `value` (a non-boolean hyperparameter) on its scale, showing the value with 4
/// significant digits; a drag rounds to 4 (1 − β to 3) significant digits, a typed value (Ctrl+click,
/// Enter) is kept exactly, clamped into the range. `mark`, inside the range, is drawn on the track
/// and named in the slider's text while the value lies above it. Returns true when `value` changed.
bool paramSlider(const optim::ParamInfo& info, double& value, TypedValue& typed,
                 const std::optional<SliderMark>& mark = std::nullopt);

}  // namespace lv::ui
