// adagrad.h — Adagrad (Duchi et al. 2011); torch.optim.Adagrad semantics (PyTorch 1.13
// `_single_tensor_adagrad`), https://pytorch.org/docs/1.13/generated/torch.optim.Adagrad.html
//
//   t ← t + 1
//   g ← g + wd·p                          (if weight_decay ≠ 0)
//   clr ← lr / (1 + (t−1)·lr_decay)
//   s ← s + g·g                           (s₀ = initial_accumulator_value)
//   p ← p − clr·g / (√s + eps)
//
// torch fills the sum with initial_accumulator_value at construction; here the state is reset with
// `state = {}` while the hyperparameter may have changed since, so the sum is filled lazily on the
// first step from the value current at that step.
#pragma once

#include "optim/unit_support.h"

#include <cmath>

namespace lv::optim {

struct Adagrad {
  static constexpr const char* kName = "adagrad";
  static constexpr const char* kDescription =
      "per-coordinate steps shrinking with the summed squared gradients";

  struct Params {
    double lr = 0.01;
    double lr_decay = 0;
    double weight_decay = 0;
    double initial_accumulator_value = 0;
    double eps = 1e-10;
  };
  struct State : UnitState {
    Vec2 sum = Vec2::Zero();
  };

  static Vec2 update(const Params& hp, State& s, const Vec2& point, const Vec2& grad, const Mat2&) {
    if (s.step == 0) s.sum = Vec2::Constant(hp.initial_accumulator_value);
    ++s.step;
    const Vec2 g = withL2(grad, hp.weight_decay, point);
    const double clr = hp.lr / (1 + (static_cast<double>(s.step) - 1) * hp.lr_decay);
    s.sum = s.sum + g.cwiseProduct(g);
    const Vec2 stddev = sqrtPlus(s.sum, hp.eps);  // torch's `std`
    s.terms = {{kL2GradTerm, g}, {"clr", clr}, {"std", stddev}, {"clr/std", over(clr, stddev)}};
    return point + ((-clr) * g).cwiseQuotient(stddev);
  }

  template <class V>
  static void visitParams(Params& p, V&& visit) {
    visit(p.lr, lrParam());
    visit(p.lr_decay, linearParam("lr_decay", 0.0, 1.0, "learning-rate decay: lr / (1 + (t−1)·lr_decay)"));
    visit(p.weight_decay, weightDecayParam("L2 penalty added to the gradient"));
    visit(p.initial_accumulator_value,
          linearParam("initial_accumulator_value", 0.0, 10.0, "starting value of the squared-gradient sum"));
    visit(p.eps, epsParam());
  }

  template <class V>
  static void visitState(const State& s, V&& visit) {
    visit("step", static_cast<double>(s.step));
    visit("sum", s.sum);
  }
};

}  // namespace lv::optim
