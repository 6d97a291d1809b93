// SGD, momentum and nesterov against hand-computed steps on f = x² + 3y² (∇f = (2x, 6y)) from (1, 1).
#include "tests/optim/test_util.h"

namespace lv::optim {
namespace {

using test::expectQuadraticPath;
using test::make;
using test::stepQuadratic;

TEST(Sgd, PlainStepsAreMinusLrTimesGradient) {
  Optimizer opt = make("sgd", {{"lr", 0.1}});
  // step 1: g = (2, 6), p = (1 − 0.2, 1 − 0.6)
  // step 2: g = (1.6, 2.4), p = (0.8 − 0.16, 0.4 − 0.24)
  expectQuadraticPath(opt, {{0.8, 0.4}, {0.64, 0.16}});
}

TEST(Sgd, DefaultLearningRateIsOneHundredth) {
  Optimizer opt = make("sgd");
  // g = (2, 6), p = (1 − 0.02, 1 − 0.06)
  LV_EXPECT_POINT(stepQuadratic(opt, Vec2(1, 1)), 0.98, 0.94);
}

TEST(Sgd, WeightDecayIsAddedToTheGradient) {
  Optimizer opt = make("sgd", {{"lr", 0.1}, {"weight_decay", 0.5}});
  // g = (2, 6) + 0.5·(1, 1) = (2.5, 6.5), p = (1 − 0.25, 1 − 0.65)
  LV_EXPECT_POINT(stepQuadratic(opt, Vec2(1, 1)), 0.75, 0.35);
}

TEST(Momentum, BufferStartsAtTheFirstGradient) {
  Optimizer opt = make("momentum", {{"lr", 0.1}});
  // step 1: b = g = (2, 6) (torch: no zero start, no dampening), p = (0.8, 0.4)
  // step 2: g = (1.6, 2.4), b = 0.9·(2, 6) + g = (3.4, 7.8), p = (0.8 − 0.34, 0.4 − 0.78)
  // step 3: g = (0.92, −2.28), b = 0.9·(3.4, 7.8) + g = (3.98, 4.74), p = (0.46 − 0.398, −0.38 − 0.474)
  expectQuadraticPath(opt, {{0.8, 0.4}, {0.46, -0.38}, {0.062, -0.854}});
}

TEST(Momentum, DampeningSkipsTheFirstStep) {
  Optimizer opt = make("momentum", {{"lr", 0.1}, {"dampening", 0.5}});
  // step 1: b = g = (2, 6) undamped, p = (0.8, 0.4)
  // step 2: g = (1.6, 2.4), b = 0.9·(2, 6) + 0.5·g = (2.6, 6.6), p = (0.8 − 0.26, 0.4 − 0.66)
  expectQuadraticPath(opt, {{0.8, 0.4}, {0.54, -0.26}});
}

TEST(Nesterov, LooksAheadWithTheBuffer) {
  Optimizer opt = make("nesterov", {{"lr", 0.1}});
  // step 1: b = g = (2, 6); d = g + 0.9·b = (3.8, 11.4); p = (1 − 0.38, 1 − 1.14)
  // step 2: g = (1.24, −0.84); b = 0.9·(2, 6) + g = (3.04, 4.56);
  //         d = g + 0.9·b = (3.976, 3.264); p = (0.62 − 0.3976, −0.14 − 0.3264)
  expectQuadraticPath(opt, {{0.62, -0.14}, {0.2224, -0.4664}});
}

TEST(Nesterov, WithoutMomentumIsPlainSgd) {
  Optimizer opt = make("nesterov", {{"lr", 0.1}, {"momentum", 0}});
  expectQuadraticPath(opt, {{0.8, 0.4}, {0.64, 0.16}});
}

TEST(Momentum, SwitchedOnMidRunStartsItsBufferThen) {
  Optimizer opt = make("sgd", {{"lr", 0.1}});
  Vec2 p = stepQuadratic(opt, Vec2(1, 1));  // (0.8, 0.4), no buffer
  ASSERT_TRUE(opt.set("momentum", 0.9));
  // step 2: first step with momentum: b = g = (1.6, 2.4), p = (0.64, 0.16)
  p = stepQuadratic(opt, p);
  LV_EXPECT_POINT(p, 0.64, 0.16);
  // step 3: g = (1.28, 0.96), b = 0.9·(1.6, 2.4) + g = (2.72, 3.12), p = (0.64 − 0.272, 0.16 − 0.312)
  p = stepQuadratic(opt, p);
  LV_EXPECT_POINT(p, 0.368, -0.152);
}

}  // namespace
}  // namespace lv::optim
