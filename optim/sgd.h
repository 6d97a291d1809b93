// sgd.h — stochastic gradient descent with optional (Nesterov) momentum; torch.optim.SGD semantics
// (PyTorch 1.13 `_single_tensor_sgd`), https://pytorch.org/docs/1.13/generated/torch.optim.SGD.html
//
//   g ← g + wd·p                                   (if weight_decay ≠ 0; L2 folded into the gradient)
//   if momentum ≠ 0:
//     b ← g                       on the first step (torch: the buffer starts at the first gradient,
//                                  with no dampening — unlike Sutskever et al. where b₀ = 0)
//     b ← μ·b + (1−τ)·g           afterwards
//     g ← g + μ·b  (nesterov)     or   g ← b
//   p ← p − lr·g
//
// Differences from torch: torch rejects nesterov with momentum = 0 or dampening ≠ 0 at construction.
// Here sliders move one at a time, so nothing is rejected: nesterov with momentum = 0 is plain SGD
// (exactly what torch's formula gives), and nesterov with dampening ≠ 0 applies the formula as written.
// The "first step" is the first step taken with momentum ≠ 0 (as in torch, whose buffer is created
// lazily); reset() forgets the buffer.
#pragma once

#include "optim/unit_support.h"

namespace lv::optim {

struct Sgd {
  static constexpr const char* kName = "sgd";
  static constexpr const char* kDescription = "plain gradient descent";
  static constexpr Preset kPresets[] = {
      {"momentum", "SGD with heavy-ball momentum", {{"momentum", 0.9}}},
      {"nesterov", "SGD with Nesterov momentum", {{"momentum", 0.9}, {"nesterov", 1}}},
  };

  struct Params {
    double lr = 0.01;  // torch has no default lr; ours
    double momentum = 0;
    double dampening = 0;
    double nesterov = 0;
    double weight_decay = 0;
  };
  struct State : UnitState {
    bool hasBuffer = false;
    Vec2 buffer = Vec2::Zero();
  };

  static Vec2 update(const Params& hp, State& s, const Vec2& point, const Vec2& grad, const Mat2&) {
    ++s.step;
    const Vec2 g = withL2(grad, hp.weight_decay, point);
    Vec2 d_p = g;  // torch's name for the direction stepped along
    if (hp.momentum != 0) {
      s.buffer = s.hasBuffer ? Vec2(s.buffer * hp.momentum + (1 - hp.dampening) * g) : g;
      s.hasBuffer = true;
      d_p = hp.nesterov != 0 ? Vec2(g + hp.momentum * s.buffer) : s.buffer;
    }
    s.terms = {{kL2GradTerm, g}, {"d_p", d_p}};
    return point + (-hp.lr) * d_p;
  }

  template <class V>
  static void visitParams(Params& p, V&& visit) {
    visit(p.lr, lrParam());
    visit(p.momentum, linearParam("momentum", 0.0, 0.999, "momentum factor μ (0 = none)"));
    visit(p.dampening, linearParam("dampening", 0.0, 1.0, "dampening τ of the gradient added to the buffer"));
    visit(p.nesterov, boolParam("nesterov", "use the Nesterov look-ahead g + μ·b"));
    visit(p.weight_decay, weightDecayParam("L2 penalty added to the gradient"));
  }

  /// Zero until the first step with momentum ≠ 0 (torch has no buffer then).
  template <class V>
  static void visitState(const State& s, V&& visit) {
    visit("momentum_buffer", s.buffer);
  }
};

}  // namespace lv::optim
