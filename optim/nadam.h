// nadam.h — NAdam, Adam with Nesterov momentum (Dozat 2016, "Incorporating Nesterov Momentum into
// Adam"); torch.optim.NAdam semantics, https://pytorch.org/docs/1.13/generated/torch.optim.NAdam.html
//
//   t ← t + 1
//   g ← g + wd·p                                  (if weight_decay ≠ 0)
//   μₜ ← β1·(1 − ½·0.96^(t·ψ)),   μₜ₊₁ ← β1·(1 − ½·0.96^((t+1)·ψ))      (ψ = momentum_decay)
//   Πₜ ← Πₜ₋₁·μₜ  (Π₀ = 1),       Πₜ₊₁ ← Πₜ·μₜ₊₁
//   m ← β1·m + (1−β1)·g,   v ← β2·v + (1−β2)·g²
//   d ← √(v / (1−β2ᵗ)) + eps                      (torch divides inside the square root)
//   p ← p − lr·(1−μₜ)/(1−Πₜ) · g/d − lr·μₜ₊₁/(1−Πₜ₊₁) · m/d
//
// Which torch: the code is PyTorch 1.13's `_single_tensor_nadam` with one line corrected. 1.13's
// single-tensor path (its default, foreach=None) computes `mu_product_next = mu_product * mu * mu_next`
// after `mu_product *= mu`, i.e. Πₜ₊₁ = Πₜ·μₜ·μₜ₊₁, counting μₜ twice; PyTorch PR #92699 fixed it to
// Πₜ₊₁ = Πₜ·μₜ₊₁ for 2.0. This unit implements the fixed rule, which is the paper's, so it equals
// torch ≥ 2.0 (single-tensor) step for step and torch 1.13 with foreach=True (`_multi_tensor_nadam`,
// which never had the bug) up to rounding, but not torch 1.13's default NAdam, whose momentum term
// (the one scaled by 1/(1−Πₜ₊₁)) differs from the first step on.
//
// bias_correction = 0 (not in torch) replaces 1−β2ᵗ, 1−Πₜ and 1−Πₜ₊₁ by 1: the uncorrected rule
// p ← p − lr·((1−μₜ)·g + μₜ₊₁·m)/(√v + eps). Πₜ is kept in double (torch keeps it in a tensor of the
// default dtype, so it matches only when that dtype is float64).
#pragma once

#include "optim/unit_support.h"

#include <cmath>

namespace lv::optim {

struct Nadam {
  static constexpr const char* kName = "nadam";
  static constexpr const char* kDescription = "Adam with Nesterov momentum";

  struct Params : AdamFamilyParams {
    Params() : AdamFamilyParams(2e-3) {}
    double momentum_decay = 4e-3;
  };
  struct State : UnitState {
    double muProduct = 1;
    Vec2 m = Vec2::Zero();
    Vec2 v = Vec2::Zero();
    BiasCorrection correction2;
  };

  static Vec2 update(const Params& hp, State& s, const Vec2& point, const Vec2& grad, const Mat2&) {
    ++s.step;
    const double step = static_cast<double>(s.step);
    const bool corrected = hp.bias_correction != 0;
    const Vec2 g = withL2(grad, hp.weight_decay, point);
    const double bc2 = s.correction2(hp.beta2, step, corrected);
    const double mu = hp.beta1 * (1.0 - 0.5 * std::pow(0.96, step * hp.momentum_decay));
    const double muNext = hp.beta1 * (1.0 - 0.5 * std::pow(0.96, (step + 1) * hp.momentum_decay));
    s.muProduct *= mu;
    const double muProductNext = s.muProduct * muNext;
    const double gradScale = corrected ? -hp.lr * (1.0 - mu) / (1.0 - s.muProduct) : -hp.lr * (1.0 - mu);
    const double momentumScale = corrected ? (-hp.lr * muNext) / (1.0 - muProductNext) : -hp.lr * muNext;
    s.m = ema(s.m, hp.beta1, g);
    s.v = emaOfSquare(s.v, hp.beta2, g);
    const Vec2 denom = sqrtPlus(s.v / bc2, hp.eps);
    // the two coefficients shown positive: the step subtracts them
    s.terms = {{kL2GradTerm, g},
               {"bias_correction2", bc2},
               {"mu", mu},
               {"mu_next", muNext},
               {"mu_product_next", muProductNext},
               {"denom", denom},
               {"lr*(1-mu)/(1-mu_product)", -gradScale},
               {"lr*mu_next/(1-mu_product_next)", -momentumScale}};
    return point + (gradScale * g).cwiseQuotient(denom) + (momentumScale * s.m).cwiseQuotient(denom);
  }

  template <class V>
  static void visitParams(Params& p, V&& visit) {
    visitAdamFamilyParams(p, visit, "decay of the second moment v", "L2 penalty added to the gradient",
                          "decay of the first moment m (scaled by the μ schedule)");
    visit(p.momentum_decay, linearParam("momentum_decay", 0.0, 0.1, "ψ in the momentum schedule μₜ"));
    visit(p.bias_correction, biasCorrectionParam());
  }

  template <class V>
  static void visitState(const State& s, V&& visit) {
    visit("step", static_cast<double>(s.step));
    visit("mu_product", s.muProduct);
    visit("exp_avg", s.m);
    visit("exp_avg_sq", s.v);
  }
};

}  // namespace lv::optim
