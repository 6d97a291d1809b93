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

#include "optim/types.h"
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
  /// The numbers inside one update under _single_tensor_adadelta's names.
  struct Terms {
    Vec2 grad = Vec2::Zero();      // with L2 folded in
    Vec2 std = Vec2::Zero();       // √(v + eps), v already updated
    Vec2 rmsDelta = Vec2::Zero();  // √(u + eps) of the u before this update
    Vec2 delta = Vec2::Zero();     // Δ = √(u + eps) / √(v + eps) · g
  };
  struct State {
    long step = 0;
    Vec2 squareAvg = Vec2::Zero();
    Vec2 accDelta = Vec2::Zero();
    Terms last;  // of the last update
  };

  static constexpr bool kNeedsHessian = false;
  static constexpr const char* kUpdateRule =
      "g ← ∇f(p) + wd·p\n"
      "v ← ρ·v + (1−ρ)·g²\n"
      "Δ ← √(u + ε) / √(v + ε) · g\n"
      "u ← ρ·u + (1−ρ)·Δ²\n"
      "p ← p − lr·Δ";

  /// Advances both averages and returns the step Δ of this update (before lr).
  static Terms delta(const Params& hp, State& s, const Vec2& point, const Vec2& grad) {
    ++s.step;
    Terms t;
    t.grad = withL2(grad, hp.weight_decay, point);
    s.squareAvg = emaOfSquare(s.squareAvg, hp.rho, t.grad);
    t.std = (s.squareAvg + Vec2::Constant(hp.eps)).cwiseSqrt();
    t.rmsDelta = (s.accDelta + Vec2::Constant(hp.eps)).cwiseSqrt();
    t.delta = t.rmsDelta.cwiseQuotient(t.std).cwiseProduct(t.grad);
    s.accDelta = emaOfSquare(s.accDelta, hp.rho, t.delta);
    return t;
  }

  static Vec2 update(const Params& hp, State& s, const Vec2& point, const Vec2& grad, const Mat2&) {
    s.last = delta(hp, s, point, grad);
    return point + (-hp.lr) * s.last.delta;
  }

  template <class V>
  static void visitParams(Params& p, V&& visit) {
    visit(p.lr, lrParam());
    visit(p.rho, linearParam("rho", 0.0, 0.9999, "decay of the running averages of g² and Δ²"));
    visit(p.eps, logParam("eps", 1e-12, 1.0, "added inside both square roots"));
    visit(p.weight_decay, weightDecayParam("L2 penalty added to the gradient"));
  }

  /// The state under torch.optim's `optimizer.state` keys, in torch's order: visit(name, double) for
  /// scalars, visit(name, const Vec2&) for per-coordinate entries.
  template <class V>
  static void visitState(const State& s, V&& visit) {
    visit("step", static_cast<double>(s.step));
    visit("square_avg", s.squareAvg);
    visit("acc_delta", s.accDelta);
  }

  /// The gradient with L2, std, √(u + eps) and delta of the last update; nothing before step 1.
  template <class V>
  static void visitStepTerms(const State& s, V&& visit) {
    if (s.step == 0) return;
    visit(kL2GradTerm, s.last.grad);
    visit("std", s.last.std);
    visit("sqrt(acc_delta+eps)", s.last.rmsDelta);
    visit("delta", s.last.delta);
  }
};

}  // namespace lv::optim
