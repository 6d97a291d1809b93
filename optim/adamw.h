// adamw.h — AdamW (Loshchilov & Hutter 2019, arXiv:1711.05101); torch.optim.AdamW semantics
// (PyTorch 1.13 `_single_tensor_adamw`), https://pytorch.org/docs/1.13/generated/torch.optim.AdamW.html
//
//   p ← p·(1 − lr·wd)                         (decoupled weight decay, applied first)
//   then Adam (adam.h) on the raw gradient, without L2:
//   m ← β1·m + (1−β1)·g,  v ← β2·v + (1−β2)·g²,  v̂ ← max(v̂, v) (amsgrad)
//   p ← p − lr/(1−β1ᵗ) · m / (√v / √(1−β2ᵗ) + eps)
//
// torch scales the decay by lr (the paper uses a separate schedule multiplier). bias_correction = 0
// drops the corrections as in adam.h.
#pragma once

#include "optim/adam.h"
#include "optim/types.h"
#include "optim/unit_support.h"

namespace lv::optim {

struct AdamW {
  struct Params {
    double lr = 1e-3;
    double beta1 = 0.9;
    double beta2 = 0.999;
    double eps = 1e-8;
    double weight_decay = 0.01;
    double amsgrad = 0;
    double bias_correction = 1;
  };
  using State = Adam::State;

  static constexpr bool kNeedsHessian = false;
  static constexpr const char* kUpdateRule =
      "p ← p·(1 − lr·wd)\n"
      "m ← β1·m + (1−β1)·g\n"
      "v ← β2·v + (1−β2)·g²\n"
      "v̂ ← max(v̂, v)   (amsgrad)\n"
      "p ← p − lr/(1−β1ᵗ) · m / (√v / √(1−β2ᵗ) + ε)";

  static Vec2 update(const Params& hp, State& s, const Vec2& point, const Vec2& grad, const Mat2&) {
    const double decay = 1 - hp.lr * hp.weight_decay;
    const Vec2 decayed(point[0] * decay, point[1] * decay);
    return Adam::moments(hp.lr, hp.beta1, hp.beta2, hp.eps, hp.amsgrad != 0, hp.bias_correction != 0, s,
                         decayed, grad);
  }

  template <class V>
  static void visitParams(Params& p, V&& visit) {
    visit(p.lr, lrParam());
    visit(p.beta1, betaParam("beta1", "decay of the first moment m"));
    visit(p.beta2, betaParam("beta2", "decay of the second moment v"));
    visit(p.eps, epsParam());
    visit(p.weight_decay, weightDecayParam("decoupled weight decay: p ← p·(1 − lr·wd) each step"));
    visit(p.amsgrad, boolParam("amsgrad", "divide by the running maximum of v (AMSGrad)"));
    visit(p.bias_correction, biasCorrectionParam());
  }
};

}  // namespace lv::optim
