// newton.h — damped Newton's method with a saddle-free fallback (Nocedal & Wright, "Numerical
// Optimization", §3.4; Dauphin et al. 2014, arXiv:1406.2572 for |λ|).
//
//   H = Q·diag(λ)·Qᵀ                          (symmetric part of the Hessian, eigendecomposed)
//   d ← Q·diag(1/(|λᵢ| + damping))·Qᵀ·g
//   p ← p − lr·d
//
// When H + damping·I is positive definite this is exactly the damped Newton step (H + damping·I)⁻¹g
// (|λᵢ| = λᵢ when H is PSD). When H is indefinite, |λᵢ| turns the saddle's ascent direction into a
// descent one (saddle-free Newton) instead of stepping towards the saddle; a singular H is regularised
// by damping. If the Hessian has a non-finite entry, or d comes out non-finite, the step falls back to
// gradient descent d ← g. Not in torch.optim.
#pragma once

#include "optim/unit_support.h"

namespace lv::optim {

struct Newton {
  static constexpr const char* kName = "newton";
  static constexpr const char* kDescription = "damped (saddle-free) Newton's method using the Hessian";

  struct Params {
    double lr = 1.0;
    double damping = 1e-3;
  };
  struct State : UnitState {};

  static constexpr bool kNeedsHessian = true;

  /// The Newton direction d; records in `terms` the eigenvalues λ (ascending), |λ| + δ and d, or
  /// gradient_fallback and d = g when the Hessian cannot be used. Never throws, never allocates.
  static Vec2 direction(double damping, const Vec2& grad, const Mat2& hessian, StepTerms& terms);

  static Vec2 update(const Params& hp, State& s, const Vec2& point, const Vec2& grad, const Mat2& hessian) {
    ++s.step;
    return point - hp.lr * direction(hp.damping, grad, hessian, s.terms);
  }

  template <class V>
  static void visitParams(Params& p, V&& visit) {
    visit(p.lr, lrParam());
    visit(p.damping, logParam("damping", 1e-8, 10.0, "δ added to |eigenvalues| of the Hessian"));
  }

  /// The step count, the project's own name (Newton is not in torch.optim and keeps no other state).
  template <class V>
  static void visitState(const State& s, V&& visit) {
    visit("step", static_cast<double>(s.step));
  }
};

}  // namespace lv::optim
