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

#include "optim/unit_support.h"

namespace lv::optim {

struct Adamax {
  static constexpr const char* kName = "adamax";
  static constexpr const char* kDescription = "Adam with the infinity norm in place of the RMS";

  struct Params : AdamFamilyParams {
    Params() : AdamFamilyParams(2e-3) {}
  };
  struct State : UnitState {
    Vec2 m = Vec2::Zero();
    Vec2 u = Vec2::Zero();
    BiasCorrection correction1;
  };

  static Vec2 update(const Params& hp, State& s, const Vec2& point, const Vec2& grad, const Mat2&) {
    ++s.step;
    const Vec2 g = withL2(grad, hp.weight_decay, point);
    const double bc = s.correction1(hp.beta1, static_cast<double>(s.step), hp.bias_correction != 0);
    const double clr = hp.lr / bc;
    s.m = ema(s.m, hp.beta1, g);
    s.u = (s.u * hp.beta2).cwiseMax(g.cwiseAbs() + Vec2::Constant(hp.eps));
    s.terms = {{kL2GradTerm, g}, {"bias_correction", bc}, {"clr", clr}, {"clr/exp_inf", over(clr, s.u)}};
    return point + ((-clr) * s.m).cwiseQuotient(s.u);
  }

  template <class V>
  static void visitParams(Params& p, V&& visit) {
    visitAdamFamilyParams(p, visit, "decay of the infinity norm u");
    visit(p.bias_correction, biasCorrectionParam());
  }

  template <class V>
  static void visitState(const State& s, V&& visit) {
    visit("step", static_cast<double>(s.step));
    visit("exp_avg", s.m);
    visit("exp_inf", s.u);
  }
};

}  // namespace lv::optim
