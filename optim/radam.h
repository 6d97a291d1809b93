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

#include "optim/unit_support.h"

#include <cmath>

namespace lv::optim {

struct Radam {
  static constexpr const char* kName = "radam";
  static constexpr const char* kDescription = "Adam with the variance of the adaptive rate rectified";

  struct Params : AdamFamilyParams {
    Params() : AdamFamilyParams(1e-3) {}
  };
  struct State : UnitState {
    Vec2 m = Vec2::Zero();
    Vec2 v = Vec2::Zero();
    BiasCorrection correction1;  // β2ᵗ itself enters ρₜ, so it is always computed
  };

  static Vec2 update(const Params& hp, State& s, const Vec2& point, const Vec2& grad, const Mat2&) {
    ++s.step;
    const double step = static_cast<double>(s.step);
    const bool corrected = hp.bias_correction != 0;
    const double beta2Power = std::pow(hp.beta2, step);
    const double smaCorrection = 1 - beta2Power;
    const Vec2 g = withL2(grad, hp.weight_decay, point);
    const double bc1 = s.correction1(hp.beta1, step, corrected);
    const double bc2 = corrected ? smaCorrection : 1.0;
    s.m = ema(s.m, hp.beta1, g);
    s.v = emaOfSquare(s.v, hp.beta2, g);
    const Vec2 mHat = s.m / bc1;  // torch's bias_corrected_exp_avg
    const double rhoInf = 2 / (1 - hp.beta2) - 1;
    const double rhoT = rhoInf - 2 * step * beta2Power / smaCorrection;
    s.terms = {{kL2GradTerm, g},          {"bias_correction1", bc1},
               {"bias_correction2", bc2}, {"bias_corrected_exp_avg", mHat},
               {"rho_inf", rhoInf},       {"rho_t", rhoT}};
    if (!(rhoT > 5.0)) return point - mHat * hp.lr;  // SGD with bias-corrected momentum
    const double rect = std::sqrt((rhoT - 4) * (rhoT - 2) * rhoInf / ((rhoInf - 4) * (rhoInf - 2) * rhoT));
    const Vec2 adaptiveLr = over(std::sqrt(bc2), sqrtPlus(s.v, hp.eps));
    s.terms.append({{"rect", rect}, {"adaptive_lr", adaptiveLr}});
    return point - (mHat * hp.lr).cwiseProduct(adaptiveLr) * rect;
  }

  template <class V>
  static void visitParams(Params& p, V&& visit) {
    visitAdamFamilyParams(p, visit, "decay of the second moment v (sets ρ∞)");
    visit(p.bias_correction, biasCorrectionParam());
  }

  template <class V>
  static void visitState(const State& s, V&& visit) {
    visit("step", static_cast<double>(s.step));
    visit("exp_avg", s.m);
    visit("exp_avg_sq", s.v);
  }
};

}  // namespace lv::optim
