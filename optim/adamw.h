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
#include "optim/unit_support.h"

namespace lv::optim {

struct AdamW {
  static constexpr const char* kName = "adamw";
  static constexpr const char* kDescription = "Adam with decoupled weight decay";

  /// Adam's hyperparameters with torch.optim.AdamW's default weight_decay.
  struct Params : Adam::Params {
    Params() { weight_decay = 1e-2; }
  };
  using State = Adam::State;

  static Vec2 update(const Params& hp, State& s, const Vec2& point, const Vec2& grad, const Mat2&) {
    const double decay = decoupledDecay(hp.lr, hp.weight_decay);
    s.terms = {{kDecoupledDecayTerm, decay}};
    return Adam::moments(hp, s, point * decay, grad);
  }

  template <class V>
  static void visitParams(Params& p, V&& visit) {
    Adam::visitParamsWith(p, visit, "decoupled weight decay: p ← p·(1 − lr·wd) each step");
  }

  /// Adam's state entries (torch.optim.AdamW keeps the same keys).
  template <class V>
  static void visitState(const Params& hp, const State& s, V&& visit) {
    Adam::visitState(hp, s, visit);
  }
};

}  // namespace lv::optim
