// Helpers shared by the optimizer units: hyperparameter descriptors and the small pieces of arithmetic
// that several update rules repeat (L2 decay, moving averages, bias corrections), each written as
// torch writes it so that a unit still reads line by line against its torch source.
// Units describe each hyperparameter once, in visitParams; the default value lives only in the
// unit's Params initialisers (and its presets' overrides), never in the descriptor.
#pragma once

#include "optim/step_terms.h"
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

/// The hyperparameters Adam, Adamax, NAdam and RAdam share, with torch's defaults; each unit gives its
/// own default lr and adds its own options.
struct AdamFamilyParams {
  explicit AdamFamilyParams(double defaultLr) : lr(defaultLr) {}
  double lr;
  double beta1 = 0.9;
  double beta2 = 0.999;
  double eps = 1e-8;
  double weight_decay = 0;
  double bias_correction = 1;
};

/// Visits lr, beta1, beta2, eps and weight_decay of `p` in torch's order (the unit then visits its own
/// options and bias_correction last).
template <class V>
void visitAdamFamilyParams(AdamFamilyParams& p, V& visit, const char* beta2Meaning,
                           const char* weightDecayMeaning = "L2 penalty added to the gradient",
                           const char* beta1Meaning = "decay of the first moment m") {
  visit(p.lr, lrParam());
  visit(p.beta1, betaParam("beta1", beta1Meaning));
  visit(p.beta2, betaParam("beta2", beta2Meaning));
  visit(p.eps, epsParam());
  visit(p.weight_decay, weightDecayParam(weightDecayMeaning));
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

/// The gradient with an L2 penalty folded in, torch's `grad = grad.add(param, alpha=weight_decay)`; the
/// gradient itself when weight_decay is 0 (torch skips the addition, and so does this).
inline Vec2 withL2(const Vec2& grad, double weightDecay, const Vec2& point) {
  return weightDecay != 0 ? Vec2(grad + weightDecay * point) : grad;
}

/// The step-term name of that gradient, for the units that fold L2 into it.
inline constexpr const char* kL2GradTerm = "grad+weight_decay*param";

/// The factor of decoupled weight decay, p ← p·(1 − lr·wd) (AdamW, Lion), and its step-term name.
inline double decoupledDecay(double lr, double weightDecay) { return 1 - lr * weightDecay; }
inline constexpr const char* kDecoupledDecayTerm = "1-lr*weight_decay";

/// One step of an exponential moving average, torch's `avg.mul_(β).add_(x, alpha=1−β)`.
inline Vec2 ema(const Vec2& average, double beta, const Vec2& x) { return average * beta + (1 - beta) * x; }

/// The moving average of g², torch's `avg.mul_(β).addcmul_(g, g, value=1−β)`, rounded as torch
/// rounds it: ((1−β)·g)·g, not (1−β)·(g·g).
inline Vec2 emaOfSquare(const Vec2& average, double beta, const Vec2& g) {
  return average * beta + ((1 - beta) * g).cwiseProduct(g);
}

/// √x + c per coordinate, torch's `x.sqrt().add_(c)` (the denominators of the adaptive units).
inline Vec2 sqrtPlus(const Vec2& x, double c) { return x.cwiseSqrt() + Vec2::Constant(c); }

/// s / x per coordinate for a scalar s: the effective per-coordinate step sizes the panel shows.
inline Vec2 over(double s, const Vec2& x) { return Vec2::Constant(s).cwiseQuotient(x); }

/// torch.sign semantics, per coordinate: -1, 0 or +1 (sign(0) == 0).
inline Vec2 signOf(const Vec2& x) {
  auto sign = [](double v) { return v > 0.0 ? 1.0 : (v < 0.0 ? -1.0 : 0.0); };
  return Vec2(sign(x[0]), sign(x[1]));
}

}  // namespace lv::optim
