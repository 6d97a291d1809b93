// adadelta.h — Adadelta (Zeiler 2012, arXiv:1212.5701); torch.optim.Adadelta semantics
// (PyTorch 1.13 `_single_tensor_adadelta`), https://pytorch.org/docs/1.13/generated/torch.optim.Adadelta.html
//
//   g ← g + wd·p                                  (if weight_decay ≠ 0)
//   v ← ρ·v + (1−ρ)·g²
//   Δ ← √(u + eps) / √(v + eps) · g
//   u ← ρ·u + (1−ρ)·Δ²
//   p ← p − lr·Δ
//
// The paper has no learning rate (lr = 1, torch's default, is the paper's rule).
#pragma once

#include "optim/unit_support.h"

#include <cmath>

namespace lv::optim {

struct Adadelta {
  static constexpr const char* kName = "adadelta";
  static constexpr const char* kDescription =
      "RMS of past steps over RMS of gradients: unit-consistent steps";

  struct Params {
    double lr = 1.0;
    double rho = 0.9;
    double eps = 1e-6;
    double weight_decay = 0;
  };
  struct State : UnitState {
    Vec2 squareAvg = Vec2::Zero();
    Vec2 accDelta = Vec2::Zero();
  };

  static Vec2 update(const Params& hp, State& s, const Vec2& point, const Vec2& grad, const Mat2&) {
    ++s.step;
    const Vec2 g = withL2(grad, hp.weight_decay, point);
    s.squareAvg = emaOfSquare(s.squareAvg, hp.rho, g);
    const Vec2 stddev = (s.squareAvg + Vec2::Constant(hp.eps)).cwiseSqrt();   // torch's `std`
    const Vec2 rmsDelta = (s.accDelta + Vec2::Constant(hp.eps)).cwiseSqrt();  // of the previous u
    const Vec2 delta = rmsDelta.cwiseQuotient(stddev).cwiseProduct(g);
    s.accDelta = emaOfSquare(s.accDelta, hp.rho, delta);
    s.terms = {{kL2GradTerm, g}, {"std", stddev}, {"sqrt(acc_delta+eps)", rmsDelta}, {"delta", delta}};
    return point + (-hp.lr) * delta;
  }

  template <class V>
  static void visitParams(Params& p, V&& visit) {
    visit(p.lr, lrParam());
    visit(p.rho, linearParam("rho", 0.0, 0.9999, "decay of the running averages of g² and Δ²"));
    visit(p.eps, logParam("eps", 1e-12, 1.0, "added inside both square roots"));
    visit(p.weight_decay, weightDecayParam("L2 penalty added to the gradient"));
  }

  template <class V>
  static void visitState(const State& s, V&& visit) {
    visit("step", static_cast<double>(s.step));
    visit("square_avg", s.squareAvg);
    visit("acc_delta", s.accDelta);
  }
};

}  // namespace lv::optim
