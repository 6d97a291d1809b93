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
// maximum over the whole run (torch cannot switch it mid-run).
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
      const double denom = std::sqrt(hp.amsgrad != 0 ? s.vmax[i] : s.v[i]) / bc2Sqrt + hp.eps;
      next[i] = point[i] + (-stepSize) * s.m[i] / denom;
    }
    return next;
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
  /// scalars, visit(name, const Vec2&) for per-coordinate entries;
  /// max_exp_avg_sq is tracked (and shown) whatever amsgrad says; torch has it only with amsgrad.
  template <class V>
  static void visitState(const State& s, V&& visit) {
    visit("step", static_cast<double>(s.step));
    visit("exp_avg", s.m);
    visit("exp_avg_sq", s.v);
    visit("max_exp_avg_sq", s.vmax);
  }
};

}  // namespace lv::optim
