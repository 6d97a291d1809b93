// NAdam against hand-computed steps with gradients g₁ = (1, −2), g₂ = (3, 0.5) from (1, 1).
#include "tests/optim/test_util.h"

#include <cmath>

namespace lv::optim {
namespace {

using test::expectTwoSteps;
using test::make;
using test::stepWith;

// μₜ = β1·(1 − ½·0.96^(t·ψ)) with β1 = 0.9.
double mu(double t, double psi) { return 0.9 * (1 - 0.5 * std::pow(0.96, t * psi)); }

// The first bias-corrected step at lr 0.1 and defaults β1 = 0.9, β2 = 0.999, eps = 1e-8, along one
// coordinate p with (decayed) gradient g: Π₁ = μ₁, Π₂ = μ₁μ₂, m = 0.1·g, v = 0.001·g²,
// d = √(v/0.001) + eps = |g| + eps, and (1−μ₁)/(1−Π₁) = 1, so p − 0.1·g/d − 0.1·μ₂/(1−μ₁μ₂)·m/d.
double firstStep(double p, double g, double psi) {
  const double c2 = 0.1 * mu(2, psi) / (1 - mu(1, psi) * mu(2, psi));
  const double d = std::abs(g) + 1e-8;
  return p - 0.1 * g / d - c2 * (0.1 * g) / d;
}

TEST(Nadam, FirstTwoStepsTrackTheMomentumProduct) {
  Optimizer opt = make("nadam", {{"lr", 0.1}});  // ψ = 0.004
  const double mu1 = mu(1, 0.004), mu2 = mu(2, 0.004), mu3 = mu(3, 0.004);
  const double x1 = firstStep(1, 1, 0.004), y1 = firstStep(1, -2, 0.004);
  // step 2: Π₂ = μ₁μ₂, Π₃ = μ₁μ₂μ₃; m = (0.39, −0.13); v = (0.009999, 0.004246); 1−β2² = 0.001999
  const double pi2 = mu1 * mu2, pi3 = mu1 * mu2 * mu3;
  const double gradCoef = 0.1 * (1 - mu2) / (1 - pi2), momCoef = 0.1 * mu3 / (1 - pi3);
  const double dx = std::sqrt(0.009999 / 0.001999) + 1e-8, dy = std::sqrt(0.004246 / 0.001999) + 1e-8;
  expectTwoSteps(
      opt, {x1, y1},
      {x1 - gradCoef * 3 / dx - momCoef * 0.39 / dx, y1 - gradCoef * 0.5 / dy + momCoef * 0.13 / dy});
}

TEST(Nadam, MomentumDecayShapesTheSchedule) {
  Optimizer opt = make("nadam", {{"lr", 0.1}, {"momentum_decay", 0.1}});
  LV_EXPECT_POINT(stepWith(opt, Vec2(1, 1), 1, -2), firstStep(1, 1, 0.1), firstStep(1, -2, 0.1));
}

TEST(Nadam, WithoutBiasCorrection) {
  Optimizer opt = make("nadam", {{"lr", 0.1}, {"bias_correction", 0}});
  const double mu1 = mu(1, 0.004), mu2 = mu(2, 0.004);
  // p = p − 0.1·(1−μ₁)·g/(√v + eps) − 0.1·μ₂·m/(√v + eps), m = (0.1, −0.2), v = (0.001, 0.004)
  const double dx = std::sqrt(0.001) + 1e-8, dy = std::sqrt(0.004) + 1e-8;
  LV_EXPECT_POINT(stepWith(opt, Vec2(1, 1), 1, -2), 1 - 0.1 * (1 - mu1) * 1 / dx - 0.1 * mu2 * 0.1 / dx,
                  1 + 0.1 * (1 - mu1) * 2 / dy + 0.1 * mu2 * 0.2 / dy);
}

TEST(Nadam, WeightDecay) {
  Optimizer opt = make("nadam", {{"lr", 0.1}, {"weight_decay", 0.5}});
  // g = (1, −2) + 0.5·(1, 1) = (1.5, −1.5)
  LV_EXPECT_POINT(stepWith(opt, Vec2(1, 1), 1, -2), firstStep(1, 1.5, 0.004), firstStep(1, -1.5, 0.004));
}

TEST(Nadam, BetasAndEps) {
  Optimizer opt = make("nadam", {{"lr", 0.1}, {"beta1", 0.5}, {"beta2", 0.75}, {"eps", 0.1}});
  // μ₁ = 0.5·(1 − 0.5·0.96^0.004), μ₂ = 0.5·(1 − 0.5·0.96^0.008); m = 0.5·g, v = 0.25·g²;
  // denom = √(v/(1 − 0.75)) + eps = |g| + 0.1;
  // p ← p − 0.1·(1 − μ₁)/(1 − μ₁)·g/denom − 0.1·μ₂/(1 − μ₁μ₂)·m/denom
  const double mu1 = 0.5 * (1 - 0.5 * std::pow(0.96, 0.004)), mu2 = 0.5 * (1 - 0.5 * std::pow(0.96, 0.008));
  const double momentum = 0.1 * mu2 / (1 - mu1 * mu2);
  LV_EXPECT_POINT(stepWith(opt, Vec2(1, 1), 1, -2), 1 - 0.1 * 1 / 1.1 - momentum * 0.5 / 1.1,
                  1 + 0.1 * 2 / 2.1 + momentum * 1.0 / 2.1);
}

}  // namespace
}  // namespace lv::optim
