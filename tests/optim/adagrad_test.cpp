// Adagrad against hand-computed steps on f = x² + 3y² (∇f = (2x, 6y)) from (1, 1).
#include "tests/optim/test_util.h"

#include <cmath>

namespace lv::optim {
namespace {

using test::make;
using test::stepQuadratic;

TEST(Adagrad, FirstTwoSteps) {
  Optimizer opt = make("adagrad", {{"lr", 0.1}});
  // step 1: g = (2, 6); s = (4, 36); p = 1 − 0.1·g/(√s + 1e-10)
  const double x1 = 1 - 0.1 * 2 / (2 + 1e-10);
  const double y1 = 1 - 0.1 * 6 / (6 + 1e-10);
  Vec2 p = stepQuadratic(opt, Vec2(1, 1));
  LV_EXPECT_POINT(p, x1, y1);
  // step 2: g = (2·x1, 6·y1); s = (4 + gx², 36 + gy²); p = p − 0.1·g/(√s + 1e-10)
  const double gx = 2 * x1, gy = 6 * y1;
  const double x2 = x1 - 0.1 * gx / (std::sqrt(4 + gx * gx) + 1e-10);
  const double y2 = y1 - 0.1 * gy / (std::sqrt(36 + gy * gy) + 1e-10);
  LV_EXPECT_POINT(stepQuadratic(opt, p), x2, y2);
}

TEST(Adagrad, LrDecayShrinksTheSecondStep) {
  Optimizer opt = make("adagrad", {{"lr", 0.1}, {"lr_decay", 0.5}, {"eps", 0.25}});
  // step 1: clr = 0.1/(1 + 0·0.5) = 0.1; p = (1 − 0.2/2.25, 1 − 0.6/6.25)
  const double x1 = 1 - 0.2 / 2.25, y1 = 1 - 0.6 / 6.25;
  Vec2 p = stepQuadratic(opt, Vec2(1, 1));
  LV_EXPECT_POINT(p, x1, y1);
  // step 2: clr = 0.1/(1 + 1·0.5) = 0.1/1.5
  const double gx = 2 * x1, gy = 6 * y1;
  const double x2 = x1 - (0.1 / 1.5) * gx / (std::sqrt(4 + gx * gx) + 0.25);
  const double y2 = y1 - (0.1 / 1.5) * gy / (std::sqrt(36 + gy * gy) + 0.25);
  LV_EXPECT_POINT(stepQuadratic(opt, p), x2, y2);
}

TEST(Adagrad, InitialAccumulatorIsReadAtTheFirstStep) {
  Optimizer opt = make("adagrad", {{"lr", 0.1}, {"initial_accumulator_value", 1}});
  // s = 1 + g² = (5, 37)
  LV_EXPECT_POINT(stepQuadratic(opt, Vec2(1, 1)), 1 - 0.2 / (std::sqrt(5.0) + 1e-10),
                  1 - 0.6 / (std::sqrt(37.0) + 1e-10));
  // changed after a reset: the new value is used (state = {} then lazy fill)
  opt.reset();
  ASSERT_TRUE(opt.set("initial_accumulator_value", 3));
  LV_EXPECT_POINT(stepQuadratic(opt, Vec2(1, 1)), 1 - 0.2 / (std::sqrt(7.0) + 1e-10),
                  1 - 0.6 / (std::sqrt(39.0) + 1e-10));
}

TEST(Adagrad, WeightDecay) {
  Optimizer opt = make("adagrad", {{"lr", 0.1}, {"weight_decay", 0.5}});
  // g = (2.5, 6.5), s = g², p = 1 − 0.1·g/(|g| + 1e-10)
  LV_EXPECT_POINT(stepQuadratic(opt, Vec2(1, 1)), 1 - 0.25 / (2.5 + 1e-10), 1 - 0.65 / (6.5 + 1e-10));
}

}  // namespace
}  // namespace lv::optim
