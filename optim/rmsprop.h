// rmsprop.h — RMSprop (Hinton, Coursera lecture 6e, 2012); torch.optim.RMSprop semantics
// (PyTorch 1.13 `_single_tensor_rmsprop`), https://pytorch.org/docs/1.13/generated/torch.optim.RMSprop.html
//
//   g ← g + wd·p                              (if weight_decay ≠ 0)
//   v ← α·v + (1−α)·g²
//   centered:  ḡ ← α·ḡ + (1−α)·g,   a ← √(v − ḡ²) + eps
//   otherwise: a ← √v + eps
//   momentum > 0:  b ← μ·b + g/a,   p ← p − lr·b
//   otherwise:     p ← p − lr·g/a
//
// eps is added outside the square root (torch's convention; TensorFlow adds it inside). The momentum
// buffer starts at zero (unlike SGD's). torch allocates the centred average and the momentum buffer
// only when the option is on at construction; here both always exist and start at zero, so turning
// an option on mid-run starts it from zero.
#pragma once

#include "optim/unit_support.h"

#include <cmath>

namespace lv::optim {

struct Rmsprop {
  static constexpr const char* kName = "rmsprop";
  static constexpr const char* kDescription = "steps divided by a running RMS of the gradient";

  struct Params {
    double lr = 0.01;
    double alpha = 0.99;
    double eps = 1e-8;
    double weight_decay = 0;
    double momentum = 0;
    double centered = 0;
  };
  struct State : UnitState {
    Vec2 squareAvg = Vec2::Zero();
    Vec2 gradAvg = Vec2::Zero();
    Vec2 buffer = Vec2::Zero();
  };

  static Vec2 update(const Params& hp, State& s, const Vec2& point, const Vec2& grad, const Mat2&) {
    ++s.step;
    const Vec2 g = withL2(grad, hp.weight_decay, point);
    s.squareAvg = emaOfSquare(s.squareAvg, hp.alpha, g);
    Vec2 avg;
    if (hp.centered != 0) {
      s.gradAvg = ema(s.gradAvg, hp.alpha, g);
      avg = sqrtPlus(s.squareAvg - s.gradAvg.cwiseProduct(s.gradAvg), hp.eps);
    } else {
      avg = sqrtPlus(s.squareAvg, hp.eps);
    }
    s.terms = {{kL2GradTerm, g}, {"avg", avg}, {"lr/avg", over(hp.lr, avg)}};
    if (hp.momentum > 0) {
      s.buffer = s.buffer * hp.momentum + g.cwiseQuotient(avg);
      return point + (-hp.lr) * s.buffer;
    }
    return point + ((-hp.lr) * g).cwiseQuotient(avg);
  }

  template <class V>
  static void visitParams(Params& p, V&& visit) {
    visit(p.lr, lrParam());
    visit(p.alpha, linearParam("alpha", 0.0, 0.9999, "smoothing constant of the squared-gradient average"));
    visit(p.eps, epsParam());
    visit(p.weight_decay, weightDecayParam("L2 penalty added to the gradient"));
    visit(p.momentum, linearParam("momentum", 0.0, 0.999, "momentum factor μ (0 = none)"));
    visit(p.centered, boolParam("centered", "normalise by the estimated variance √(v − ḡ²)"));
  }

  /// Every key torch can create; momentum_buffer and grad_avg stay zero while their option is off.
  template <class V>
  static void visitState(const State& s, V&& visit) {
    visit("step", static_cast<double>(s.step));
    visit("square_avg", s.squareAvg);
    visit("momentum_buffer", s.buffer);
    visit("grad_avg", s.gradAvg);
  }
};

}  // namespace lv::optim
