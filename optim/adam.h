// adam.h — Adam (Kingma & Ba 2015, arXiv:1412.6980) and AMSGrad (Reddi et al. 2018);
// torch.optim.Adam semantics (PyTorch 1.13 `_single_tensor_adam`),
// https://pytorch.org/docs/1.13/generated/torch.optim.Adam.html
//
//   t ← t + 1
//   g ← g + wd·p                              (if weight_decay ≠ 0; L2, not decoupled — see adamw.h)
//   m ← β1·m + (1−β1)·g
//   v ← β2·v + (1−β2)·g²
//   v̂ ← max(v̂, v)                            (amsgrad)
//   p ← p − lr/(1−β1ᵗ) · m / (√v /√(1−β2ᵗ) + eps)     (√v̂ in place of √v with amsgrad)
//
// bias_correction = 0 drops both corrections (1−βᵗ → 1): the textbook uncorrected rule, not in torch.
// eps is added after the bias correction of √v (torch's order; the paper's algorithm is the same).
// v̂ is tracked on every step whatever amsgrad says, so switching amsgrad on mid-run uses the
// maximum over the whole run (torch cannot switch it mid-run); the state lists it, as torch's
// optimizer.state does, only while amsgrad is on.
#pragma once

#include "optim/types.h"
#include "optim/unit_support.h"

#include <cmath>

namespace lv::optim {

struct Adam {
  static constexpr const char* kName = "adam";
  static constexpr const char* kDescription = "momentum + RMS scaling with bias correction";
  static constexpr Preset kPresets[] = {
      {"amsgrad", "Adam dividing by the running maximum of v", {{"amsgrad", 1}}},
  };

  struct Params : AdamFamilyParams {
    Params() : AdamFamilyParams(1e-3) {}
    double amsgrad = 0;
  };
  /// The numbers inside one update under _single_tensor_adam's names: what the moments() step
  /// computes and steps with, kept for the explainer.
  struct Terms {
    Vec2 grad = Vec2::Zero();  // the gradient the moments took (Adam: L2 folded in)
    double bias_correction1 = 1, bias_correction2 = 1;
    double step_size = 0;       // lr / bias_correction1
    Vec2 denom = Vec2::Zero();  // √v / √bias_correction2 + eps (√v̂ with amsgrad)
    Vec2 m_hat = Vec2::Zero(), v_hat = Vec2::Zero();
    Vec2 lrOverDenom = Vec2::Zero();  // lr/(√v̂+ε): the per-coordinate step size multiplying m̂
  };
  struct State {
    long step = 0;
    Vec2 m = Vec2::Zero();
    Vec2 v = Vec2::Zero();
    Vec2 vmax = Vec2::Zero();
    BiasCorrection correction1, correction2;
    Terms last;  // of the last update
  };

  static constexpr bool kNeedsHessian = false;
  static constexpr const char* kUpdateRule =
      "g ← ∇f(p) + wd·p\n"
      "m ← β1·m + (1−β1)·g\n"
      "v ← β2·v + (1−β2)·g²\n"
      "v̂ ← max(v̂, v)   (amsgrad)\n"
      "p ← p − lr/(1−β1ᵗ) · m / (√v / √(1−β2ᵗ) + ε)";

  /// Advances step, m, v and v̂ on a gradient `grad` that already carries any weight decay (shared
  /// with AdamW, which decays the point instead) and returns the terms the update steps with. Reads
  /// lr, beta1, beta2, eps, amsgrad and bias_correction of `hp`; weight_decay is the caller's.
  static Terms moments(const Params& hp, State& s, const Vec2& grad) {
    ++s.step;
    const double step = static_cast<double>(s.step);
    const bool corrected = hp.bias_correction != 0;
    Terms t;
    t.grad = grad;
    t.bias_correction1 = s.correction1(hp.beta1, step, corrected);
    t.bias_correction2 = s.correction2(hp.beta2, step, corrected);
    t.step_size = hp.lr / t.bias_correction1;
    s.m = ema(s.m, hp.beta1, grad);
    s.v = emaOfSquare(s.v, hp.beta2, grad);
    s.vmax = s.vmax.cwiseMax(s.v);
    const Vec2& v = hp.amsgrad != 0 ? s.vmax : s.v;
    t.denom = v.cwiseSqrt() / std::sqrt(t.bias_correction2) + Vec2::Constant(hp.eps);
    t.m_hat = s.m / t.bias_correction1;
    t.v_hat = v / t.bias_correction2;
    t.lrOverDenom = over(hp.lr, t.denom);
    return t;
  }

  /// p − step_size · m / denom, torch's `param.addcdiv_(exp_avg, denom, value=-step_size)`.
  static Vec2 stepped(const Vec2& point, const State& s) {
    return point + ((-s.last.step_size) * s.m).cwiseQuotient(s.last.denom);
  }

  static Vec2 update(const Params& hp, State& s, const Vec2& point, const Vec2& grad, const Mat2&) {
    s.last = moments(hp, s, withL2(grad, hp.weight_decay, point));
    return stepped(point, s);
  }

  template <class V>
  static void visitParams(Params& p, V&& visit) {
    visitParamsWith(p, visit, "L2 penalty added to the gradient");
  }

  /// Adam's hyperparameters; AdamW shares them with another meaning of weight_decay.
  template <class V>
  static void visitParamsWith(Params& p, V& visit, const char* weightDecayMeaning) {
    visitAdamFamilyParams(p, visit, "decay of the second moment v", weightDecayMeaning);
    visit(p.amsgrad, boolParam("amsgrad", "divide by the running maximum of v (AMSGrad)"));
    visit(p.bias_correction, biasCorrectionParam());
  }

  /// The state under torch.optim's `optimizer.state` keys, in torch's order: visit(name, double) for
  /// scalars, visit(name, const Vec2&) for per-coordinate entries; max_exp_avg_sq only with amsgrad
  /// (as torch), though it is tracked always.
  template <class V>
  static void visitState(const Params& hp, const State& s, V&& visit) {
    visit("step", static_cast<double>(s.step));
    visit("exp_avg", s.m);
    visit("exp_avg_sq", s.v);
    if (hp.amsgrad != 0) visit("max_exp_avg_sq", s.vmax);
  }

  /// The numbers inside the last update, as it computed them: the gradient with L2, the bias
  /// corrections 1−βᵗ, m̂ = m/(1−β1ᵗ), v̂ = v/(1−β2ᵗ) (of the running maximum with amsgrad) and the
  /// per-coordinate step size lr/(√v̂+ε) that multiplies m̂. Nothing before step 1.
  template <class V>
  static void visitStepTerms(const State& s, V&& visit) {
    if (s.step == 0) return;
    visit(kL2GradTerm, s.last.grad);
    visitMomentTerms(s.last, visit);
  }

  /// The terms AdamW shares.
  template <class V>
  static void visitMomentTerms(const Terms& t, V& visit) {
    visit("bias_correction1", t.bias_correction1);
    visit("bias_correction2", t.bias_correction2);
    visit("m_hat", t.m_hat);
    visit("v_hat", t.v_hat);
    visit("lr/(sqrt(v_hat)+eps)", t.lrOverDenom);
  }
};

}  // namespace lv::optim
