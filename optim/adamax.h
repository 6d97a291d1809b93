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

namespace lv::optim {

struct Adamax {
  static constexpr const char* kName = "adamax";
  static constexpr const char* kDescription = "Adam with the infinity norm in place of the RMS";

  struct Params : AdamFamilyParams {
    Params() : AdamFamilyParams(2e-3) {}
  };
  /// The numbers inside one update under _single_tensor_adamax's names.
  struct Terms {
    Vec2 grad = Vec2::Zero();  // with L2 folded in
    double bias_correction = 1;
    double clr = 0;                     // lr / bias_correction
    Vec2 clrOverExpInf = Vec2::Zero();  // clr/u: the per-coordinate step size multiplying m
  };
  struct State {
    long step = 0;
    Vec2 m = Vec2::Zero();
    Vec2 u = Vec2::Zero();
    BiasCorrection correction1;
    Terms last;  // of the last update
  };

  static constexpr bool kNeedsHessian = false;
  static constexpr const char* kUpdateRule =
      "g ← ∇f(p) + wd·p\n"
      "m ← β1·m + (1−β1)·g\n"
      "u ← max(β2·u, |g| + ε)\n"
      "p ← p − lr/(1−β1ᵗ) · m / u";

  /// Advances m and u and returns the step size clr of this update.
  static Terms moments(const Params& hp, State& s, const Vec2& point, const Vec2& grad) {
    ++s.step;
    Terms t;
    t.grad = withL2(grad, hp.weight_decay, point);
    t.bias_correction = s.correction1(hp.beta1, static_cast<double>(s.step), hp.bias_correction != 0);
    t.clr = hp.lr / t.bias_correction;
    s.m = ema(s.m, hp.beta1, t.grad);
    s.u = (s.u * hp.beta2).cwiseMax(t.grad.cwiseAbs() + Vec2::Constant(hp.eps));
    t.clrOverExpInf = over(t.clr, s.u);
    return t;
  }

  static Vec2 update(const Params& hp, State& s, const Vec2& point, const Vec2& grad, const Mat2&) {
    s.last = moments(hp, s, point, grad);
    return point + ((-s.last.clr) * s.m).cwiseQuotient(s.u);
  }

  template <class V>
  static void visitParams(Params& p, V&& visit) {
    visitAdamFamilyParams(p, visit, "decay of the infinity norm u");
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

  /// The gradient with L2, 1−β1ᵗ, clr and clr/exp_inf of the last update; nothing before step 1.
  template <class V>
  static void visitStepTerms(const State& s, V&& visit) {
    if (s.step == 0) return;
    visit(kL2GradTerm, s.last.grad);
    visit("bias_correction", s.last.bias_correction);
    visit("clr", s.last.clr);
    visit("clr/exp_inf", s.last.clrOverExpInf);
  }
};

}  // namespace lv::optim
