// lion.h — Lion, EvoLved Sign Momentum (Chen et al. 2023, arXiv:2302.06675, Algorithm 2); not in
// torch.optim 1.13, operation order as in the authors' PyTorch port (lucidrains/lion-pytorch).
//
//   p ← p·(1 − lr·wd)                         (decoupled weight decay, applied first)
//   c ← β1·m + (1−β1)·g
//   p ← p − lr·sign(c)                        (sign(0) = 0)
//   m ← β2·m + (1−β2)·g
//
// Every coordinate moves by exactly lr (or 0) per step before decay: use a lr 3–10× smaller than AdamW's.
#pragma once

#include "optim/unit_support.h"

namespace lv::optim {

struct Lion {
  static constexpr const char* kName = "lion";
  static constexpr const char* kDescription = "sign of an interpolated momentum: fixed-size steps";

  struct Params {
    double lr = 1e-4;
    double beta1 = 0.9;
    double beta2 = 0.99;
    double weight_decay = 0;
  };
  struct State : UnitState {
    Vec2 m = Vec2::Zero();
  };

  static Vec2 update(const Params& hp, State& s, const Vec2& point, const Vec2& grad, const Mat2&) {
    ++s.step;
    const double decay = decoupledDecay(hp.lr, hp.weight_decay);
    const Vec2 c = ema(s.m, hp.beta1, grad);  // the paper's c (lion-pytorch signs it as `update`)
    const Vec2 signC = signOf(c);
    s.m = ema(s.m, hp.beta2, grad);
    s.terms = {{kDecoupledDecayTerm, decay}, {"c", c}, {"sign(c)", signC}};
    return point * decay + (-hp.lr) * signC;
  }

  template <class V>
  static void visitParams(Params& p, V&& visit) {
    visit(p.lr, lrParam());
    visit(p.beta1, betaParam("beta1", "interpolation between momentum and gradient for the sign"));
    visit(p.beta2, betaParam("beta2", "decay of the momentum m"));
    visit(p.weight_decay, weightDecayParam("decoupled weight decay: p ← p·(1 − lr·wd) each step"));
  }

  /// The momentum m under the name lion-pytorch's `optimizer.state` gives it (not in torch.optim).
  template <class V>
  static void visitState(const State& s, V&& visit) {
    visit("exp_avg", s.m);
  }
};

}  // namespace lv::optim
