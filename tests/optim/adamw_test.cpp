// AdamW against hand-computed steps with gradients g₁ = (1, −2), g₂ = (3, 0.5) from (1, 1).
#include "tests/optim/adam_by_hand.h"
#include "tests/optim/test_util.h"

#include <cmath>

namespace lv::optim {
namespace {

using test::make;
using test::stepWith;

TEST(AdamW, DecaysTheParameterThenTakesAnAdamStep) {
  Optimizer opt = make("adamw", {{"lr", 0.1}});  // weight_decay 0.01 → factor 1 − 0.1·0.01 = 0.999
  // each step: p = 0.999·p − Adam's update (adam_by_hand.h)
  const Vec2 p1 = 0.999 * Vec2(1, 1) - test::adamUpdate1(0.1);
  const Vec2 p2 = 0.999 * p1 - test::adamUpdate2(0.1);
  test::expectTwoSteps(opt, p1, p2);
}

TEST(AdamW, DecayIsNotInTheMoments) {
  // With a zero gradient the Adam part is 0/(0 + eps) = 0: only the decay moves the point.
  Optimizer opt = make("adamw", {{"lr", 0.5}, {"weight_decay", 0.5}});
  LV_EXPECT_POINT(stepWith(opt, Vec2(2, -4), 0, 0), 1.5, -3.0);  // factor 1 − 0.25
}

TEST(AdamW, AmsgradAndBiasCorrectionOptions) {
  Optimizer opt = make("adamw", {{"lr", 0.1}, {"weight_decay", 0}, {"bias_correction", 0}, {"amsgrad", 1}});
  // uncorrected step 1: m = (0.1, −0.2), v = v̂ = (0.001, 0.004)
  LV_EXPECT_POINT(stepWith(opt, Vec2(1, 1), 1, -2), 1 - 0.01 / (std::sqrt(0.001) + 1e-8),
                  1 + 0.02 / (std::sqrt(0.004) + 1e-8));
}

TEST(AdamW, BetasAndEps) {
  Optimizer opt = make("adamw", {{"lr", 0.1}, {"beta1", 0.5}, {"beta2", 0.75}, {"eps", 0.1}});
  // p ← p·(1 − 0.1·0.01) = 0.999; m = 0.5·g, v = 0.25·g²; m̂ = m/0.5 = g, √v/√0.25 = |g|
  // p ← 0.999 − 0.1·g/(|g| + 0.1)
  LV_EXPECT_POINT(stepWith(opt, Vec2(1, 1), 1, -2), 0.999 - 0.1 * 1 / 1.1, 0.999 + 0.1 * 2 / 2.1);
}

}  // namespace
}  // namespace lv::optim
