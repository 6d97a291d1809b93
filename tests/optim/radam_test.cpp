// RAdam against hand-computed steps. With β2 = 0.9: ρ∞ = 2/0.1 − 1 = 19 and
// ρₜ = 19 − 2t·0.9ᵗ/(1 − 0.9ᵗ) ≈ 1, 1.95, 2.86, 3.74, 4.58, 5.39 for t = 1…6, so steps 1–5 take the
// un-rectified branch and step 6 the rectified one.
#include "tests/optim/test_util.h"

#include <cmath>

namespace lv::optim {
namespace {

using test::make;
using test::stepWith;

double rho(double t) { return 19 - 2 * t * std::pow(0.9, t) / (1 - std::pow(0.9, t)); }

TEST(Radam, SwitchesToTheRectifiedStepWhenRhoExceedsFive) {
  ASSERT_LE(rho(5), 5.0);
  ASSERT_GT(rho(6), 5.0);
  Optimizer opt = make("radam", {{"lr", 0.1}, {"beta2", 0.9}});
  // constant g = (1, −2): m/(1−β1ᵗ) = g, so each un-rectified step is p − 0.1·g
  Vec2 p(1, 1);
  for (int t = 1; t <= 5; ++t) {
    p = stepWith(opt, p, 1, -2);
    LV_EXPECT_POINT(p, 1 - 0.1 * t, 1 + 0.2 * t);
  }
  // step 6: r = √((ρ−4)(ρ−2)·19 / (15·17·ρ)); v = (1−0.9⁶)·g²;
  //         p = p − g·0.1·√(1−0.9⁶)/(√v + eps)·r
  const double r6 = rho(6);
  const double rect = std::sqrt((r6 - 4) * (r6 - 2) * 19 / (15.0 * 17.0 * r6));
  const double bc2 = 1 - std::pow(0.9, 6);
  const double ax = std::sqrt(bc2) / (std::sqrt(bc2 * 1) + 1e-8);
  const double ay = std::sqrt(bc2) / (std::sqrt(bc2 * 4) + 1e-8);
  LV_EXPECT_POINT(stepWith(opt, p, 1, -2), 0.5 - 0.1 * ax * rect, 2.0 + 2 * 0.1 * ay * rect);
}

TEST(Radam, DefaultFirstStepIsBiasCorrectedMomentum) {
  Optimizer opt = make("radam", {{"lr", 0.1}});
  // ρ₁ = 1999 − 2·0.999/0.001 = 1 ≤ 5: p = p − lr·m/(1−β1) = p − 0.1·g
  Vec2 p = stepWith(opt, Vec2(1, 1), 1, -2);
  LV_EXPECT_POINT(p, 0.9, 1.2);
  // step 2 (ρ₂ ≈ 2): m = (0.39, −0.13), 1−β1² = 0.19
  LV_EXPECT_POINT(stepWith(opt, p, 3, 0.5), 0.9 - 0.1 * 0.39 / 0.19, 1.2 + 0.1 * 0.13 / 0.19);
}

TEST(Radam, WithoutBiasCorrectionUsesTheRawMomentum) {
  Optimizer opt = make("radam", {{"lr", 0.1}, {"bias_correction", 0}});
  // p = p − 0.1·m, m = 0.1·g
  LV_EXPECT_POINT(stepWith(opt, Vec2(1, 1), 1, -2), 0.99, 1.02);
}

TEST(Radam, WeightDecay) {
  Optimizer opt = make("radam", {{"lr", 0.1}, {"weight_decay", 0.5}});
  // g = (1.5, −1.5): p = p − 0.1·g
  LV_EXPECT_POINT(stepWith(opt, Vec2(1, 1), 1, -2), 0.85, 1.15);
}

TEST(Radam, Beta1WeighsTheMomentumBeforeRectification) {
  Optimizer opt = make("radam", {{"beta1", 0.5}});
  // ρ₁, ρ₂ < 5 (β2 = 0.999): p ← p − lr·m̂. Step 1: m = 0.5·g₁, m̂ = g₁.
  Vec2 p = stepWith(opt, Vec2(1, 1), 1, -2);
  LV_EXPECT_POINT(p, 1 - 1e-3, 1 + 2e-3);
  // Step 2: m = 0.5·(0.5, −1) + 0.5·(3, 0.5) = (1.75, −0.25); m̂ = m/(1 − 0.25)
  LV_EXPECT_POINT(stepWith(opt, p, 3, 0.5), 1 - 1e-3 - 1e-3 * 1.75 / 0.75, 1 + 2e-3 + 1e-3 * 0.25 / 0.75);
}

TEST(Radam, EpsEntersTheRectifiedStep) {
  Optimizer opt = make("radam", {{"lr", 0.01}, {"beta2", 0.9}, {"eps", 0.5}});
  // Constant g = (1, −2): m̂ = g and √v = √(1 − 0.9ᵗ)·|g|. ρ∞ = 2/(1 − 0.9) − 1 = 19 and
  // ρₜ = 19 − 2t·0.9ᵗ/(1 − 0.9ᵗ): ρ₅ ≈ 4.58 (steps 1–5 are p ← p − lr·g), ρ₆ ≈ 5.39 > 5, so step 6 is
  // p ← p − lr·g·rect₆·√(1 − 0.9⁶)/(√(1 − 0.9⁶)·|g| + eps), rect = √((ρ−4)(ρ−2)ρ∞/((ρ∞−4)(ρ∞−2)ρ)).
  Vec2 p(1, 1);
  for (int t = 1; t <= 6; ++t) p = stepWith(opt, p, 1, -2);
  const double power = std::pow(0.9, 6), rho = 19 - 12 * power / (1 - power);
  const double rect = std::sqrt((rho - 4) * (rho - 2) * 19 / (15.0 * 17.0 * rho));
  const double root = std::sqrt(1 - power);
  LV_EXPECT_POINT(p, 1 - 0.05 - 0.01 * rect * root / (root + 0.5),
                  1 + 0.1 + 0.02 * rect * root / (2 * root + 0.5));
}

}  // namespace
}  // namespace lv::optim
