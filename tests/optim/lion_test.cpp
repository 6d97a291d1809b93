// Lion against hand-computed steps from (1, 1).
#include "tests/optim/test_util.h"

namespace lv::optim {
namespace {

using test::make;
using test::stepWith;

TEST(Lion, StepsBySignOfTheInterpolatedMomentum) {
  Optimizer opt = make("lion", {{"lr", 0.1}});  // β1 0.9, β2 0.99
  // step 1: c = 0.1·(1, −2) → sign (1, −1); p = (0.9, 1.1); m = 0.01·g = (0.01, −0.02)
  Vec2 p = stepWith(opt, Vec2(1, 1), 1, -2);
  LV_EXPECT_POINT(p, 0.9, 1.1);
  // step 2, g = (−0.05, 0.1): c = 0.9·m + 0.1·g = (0.009 − 0.005, −0.018 + 0.01) = (0.004, −0.008)
  //   sign (1, −1) although g has the opposite signs; p = (0.8, 1.2)
  //   m = 0.99·m + 0.01·g = (0.0094, −0.0188)
  p = stepWith(opt, p, -0.05, 0.1);
  LV_EXPECT_POINT(p, 0.8, 1.2);
  // step 3, g = (−0.1, 0.2): c = 0.9·(0.0094, −0.0188) + 0.1·g = (0.00846 − 0.01, −0.01692 + 0.02)
  //   = (−0.00154, 0.00308) → sign (−1, 1); p = (0.9, 1.1)
  LV_EXPECT_POINT(stepWith(opt, p, -0.1, 0.2), 0.9, 1.1);
}

TEST(Lion, SignOfZeroIsZero) {
  Optimizer opt = make("lion", {{"lr", 0.1}});
  LV_EXPECT_POINT(stepWith(opt, Vec2(1, -1), 0, 0), 1.0, -1.0);
}

TEST(Lion, DecoupledWeightDecay) {
  Optimizer opt = make("lion", {{"lr", 0.1}, {"weight_decay", 0.5}});
  // p = p·(1 − 0.05) − 0.1·sign(c) = (0.95 − 0.1, 0.95 + 0.1)
  LV_EXPECT_POINT(stepWith(opt, Vec2(1, 1), 1, -2), 0.85, 1.05);
}

TEST(Lion, Beta2ControlsTheMomentumUpdate) {
  Optimizer opt = make("lion", {{"lr", 0.1}, {"beta1", 0.5}, {"beta2", 0.5}});
  // step 1, g = 1: c = 0.5 → +1, p = 0.9; m = 0.5·0 + 0.5·1 = 0.5
  Vec2 p = stepWith(opt, Vec2(1, 1), 1, 1);
  LV_EXPECT_POINT(p, 0.9, 0.9);
  // step 2, g = −0.6: c = 0.25 − 0.3 = −0.05 → −1, p = 1.0; m = 0.25 − 0.3 = −0.05
  p = stepWith(opt, p, -0.6, -0.6);
  LV_EXPECT_POINT(p, 1.0, 1.0);
  // step 3, g = 0.02: c = 0.5·(−0.05) + 0.01 = −0.015 → −1, p = 1.1
  // (with the default β2 = 0.99, m would be 0.0039 and c > 0: β2 decides this step)
  LV_EXPECT_POINT(stepWith(opt, p, 0.02, 0.02), 1.1, 1.1);
}

}  // namespace
}  // namespace lv::optim
