// The numbers inside one update (Optimizer::stepTerms) of every unit, against values derived by hand
// from PyTorch 1.13's `_single_tensor_*` source (the paper for lion and newton), mostly after steps
// on f(x, y) = x² + 3y² from (1, 1), where g₁ = (2, 6).
#include "optim/unit_support.h"
#include "tests/optim/test_util.h"

#include <cmath>
#include <set>
#include <string>

namespace lv::optim {
namespace {

using test::byName;
using test::make;
using test::stepQuadratic;
using test::stepWith;

constexpr double kRel = 1e-12;  // the hand values round differently from the unit in the last bits

/// The step terms after `steps` steps on the quadratic from (1, 1).
std::map<std::string, Vec2> termsOnQuadratic(Optimizer opt, int steps = 1) {
  Vec2 p(1, 1);
  for (int k = 0; k < steps; ++k) p = stepQuadratic(opt, p);
  return byName(opt.stepTerms());
}

TEST(StepTerms, EveryUnitNamesFiniteTermsAfterAStepAndNoneBefore) {
  for (const OptimizerInfo& info : optimizerInfos()) {
    SCOPED_TRACE(info.name);
    Optimizer opt = *Optimizer::create(info.name);
    EXPECT_TRUE(opt.stepTerms().empty());
    opt.step(Vec2(1, 1), Vec2(2, 6), Mat2(Vec2(2, 6).asDiagonal()));
    std::set<std::string> names;
    for (const StateEntry& entry : opt.stepTerms()) {
      EXPECT_TRUE(names.insert(entry.name).second) << entry.name << " twice";
      EXPECT_TRUE(entry.value.allFinite()) << entry.name;
    }
    EXPECT_FALSE(names.empty());
    opt.reset();
    EXPECT_TRUE(opt.stepTerms().empty());
  }
}

TEST(StepTerms, Sgd) {
  // weight_decay 0.5: grad = g + 0.5·p = (2.5, 6.5); no momentum: d_p = grad
  auto t = termsOnQuadratic(make("sgd", {{"lr", 0.1}, {"weight_decay", 0.5}}));
  LV_EXPECT_ENTRY(t, kL2GradTerm, 2.5, 6.5);
  LV_EXPECT_ENTRY(t, "d_p", 2.5, 6.5);
  // momentum, step 2 from p₁ = (0.8, 0.4): grad = (1.6, 2.4), d_p = b = 0.9·(2, 6) + grad
  t = termsOnQuadratic(make("momentum", {{"lr", 0.1}}), 2);
  LV_EXPECT_ENTRY(t, kL2GradTerm, 1.6, 2.4);
  LV_EXPECT_ENTRY(t, "d_p", 3.4, 7.8);
  // nesterov, step 1: b = g, d_p = g + 0.9·b = (3.8, 11.4)
  LV_EXPECT_ENTRY(termsOnQuadratic(make("nesterov", {{"lr", 0.1}})), "d_p", 3.8, 11.4);
}

TEST(StepTerms, Adagrad) {
  // step 1: clr = 0.1, sum = g², std = |g| + 1e-10; step 2: clr = 0.1/(1 + 1·0.5), sum += g₂²
  const double x1 = 1 - 0.1 * 2 / (2 + 1e-10), y1 = 1 - 0.1 * 6 / (6 + 1e-10);
  const double gx = 2 * x1, gy = 6 * y1;
  const double stdX = std::sqrt(4 + gx * gx) + 1e-10, stdY = std::sqrt(36 + gy * gy) + 1e-10;
  const auto t = termsOnQuadratic(make("adagrad", {{"lr", 0.1}, {"lr_decay", 0.5}}), 2);
  LV_EXPECT_ENTRY_NEAR(t, kL2GradTerm, gx, gy, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "clr", 0.1 / 1.5, 0.0, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "std", stdX, stdY, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "clr/std", 0.1 / 1.5 / stdX, 0.1 / 1.5 / stdY, kRel);
}

TEST(StepTerms, Rmsprop) {
  // v = 0.01·g² = (0.04, 0.36): avg = √v + 1e-8
  auto t = termsOnQuadratic(make("rmsprop"));
  LV_EXPECT_ENTRY_NEAR(t, "avg", 0.2 + 1e-8, 0.6 + 1e-8, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "lr/avg", 0.01 / (0.2 + 1e-8), 0.01 / (0.6 + 1e-8), kRel);
  // centered: ḡ = 0.01·g = (0.02, 0.06), avg = √(v − ḡ²) + 1e-8
  t = termsOnQuadratic(make("rmsprop", {{"centered", 1}}));
  const double ax = std::sqrt(0.04 - 0.0004) + 1e-8, ay = std::sqrt(0.36 - 0.0036) + 1e-8;
  LV_EXPECT_ENTRY_NEAR(t, "avg", ax, ay, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "lr/avg", 0.01 / ax, 0.01 / ay, kRel);
}

TEST(StepTerms, Adadelta) {
  // v = 0.1·g² = (0.4, 3.6); std = √(v + 1e-6); u₀ = 0: √(u + eps) = 1e-3; delta = 1e-3/std·g
  const auto t = termsOnQuadratic(make("adadelta"));
  const double sx = std::sqrt(0.4 + 1e-6), sy = std::sqrt(3.6 + 1e-6);
  LV_EXPECT_ENTRY_NEAR(t, "std", sx, sy, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "sqrt(acc_delta+eps)", 1e-3, 1e-3, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "delta", 1e-3 / sx * 2, 1e-3 / sy * 6, kRel);
}

TEST(StepTerms, AdamWithL2AndAdamWDecoupled) {
  // Adam, weight_decay 0.5: grad = (2.5, 6.5); step 1: m̂ = grad, v̂ = grad², lr/(√v̂+ε) = 0.1/(|grad| + 1e-8)
  auto t = termsOnQuadratic(make("adam", {{"lr", 0.1}, {"weight_decay", 0.5}}));
  LV_EXPECT_ENTRY(t, kL2GradTerm, 2.5, 6.5);
  LV_EXPECT_ENTRY_NEAR(t, "bias_correction1", 1 - 0.9, 0.0, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "bias_correction2", 1 - 0.999, 0.0, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "m_hat", 2.5, 6.5, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "v_hat", 6.25, 42.25, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "lr/(sqrt(v_hat)+eps)", 0.1 / (2.5 + 1e-8), 0.1 / (6.5 + 1e-8), kRel);
  // AdamW: p·(1 − 0.1·0.5) first, then Adam on the raw gradient (no L2 term)
  t = termsOnQuadratic(make("adamw", {{"lr", 0.1}, {"weight_decay", 0.5}}));
  EXPECT_EQ(t.count(kL2GradTerm), 0u);
  LV_EXPECT_ENTRY_NEAR(t, kDecoupledDecayTerm, 0.95, 0.0, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "m_hat", 2, 6, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "lr/(sqrt(v_hat)+eps)", 0.1 / (2 + 1e-8), 0.1 / (6 + 1e-8), kRel);
}

TEST(StepTerms, AdamAfterTwoStepsAndUnderASchedule) {
  // torch: bias_correction1 = 1 − β1², bias_correction2 = 1 − β2²; step_size = lr/bc1;
  // denom = √v/√bc2 + eps; the explainer's lr/(√v̂+ε) is lr/denom. With g₁ = (1, −2), g₂ = (3, 0.5):
  // m₂ = (0.39, −0.13), v₂ = (0.009999, 0.004246).
  Optimizer adam = make("adam", {{"lr", 0.1}});
  const Vec2 p = stepWith(adam, Vec2(1, 1), 1, -2);
  stepWith(adam, p, 3, 0.5);
  const auto t = byName(adam.stepTerms());
  const double bc1 = 1 - 0.9 * 0.9, bc2 = 1 - 0.999 * 0.999;
  LV_EXPECT_ENTRY_NEAR(t, "bias_correction1", bc1, 0.0, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "bias_correction2", bc2, 0.0, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "m_hat", 0.39 / bc1, -0.13 / bc1, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "v_hat", 0.009999 / bc2, 0.004246 / bc2, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "lr/(sqrt(v_hat)+eps)", 0.1 / (std::sqrt(0.009999 / bc2) + 1e-8),
                       0.1 / (std::sqrt(0.004246 / bc2) + 1e-8), kRel);
  // A schedule's lr for an update is the lr inside that update's terms; the hyperparameter stays.
  StepOverrides half;
  half.lr = 0.05;
  Optimizer scheduled = make("adam", {{"lr", 0.1}});
  scheduled.step(Vec2(1, 1), Vec2(1, -2), Mat2::Zero(), half);
  // step 1: v̂ = g², so lr/(√v̂+ε) = 0.05/(|g| + 1e-8)
  LV_EXPECT_ENTRY_NEAR(byName(scheduled.stepTerms()), "lr/(sqrt(v_hat)+eps)", 0.05 / (1 + 1e-8),
                       0.05 / (2 + 1e-8), kRel);
  EXPECT_EQ(*scheduled.get("lr"), 0.1);
}

TEST(StepTerms, Adamax) {
  // step 1: 1 − β1 = 0.1, clr = 0.002/0.1, u = |g| + 1e-8
  const auto t = termsOnQuadratic(make("adamax"));
  LV_EXPECT_ENTRY_NEAR(t, "bias_correction", 1 - 0.9, 0.0, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "clr", 0.002 / (1 - 0.9), 0.0, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "clr/exp_inf", 0.02 / (2 + 1e-8), 0.02 / (6 + 1e-8), kRel);
}

TEST(StepTerms, Nadam) {
  // step 1: μ₁ = 0.9·(1 − ½·0.96^0.004), μ₂ = 0.9·(1 − ½·0.96^0.008), Π₂ = μ₁μ₂ (the fixed rule);
  // denom = √(v/(1−β2)) + eps = |g| + eps; lr·(1−μ₁)/(1−Π₁) = lr since Π₁ = μ₁
  const double mu1 = 0.9 * (1 - 0.5 * std::pow(0.96, 0.004)), mu2 = 0.9 * (1 - 0.5 * std::pow(0.96, 0.008));
  const auto t = termsOnQuadratic(make("nadam", {{"lr", 0.1}}));
  LV_EXPECT_ENTRY_NEAR(t, "bias_correction2", 1 - 0.999, 0.0, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "mu", mu1, 0.0, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "mu_next", mu2, 0.0, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "mu_product_next", mu1 * mu2, 0.0, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "denom", 2 + 1e-8, 6 + 1e-8, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "lr*(1-mu)/(1-mu_product)", 0.1, 0.0, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "lr*mu_next/(1-mu_product_next)", 0.1 * mu2 / (1 - mu1 * mu2), 0.0, kRel);
}

TEST(StepTerms, RadamRectifiesFromStepSix) {
  // ρ∞ = 2/(1−0.999) − 1 = 1999; ρₜ = ρ∞ − 2t·0.999ᵗ/(1 − 0.999ᵗ): ρ₁ = 1, ρ₅ ≈ 4.997, ρ₆ ≈ 5.993
  auto rho = [](double t) { return 1999 - 2 * t * std::pow(0.999, t) / (1 - std::pow(0.999, t)); };
  Optimizer opt = make("radam");
  Vec2 p(1, 1);
  for (int k = 1; k <= 6; ++k) {
    p = stepWith(opt, p, 1, -2);  // a constant gradient: m̂ = g exactly in exact arithmetic
    const auto t = byName(opt.stepTerms());
    LV_EXPECT_ENTRY_NEAR(t, "rho_inf", 1999, 0.0, kRel);
    LV_EXPECT_ENTRY_NEAR(t, "rho_t", rho(k), 0.0, 1e-11);
    LV_EXPECT_ENTRY_NEAR(t, "bias_corrected_exp_avg", 1, -2, kRel);
    EXPECT_EQ(t.count("rect"), k == 6 ? 1u : 0u) << k;
    if (k < 6) continue;
    // r = √((ρ−4)(ρ−2)ρ∞ / ((ρ∞−4)(ρ∞−2)ρ)); v₆ = (1 − β2⁶)·g², adaptive_lr = √(1−β2⁶)/(√v₆ + eps)
    const double r = rho(6), bc2 = 1 - std::pow(0.999, 6);
    LV_EXPECT_ENTRY_NEAR(t, "rect", std::sqrt((r - 4) * (r - 2) * 1999 / (1995.0 * 1997 * r)), 0.0, 1e-11);
    LV_EXPECT_ENTRY_NEAR(t, "adaptive_lr", std::sqrt(bc2) / (std::sqrt(bc2) * 1 + 1e-8),
                         std::sqrt(bc2) / (std::sqrt(bc2) * 2 + 1e-8), 1e-11);
  }
}

TEST(StepTerms, LionSignsTheInterpolationNotTheGradient) {
  // step 1: c = 0.1·g₁ = (0.2, 0.6); decay 1 − 0.1·0.5
  Optimizer opt = make("lion", {{"lr", 0.1}, {"weight_decay", 0.5}});
  const Vec2 p = stepQuadratic(opt, Vec2(1, 1));
  auto t = byName(opt.stepTerms());
  LV_EXPECT_ENTRY_NEAR(t, kDecoupledDecayTerm, 0.95, 0.0, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "c", 0.2, 0.6, kRel);
  LV_EXPECT_ENTRY(t, "sign(c)", 1, 1);
  // step 2 with g₂ = (−0.1, −1): m₁ = 0.01·g₁ = (0.02, 0.06), c = 0.9·m₁ + 0.1·g₂ = (0.008, −0.046)
  stepWith(opt, p, -0.1, -1);
  t = byName(opt.stepTerms());
  LV_EXPECT_ENTRY_NEAR(t, "c", 0.008, -0.046, 1e-11);
  LV_EXPECT_ENTRY(t, "sign(c)", 1, -1);
}

TEST(StepTerms, NewtonSolve) {
  // f = x² + 3y²: λ = (2, 6), d = g/(λ + δ) per axis
  Optimizer newton = make("newton");
  newton.step(Vec2(1, 1), Vec2(2, 6), Mat2(Vec2(2, 6).asDiagonal()));
  auto t = byName(newton.stepTerms());
  LV_EXPECT_ENTRY_NEAR(t, "lambda", 2, 6, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "|lambda|+damping", 2.001, 6.001, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "d", 2 / 2.001, 6 / 6.001, kRel);
  // saddle f = x² − 2y² at (1, 1): g = (2, −4), λ ascending (−4, 2); |λ| turns the y step downhill
  Optimizer saddle = make("newton");
  saddle.step(Vec2(1, 1), Vec2(2, -4), Mat2(Vec2(2, -4).asDiagonal()));
  t = byName(saddle.stepTerms());
  LV_EXPECT_ENTRY_NEAR(t, "lambda", -4, 2, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "|lambda|+damping", 4.001, 2.001, kRel);
  LV_EXPECT_ENTRY_NEAR(t, "d", 2 / 2.001, -4 / 4.001, kRel);
  // a non-finite Hessian: gradient descent, said so
  Mat2 broken = Mat2::Identity();
  broken(0, 1) = std::nan("");
  saddle.step(Vec2(1, 1), Vec2(2, -4), broken);
  t = byName(saddle.stepTerms());
  EXPECT_EQ(t.count("lambda"), 0u);
  LV_EXPECT_ENTRY(t, "gradient_fallback", 1, 0.0);
  LV_EXPECT_ENTRY(t, "d", 2, -4);
}

}  // namespace
}  // namespace lv::optim
