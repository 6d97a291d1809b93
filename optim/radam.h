// radam.h — RAdam, rectified Adam (Liu et al. 2020, arXiv:1908.03265); torch.optim.RAdam semantics
// (PyTorch 1.13 `_single_tensor_radam`), https://pytorch.org/docs/1.13/generated/torch.optim.RAdam.html
//
//   t ← t + 1
//   g ← g + wd·p                                  (if weight_decay ≠ 0)
//   m ← β1·m + (1−β1)·g,   v ← β2·v + (1−β2)·g²
//   m̂ ← m / (1−β1ᵗ)
//   ρ∞ ← 2/(1−β2) − 1,     ρₜ ← ρ∞ − 2t·β2ᵗ/(1−β2ᵗ)
//   ρₜ > 5:  r ← √((ρₜ−4)(ρₜ−2)ρ∞ / ((ρ∞−4)(ρ∞−2)ρₜ)),
//            p ← p − m̂·lr·(√(1−β2ᵗ) / (√v + eps))·r
//   else:    p ← p − m̂·lr                         (SGD with bias-corrected momentum)
//
// bias_correction = 0 (not in torch) drops 1−β1ᵗ from m̂ and √(1−β2ᵗ) from the adaptive rate; ρₜ keeps
// its 1−β2ᵗ, which is part of the SMA length, not a bias correction.
#pragma once

#include "optim/types.h"
#include "optim/unit_support.h"

#include <cmath>

namespace lv::optim {

struct Radam {
  static constexpr const char* kName = "radam";
  static constexpr const char* kDescription = "Adam with the variance of the adaptive rate rectified";

  struct Params : AdamFamilyParams {
    Params() : AdamFamilyParams(1e-3) {}
  };
  /// The numbers inside one update under _single_tensor_radam's names.
  struct Terms {
    Vec2 grad = Vec2::Zero();  // with L2 folded in
    double bias_correction1 = 1, bias_correction2 = 1;
    Vec2 bias_corrected_exp_avg = Vec2::Zero();  // m̂
    double rho_inf = 0, rho_t = 0;
    bool rectified = false;           // ρₜ > 5: the adaptive step below is taken
    double rect = 1;                  // r (1 when not rectified)
    Vec2 adaptive_lr = Vec2::Zero();  // √(1−β2ᵗ) / (√v + eps) (rectified steps only)
  };
  struct State {
    long step = 0;
    Vec2 m = Vec2::Zero();
    Vec2 v = Vec2::Zero();
    BiasCorrection correction1;  // β2ᵗ itself enters ρₜ, so it is always computed
    Terms last;                  // of the last update
  };

  static constexpr bool kNeedsHessian = false;
  static constexpr const char* kUpdateRule =
      "m ← β1·m + (1−β1)·g,  v ← β2·v + (1−β2)·g²\n"
      "ρ∞ ← 2/(1−β2) − 1,  ρₜ ← ρ∞ − 2t·β2ᵗ/(1−β2ᵗ)\n"
      "ρₜ > 5: p ← p − lr·r·√(1−β2ᵗ)/(√v + ε)·m/(1−β1ᵗ)\n"
      "        r = √((ρₜ−4)(ρₜ−2)ρ∞ / ((ρ∞−4)(ρ∞−2)ρₜ))\n"
      "else:   p ← p − lr·m/(1−β1ᵗ)";

  /// Advances m and v and returns m̂, the SMA lengths ρ and, when rectified, r and the adaptive lr.
  static Terms moments(const Params& hp, State& s, const Vec2& point, const Vec2& grad) {
    ++s.step;
    const double step = static_cast<double>(s.step);
    const bool corrected = hp.bias_correction != 0;
    const double beta2Power = std::pow(hp.beta2, step);
    const double smaCorrection = 1 - beta2Power;
    Terms t;
    t.grad = withL2(grad, hp.weight_decay, point);
    t.bias_correction1 = s.correction1(hp.beta1, step, corrected);
    t.bias_correction2 = corrected ? smaCorrection : 1.0;
    s.m = ema(s.m, hp.beta1, t.grad);
    s.v = emaOfSquare(s.v, hp.beta2, t.grad);
    t.bias_corrected_exp_avg = s.m / t.bias_correction1;
    t.rho_inf = 2 / (1 - hp.beta2) - 1;
    t.rho_t = t.rho_inf - 2 * step * beta2Power / smaCorrection;
    t.rectified = t.rho_t > 5.0;
    if (t.rectified) {
      const double rhoInf = t.rho_inf, rhoT = t.rho_t;
      t.rect = std::sqrt((rhoT - 4) * (rhoT - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rhoT));
      t.adaptive_lr = over(std::sqrt(t.bias_correction2), sqrtPlus(s.v, hp.eps));
    }
    return t;
  }

  static Vec2 update(const Params& hp, State& s, const Vec2& point, const Vec2& grad, const Mat2&) {
    s.last = moments(hp, s, point, grad);
    const Terms& t = s.last;
    if (t.rectified) return point - (t.bias_corrected_exp_avg * hp.lr).cwiseProduct(t.adaptive_lr) * t.rect;
    return point - t.bias_corrected_exp_avg * hp.lr;
  }

  template <class V>
  static void visitParams(Params& p, V&& visit) {
    visitAdamFamilyParams(p, visit, "decay of the second moment v (sets ρ∞)");
    visit(p.bias_correction, biasCorrectionParam());
  }

  /// The state under torch.optim's `optimizer.state` keys, in torch's order: visit(name, double) for
  /// scalars, visit(name, const Vec2&) for per-coordinate entries.
  template <class V>
  static void visitState(const State& s, V&& visit) {
    visit("step", static_cast<double>(s.step));
    visit("exp_avg", s.m);
    visit("exp_avg_sq", s.v);
  }

  /// The gradient with L2, the bias corrections, m̂, ρ∞, ρₜ and, on rectified steps, r and the
  /// adaptive lr of the last update; nothing before step 1.
  template <class V>
  static void visitStepTerms(const State& s, V&& visit) {
    if (s.step == 0) return;
    visit(kL2GradTerm, s.last.grad);
    visit("bias_correction1", s.last.bias_correction1);
    visit("bias_correction2", s.last.bias_correction2);
    visit("bias_corrected_exp_avg", s.last.bias_corrected_exp_avg);
    visit("rho_inf", s.last.rho_inf);
    visit("rho_t", s.last.rho_t);
    if (!s.last.rectified) return;
    visit("rect", s.last.rect);
    visit("adaptive_lr", s.last.adaptive_lr);
  }
};

}  // namespace lv::optim
