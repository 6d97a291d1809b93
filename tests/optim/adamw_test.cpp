// AdamW against hand-computed steps with gradients g₁ = (1, −2), g₂ = (3, 0.5) from (1, 1).
#include "tests/optim/test_util.h"

#include <cmath>

namespace lv::optim {
namespace {

using test::make;
using test::stepWith;

TEST(AdamW, DecaysTheParameterThenTakesAnAdamStep) {
  Optimizer opt = make("adamw", {{"lr", 0.1}});  // weight_decay 0.01 → factor 1 − 0.1·0.01 = 0.999
  // step 1: p = 0.999·p − lr·g/(|g| + eps)   (Adam step 1, see adam_test.cpp)
  const double x1 = 0.999 - 0.1 / (1 + 1e-8), y1 = 0.999 + 0.2 / (2 + 1e-8);
  Vec2 p = stepWith(opt, Vec2(1, 1), 1, -2);
  LV_EXPECT_POINT(p, x1, y1);
  // step 2: p = 0.999·p − (0.1/0.19)·m/(√v/√0.001999 + eps), m = (0.39, −0.13), v = (0.009999, 0.004246)
  const double x2 = 0.999 * x1 - (0.1 / 0.19) * 0.39 / (std::sqrt(0.009999) / std::sqrt(0.001999) + 1e-8);
  const double y2 = 0.999 * y1 + (0.1 / 0.19) * 0.13 / (std::sqrt(0.004246) / std::sqrt(0.001999) + 1e-8);
  LV_EXPECT_POINT(stepWith(opt, p, 3, 0.5), x2, y2);
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
