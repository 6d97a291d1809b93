// adam.h — Adam (Kingma & Ba 2015, arXiv:1412.6980) and AMSGrad (Reddi et al. 2018);
// torch.optim.Adam semantics (PyTorch 1.13 `_single_tensor_adam`),
// https://pytorch.org/docs/1.13/generated/torch.optim.Adam.html
//
//   t ← t + 1
//   g ← g + wd·p                              (if weight_decay ≠ 0; L2, not decoupled — see adamw.h)
//   m ← β1·m + (1−β1)·g
//   v ← β2·v + (1−β2)·g²
//   v̂ ← max(v̂, v)                            (amsgrad)
//   p ← p − lr/(1−β1ᵗ) · m / (√v /√(1−β2ᵗ) + eps)     (√v̂ in place of √v with amsgrad)
//
// bias_correction = 0 drops both corrections (1−βᵗ → 1): the textbook uncorrected rule, not in torch.
// eps is added after the bias correction of √v (torch's order; the paper's algorithm is the same).
// v̂ is tracked on every step whatever amsgrad says, so switching amsgrad on mid-run uses the
// maximum over the whole run (torch cannot switch it mid-run); the state lists it, as torch's
// optimizer.state does, only while amsgrad is on.
#pragma once

#include "optim/unit_support.h"

#include <cmath>

namespace lv::optim {

struct Adam {
  static constexpr const char* kName = "adam";
  static constexpr const char* kDescription = "momentum + RMS scaling with bias correction";
  static constexpr Preset kPresets[] = {
      {"amsgrad", "Adam dividing by the running maximum of v", {{"amsgrad", 1}}},
  };

  struct Params : AdamFamilyParams {
    Params() : AdamFamilyParams(1e-3) {}
    double amsgrad = 0;
  };
  struct State : UnitState {
    Vec2 m = Vec2::Zero();
    Vec2 v = Vec2::Zero();
    Vec2 vmax = Vec2::Zero();
    BiasCorrection correction1, correction2;
  };

  /// The Adam step from `point` on a gradient `grad` that already carries any weight decay (shared
  /// with AdamW, which decays the point instead); appends its terms to those the caller recorded.
  /// Reads lr, beta1, beta2, eps, amsgrad and bias_correction of `hp`; weight_decay is the caller's.
  static Vec2 moments(const Params& hp, State& s, const Vec2& point, const Vec2& grad) {
    ++s.step;
    const double step = static_cast<double>(s.step);
    const bool corrected = hp.bias_correction != 0;
    const double bc1 = s.correction1(hp.beta1, step, corrected);
    const double bc2 = s.correction2(hp.beta2, step, corrected);
    const double stepSize = hp.lr / bc1;
    s.m = ema(s.m, hp.beta1, grad);
    s.v = emaOfSquare(s.v, hp.beta2, grad);
    s.vmax = s.vmax.cwiseMax(s.v);
    const Vec2& v = hp.amsgrad != 0 ? s.vmax : s.v;
    const Vec2 denom = v.cwiseSqrt() / std::sqrt(bc2) + Vec2::Constant(hp.eps);
    // m̂ and v̂ as the paper names them; lr/denom is the per-coordinate step size that multiplies m̂
    s.terms.append({{"bias_correction1", bc1},
                    {"bias_correction2", bc2},
                    {"m_hat", Vec2(s.m / bc1)},
                    {"v_hat", Vec2(v / bc2)},
                    {"lr/(sqrt(v_hat)+eps)", over(hp.lr, denom)}});
    return point + ((-stepSize) * s.m).cwiseQuotient(denom);
  }

  static Vec2 update(const Params& hp, State& s, const Vec2& point, const Vec2& grad, const Mat2&) {
    const Vec2 g = withL2(grad, hp.weight_decay, point);
    s.terms = {{kL2GradTerm, g}};
    return moments(hp, s, point, g);
  }

  template <class V>
  static void visitParams(Params& p, V&& visit) {
    visitParamsWith(p, visit, "L2 penalty added to the gradient");
  }

  /// Adam's hyperparameters; AdamW shares them with another meaning of weight_decay.
  template <class V>
  static void visitParamsWith(Params& p, V& visit, const char* weightDecayMeaning) {
    visitAdamFamilyParams(p, visit, "decay of the second moment v", weightDecayMeaning);
    visit(p.amsgrad, boolParam("amsgrad", "divide by the running maximum of v (AMSGrad)"));
    visit(p.bias_correction, biasCorrectionParam());
  }

  /// max_exp_avg_sq only with amsgrad (as torch), though it is tracked always.
  template <class V>
  static void visitState(const Params& hp, const State& s, V&& visit) {
    visit("step", static_cast<double>(s.step));
    visit("exp_avg", s.m);
    visit("exp_avg_sq", s.v);
    if (hp.amsgrad != 0) visit("max_exp_avg_sq", s.vmax);
  }
};

}  // namespace lv::optim
