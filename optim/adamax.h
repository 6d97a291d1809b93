// adamax.h — Adamax, the infinity-norm variant of Adam (Kingma & Ba 2015, §7.1); torch.optim.Adamax
// semantics (PyTorch 1.13 `_single_tensor_adamax`),
// https://pytorch.org/docs/1.13/generated/torch.optim.Adamax.html
//
//   t ← t + 1
//   g ← g + wd·p                              (if weight_decay ≠ 0)
//   m ← β1·m + (1−β1)·g
//   u ← max(β2·u, |g| + eps)
//   p ← p − lr/(1−β1ᵗ) · m / u
//
// torch adds eps to |g| inside the max (the paper has no eps). bias_correction = 0 drops 1−β1ᵗ.
#pragma once

#include "optim/types.h"
#include "optim/unit_support.h"

#include <algorithm>
#include <cmath>

namespace lv::optim {

struct Adamax {
  static constexpr const char* kName = "adamax";
  static constexpr const char* kDescription = "Adam with the infinity norm in place of the RMS";

  struct Params {
    double lr = 2e-3;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double eps = 1e-8;
    double weight_decay = 0;
    double bias_correction = 1;
  };
  struct State {
    long step = 0;
    Vec2 m = Vec2::Zero();
    Vec2 u = Vec2::Zero();
    BiasCorrection correction1;
  };

  static constexpr bool kNeedsHessian = false;
  static constexpr const char* kUpdateRule =
      "g ← ∇f(p) + wd·p\n"
      "m ← β1·m + (1−β1)·g\n"
      "u ← max(β2·u, |g| + ε)\n"
      "p ← p − lr/(1−β1ᵗ) · m / u";

  static Vec2 update(const Params& hp, State& s, const Vec2& point, const Vec2& grad, const Mat2&) {
    ++s.step;
    const double step = static_cast<double>(s.step);
    const double bc1 = s.correction1(hp.beta1, step, hp.bias_correction != 0);
    const double clr = hp.lr / bc1;
    Vec2 next;
    for (int i = 0; i < 2; ++i) {
      const double g = withL2(grad[i], hp.weight_decay, point[i]);
      s.m[i] = ema(s.m[i], hp.beta1, g);
      s.u[i] = std::max(s.u[i] * hp.beta2, std::abs(g) + hp.eps);
      next[i] = point[i] + (-clr) * s.m[i] / s.u[i];
    }
    return next;
  }

  template <class V>
  static void visitParams(Params& p, V&& visit) {
    visit(p.lr, lrParam());
    visit(p.beta1, betaParam("beta1", "decay of the first moment m"));
    visit(p.beta2, betaParam("beta2", "decay of the infinity norm u"));
    visit(p.eps, epsParam());
    visit(p.weight_decay, weightDecayParam("L2 penalty added to the gradient"));
    visit(p.bias_correction, biasCorrectionParam());
  }

  /// The state under torch.optim's `optimizer.state` keys, in torch's order: visit(name, double) for
  /// scalars, visit(name, const Vec2&) for per-coordinate entries.
  template <class V>
  static void visitState(const State& s, V&& visit) {
    visit("step", static_cast<double>(s.step));
    visit("exp_avg", s.m);
    visit("exp_inf", s.u);
  }
};

}  // namespace lv::optim
