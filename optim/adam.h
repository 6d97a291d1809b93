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

#include "optim/types.h"
#include "optim/unit_support.h"

#include <algorithm>
#include <cmath>

namespace lv::optim {

struct Adam {
  static constexpr const char* kName = "adam";
  static constexpr const char* kDescription = "momentum + RMS scaling with bias correction";
  static constexpr Preset kPresets[] = {
      {"amsgrad", "Adam dividing by the running maximum of v", {{"amsgrad", 1}}},
  };

  struct Params {
    double lr = 1e-3;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double eps = 1e-8;
    double weight_decay = 0;
    double amsgrad = 0;
    double bias_correction = 1;
  };
  struct State {
    long step = 0;
    Vec2 m = Vec2::Zero();
    Vec2 v = Vec2::Zero();
    Vec2 vmax = Vec2::Zero();
    BiasCorrection correction1, correction2;
  };

  static constexpr bool kNeedsHessian = false;
  static constexpr const char* kUpdateRule =
      "g ← ∇f(p) + wd·p\n"
      "m ← β1·m + (1−β1)·g\n"
      "v ← β2·v + (1−β2)·g²\n"
      "v̂ ← max(v̂, v)   (amsgrad)\n"
      "p ← p − lr/(1−β1ᵗ) · m / (√v / √(1−β2ᵗ) + ε)";

  /// The Adam step from `point` on a gradient `grad` that already carries any weight decay (shared
  /// with AdamW, which decays the point instead). Reads lr, beta1, beta2, eps, amsgrad and
  /// bias_correction of `hp`; weight_decay is the caller's.
  static Vec2 moments(const Params& hp, State& s, const Vec2& point, const Vec2& grad) {
    ++s.step;
    const double step = static_cast<double>(s.step);
    const bool corrected = hp.bias_correction != 0;
    const double bc1 = s.correction1(hp.beta1, step, corrected);
    const double bc2 = s.correction2(hp.beta2, step, corrected);
    const double stepSize = hp.lr / bc1;
    const double bc2Sqrt = std::sqrt(bc2);
    Vec2 next;
    for (int i = 0; i < 2; ++i) {
      s.m[i] = ema(s.m[i], hp.beta1, grad[i]);
      s.v[i] = emaOfSquare(s.v[i], hp.beta2, grad[i]);
      s.vmax[i] = std::max(s.vmax[i], s.v[i]);
      next[i] = point[i] + (-stepSize) * s.m[i] / denominator(hp, s, i, bc2Sqrt);
    }
    return next;
  }

  /// What coordinate i of the update divides m̂ by: √v / √(1−β2ᵗ) + eps (√v̂ with amsgrad), from
  /// the moments already updated. `bc2Sqrt` = √(1−β2ᵗ).
  static double denominator(const Params& hp, const State& s, int i, double bc2Sqrt) {
    return std::sqrt(hp.amsgrad != 0 ? s.vmax[i] : s.v[i]) / bc2Sqrt + hp.eps;
  }

  static Vec2 update(const Params& hp, State& s, const Vec2& point, const Vec2& grad, const Mat2&) {
    const Vec2 g(withL2(grad[0], hp.weight_decay, point[0]), withL2(grad[1], hp.weight_decay, point[1]));
    return moments(hp, s, point, g);
  }

  template <class V>
  static void visitParams(Params& p, V&& visit) {
    visitParamsWith(p, visit, "L2 penalty added to the gradient");
  }

  /// Adam's hyperparameters; AdamW shares them with another meaning of weight_decay.
  template <class V>
  static void visitParamsWith(Params& p, V&& visit, const char* weightDecayMeaning) {
    visit(p.lr, lrParam());
    visit(p.beta1, betaParam("beta1", "decay of the first moment m"));
    visit(p.beta2, betaParam("beta2", "decay of the second moment v"));
    visit(p.eps, epsParam());
    visit(p.weight_decay, weightDecayParam(weightDecayMeaning));
    visit(p.amsgrad, boolParam("amsgrad", "divide by the running maximum of v (AMSGrad)"));
    visit(p.bias_correction, biasCorrectionParam());
  }

  /// The state under torch.optim's `optimizer.state` keys, in torch's order: visit(name, double) for
  /// scalars, visit(name, const Vec2&) for per-coordinate entries; max_exp_avg_sq only with amsgrad
  /// (as torch), though it is tracked always.
  template <class V>
  static void visitState(const Params& hp, const State& s, V&& visit) {
    visit("step", static_cast<double>(s.step));
    visit("exp_avg", s.m);
    visit("exp_avg_sq", s.v);
    if (hp.amsgrad != 0) visit("max_exp_avg_sq", s.vmax);
  }

  /// The numbers inside the last update, from the state it left and the hyperparameters it used
  /// (`hp`, the schedule's lr and beta1 included): the bias corrections 1−βᵗ, m̂ = m/(1−β1ᵗ),
  /// v̂ = v/(1−β2ᵗ) (v̂ of the running maximum with amsgrad), and the per-coordinate step size
  /// lr/(√v̂+ε) that multiplies m̂ (√v̂ evaluated as moments() does). Nothing before step 1.
  template <class V>
  static void visitStepTerms(const Params& hp, const State& s, V&& visit) {
    if (s.step == 0) return;
    const double step = static_cast<double>(s.step);
    const bool corrected = hp.bias_correction != 0;
    BiasCorrection c1 = s.correction1, c2 = s.correction2;  // copies: the update's values, state untouched
    const double bc1 = c1(hp.beta1, step, corrected), bc2 = c2(hp.beta2, step, corrected);
    const Vec2& v = hp.amsgrad != 0 ? s.vmax : s.v;
    visit("bias_correction1", bc1);
    visit("bias_correction2", bc2);
    visit("m_hat", Vec2(s.m / bc1));
    visit("v_hat", Vec2(v / bc2));
    const double bc2Sqrt = std::sqrt(bc2);
    visit("lr/(sqrt(v_hat)+eps)",
          Vec2(hp.lr / denominator(hp, s, 0, bc2Sqrt), hp.lr / denominator(hp, s, 1, bc2Sqrt)));
  }
};

}  // namespace lv::optim
