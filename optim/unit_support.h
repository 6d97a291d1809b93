// Helpers shared by the optimizer units: hyperparameter descriptors and the small pieces of arithmetic
// that several update rules repeat (L2 decay, moving averages, bias corrections), each written as
// torch writes it so that a unit still reads line by line against its torch source.
// Units describe each hyperparameter once, in visitParams; the default value lives only in the
// unit's Params initialisers (and its presets' overrides), never in the descriptor.
#pragma once

#include "optim/types.h"

#include <cmath>
#include <limits>

namespace lv::optim {

/// The descriptor's defaultValue is NaN here; the registry fills it from Params{} + overrides.
inline ParamInfo linearParam(const char* name, double min, double max, const char* meaning) {
  return ParamInfo{name, std::numeric_limits<double>::quiet_NaN(), min, max, false, false, meaning};
}

inline ParamInfo logParam(const char* name, double min, double max, const char* meaning) {
  return ParamInfo{name, std::numeric_limits<double>::quiet_NaN(), min, max, true, false, meaning};
}

inline ParamInfo boolParam(const char* name, const char* meaning) {
  return ParamInfo{name, std::numeric_limits<double>::quiet_NaN(), 0.0, 1.0, false, true, meaning};
}

// Ranges used by several units, so that sliders for the same concept agree.
inline ParamInfo lrParam() { return logParam("lr", 1e-6, 10.0, "learning rate (step size)"); }
inline ParamInfo epsParam() {
  return logParam("eps", 1e-12, 1.0, "added to the denominator for numerical stability");
}
inline ParamInfo betaParam(const char* name, const char* meaning) {
  return linearParam(name, 0.0, 0.9999, meaning);
}
inline ParamInfo weightDecayParam(const char* meaning) {
  return linearParam("weight_decay", 0.0, 1.0, meaning);
}
inline ParamInfo biasCorrectionParam() {
  return boolParam("bias_correction",
                   "1: divide moments by (1 - beta^t) as torch does; 0: textbook uncorrected rule");
}

/// 1 − βᵗ, the bias correction of a moment with decay β at step t ≥ 1 (β in [0, 0.9999]); one per
/// corrected moment, kept in the unit's State (so `state = {}` resets it). Bit for bit
/// `1 - std::pow(β, t)`, but without calling std::pow once it can no longer matter: when βᵗ ≤ 2⁻⁵⁴,
/// 1 − βᵗ rounds to exactly 1.0, and βᵗ only shrinks as t grows or β decreases (by a factor ≤ 0.9999
/// per step, far more than pow's rounding error), so every later step gives 1.0 too. `settledBeta`
/// remembers the β for which that happened. Long runs thus skip pow, whose underflowing calls are the
/// slowest part of a step.
struct BiasCorrection {
  double settledBeta = -1;

  /// 1 − βᵗ, or exactly 1 when `enabled` is false (the textbook uncorrected rule).
  double operator()(double beta, double step, bool enabled = true) {
    if (!enabled || beta <= settledBeta) return 1.0;
    const double power = std::pow(beta, step);
    if (power <= 0x1p-54) settledBeta = beta;
    return 1 - power;
  }
};

/// The gradient with an L2 penalty folded in, torch's `grad.add(param, alpha=weight_decay)`; the
/// gradient itself when weight_decay is 0 (torch skips the addition, and so does this).
inline double withL2(double grad, double weightDecay, double point) {
  return weightDecay != 0 ? grad + weightDecay * point : grad;
}

/// One step of an exponential moving average, torch's `avg.mul_(β).add_(x, alpha=1−β)`.
inline double ema(double average, double beta, double x) { return average * beta + (1 - beta) * x; }

/// The moving average of g², torch's `avg.mul_(β).addcmul_(g, g, value=1−β)`, rounded as torch
/// rounds it: ((1−β)·g)·g, not (1−β)·(g·g).
inline double emaOfSquare(double average, double beta, double g) {
  return average * beta + (1 - beta) * g * g;
}

/// torch.sign semantics: -1, 0 or +1 (sign(0) == 0).
inline double signOf(double x) { return x > 0.0 ? 1.0 : (x < 0.0 ? -1.0 : 0.0); }

}  // namespace lv::optim
