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

#include "optim/types.h"
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
  /// The numbers inside one update under _single_tensor_rmsprop's names.
  struct Terms {
    Vec2 grad = Vec2::Zero();       // with L2 folded in
    Vec2 avg = Vec2::Zero();        // √v + eps, or √(v − ḡ²) + eps when centered
    Vec2 lrOverAvg = Vec2::Zero();  // lr/avg: the per-coordinate step size of the gradient
  };
  struct State {
    long step = 0;
    Vec2 squareAvg = Vec2::Zero();
    Vec2 gradAvg = Vec2::Zero();
    Vec2 buffer = Vec2::Zero();
    Terms last;  // of the last update
  };

  static constexpr bool kNeedsHessian = false;
  static constexpr const char* kUpdateRule =
      "g ← ∇f(p) + wd·p\n"
      "v ← α·v + (1−α)·g²\n"
      "ḡ ← α·ḡ + (1−α)·g,  a ← √(v − ḡ²) + ε   (centered)\n"
      "a ← √v + ε   (otherwise)\n"
      "b ← μ·b + g/a,  p ← p − lr·b";

  /// Advances the averages and returns the divisor avg of this update.
  static Terms averages(const Params& hp, State& s, const Vec2& point, const Vec2& grad) {
    ++s.step;
    Terms t;
    t.grad = withL2(grad, hp.weight_decay, point);
    s.squareAvg = emaOfSquare(s.squareAvg, hp.alpha, t.grad);
    if (hp.centered != 0) {
      s.gradAvg = ema(s.gradAvg, hp.alpha, t.grad);
      t.avg = sqrtPlus(s.squareAvg - s.gradAvg.cwiseProduct(s.gradAvg), hp.eps);
    } else {
      t.avg = sqrtPlus(s.squareAvg, hp.eps);
    }
    t.lrOverAvg = over(hp.lr, t.avg);
    return t;
  }

  static Vec2 update(const Params& hp, State& s, const Vec2& point, const Vec2& grad, const Mat2&) {
    s.last = averages(hp, s, point, grad);
    if (hp.momentum > 0) {
      s.buffer = s.buffer * hp.momentum + s.last.grad.cwiseQuotient(s.last.avg);
      return point + (-hp.lr) * s.buffer;
    }
    return point + ((-hp.lr) * s.last.grad).cwiseQuotient(s.last.avg);
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

  /// The state under torch.optim's `optimizer.state` keys, in torch's order: visit(name, double) for
  /// scalars, visit(name, const Vec2&) for per-coordinate entries;
  /// every key torch can create; momentum_buffer and grad_avg stay zero while their option is off.
  template <class V>
  static void visitState(const State& s, V&& visit) {
    visit("step", static_cast<double>(s.step));
    visit("square_avg", s.squareAvg);
    visit("momentum_buffer", s.buffer);
    visit("grad_avg", s.gradAvg);
  }

  /// The gradient with L2, the divisor avg and lr/avg of the last update; nothing before step 1.
  template <class V>
  static void visitStepTerms(const State& s, V&& visit) {
    if (s.step == 0) return;
    visit(kL2GradTerm, s.last.grad);
    visit("avg", s.last.avg);
    visit("lr/avg", s.last.lrOverAvg);
  }
};

}  // namespace lv::optim
