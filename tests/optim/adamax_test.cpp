// Adamax against hand-computed steps with gradients g₁ = (1, −2), g₂ = (3, 0.5) from (1, 1).
#include "tests/optim/adam_by_hand.h"
#include "tests/optim/test_util.h"

namespace lv::optim {
namespace {

using test::expectTwoSteps;
using test::make;
using test::stepWith;

TEST(Adamax, FirstTwoSteps) {
  Optimizer opt = make("adamax", {{"lr", 0.1}});
  // step 1: m = 0.1·g = (0.1, −0.2); u = max(0, |g| + eps) = (1 + 1e-8, 2 + 1e-8); clr = 0.1/0.1 = 1:
  // the update 1·m/u is lr·g/(|g| + eps), Adam's first (adam_by_hand.h)
  const Vec2 p1 = Vec2(1, 1) - test::adamUpdate1(0.1);
  // step 2: m = (0.39, −0.13); clr = 0.1/0.19
  //   u_x = max(0.999·(1 + 1e-8), 3 + 1e-8) = 3 + 1e-8           (new gradient wins)
  //   u_y = max(0.999·(2 + 1e-8), 0.5 + 1e-8) = 0.999·(2 + 1e-8)  (decayed maximum kept)
  expectTwoSteps(
      opt, p1,
      {p1.x() - (0.1 / 0.19) * 0.39 / (3 + 1e-8), p1.y() + (0.1 / 0.19) * 0.13 / (0.999 * (2 + 1e-8))});
}

TEST(Adamax, WithoutBiasCorrection) {
  Optimizer opt = make("adamax", {{"lr", 0.1}, {"bias_correction", 0}});
  // clr = lr: p = p − 0.1·(0.1, −0.2)/(|g| + eps)
  LV_EXPECT_POINT(stepWith(opt, Vec2(1, 1), 1, -2), 1 - 0.01 / (1 + 1e-8), 1 + 0.02 / (2 + 1e-8));
}

TEST(Adamax, WeightDecayBetasAndEps) {
  Optimizer opt = make("adamax", {{"lr", 0.1}, {"weight_decay", 0.5}, {"beta1", 0.5}, {"eps", 0.5}});
  // g = (1.5, −1.5); m = 0.5·g; u = |g| + 0.5 = 2; clr = 0.1/0.5 = 0.2; p = p − 0.2·0.75/2
  LV_EXPECT_POINT(stepWith(opt, Vec2(1, 1), 1, -2), 1 - 0.2 * 0.75 / 2, 1 + 0.2 * 0.75 / 2);
}

TEST(Adamax, Beta2DecaysTheInfinityNorm) {
  Optimizer opt = make("adamax", {{"lr", 0.1}, {"beta2", 0.5}, {"eps", 1e-12}});
  Vec2 p = stepWith(opt, Vec2(1, 1), 4, 4);  // u = 4 + 1e-12, m = 0.4, clr = 1
  const double x1 = 1 - 0.4 / (4 + 1e-12);
  LV_EXPECT_POINT(p, x1, x1);
  // step 2 with g = 1: u = max(0.5·(4 + 1e-12), 1 + 1e-12) = 2 + 0.5e-12; m = 0.36 + 0.1 = 0.46
  const double x2 = x1 - (0.1 / 0.19) * 0.46 / (0.5 * (4 + 1e-12));
  LV_EXPECT_POINT(stepWith(opt, p, 1, 1), x2, x2);
}

}  // namespace
}  // namespace lv::optim
