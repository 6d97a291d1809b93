// RMSprop against hand-computed steps with the gradient sequence g₁ = (1, −2), g₂ = (3, 0.5) from (1, 1).
#include "tests/optim/test_util.h"

#include <cmath>

namespace lv::optim {
namespace {

using test::make;
using test::stepWith;

TEST(Rmsprop, FirstTwoSteps) {
  Optimizer opt = make("rmsprop");  // lr 0.01, α 0.99, eps 1e-8
  // step 1: v = 0.01·g² = (0.01, 0.04); a = √v + eps = (0.1 + 1e-8, 0.2 + 1e-8)
  const double x1 = 1 - 0.01 * 1 / (0.1 + 1e-8), y1 = 1 + 0.01 * 2 / (0.2 + 1e-8);
  Vec2 p = stepWith(opt, Vec2(1, 1), 1, -2);
  LV_EXPECT_POINT(p, x1, y1);
  // step 2: v = 0.99·v + 0.01·(9, 0.25) = (0.0999, 0.0421)
  LV_EXPECT_POINT(stepWith(opt, p, 3, 0.5), x1 - 0.01 * 3 / (std::sqrt(0.0999) + 1e-8),
                  y1 - 0.01 * 0.5 / (std::sqrt(0.0421) + 1e-8));
}

TEST(Rmsprop, CenteredSubtractsTheSquaredMeanGradient) {
  Optimizer opt = make("rmsprop", {{"centered", 1}});
  // step 1: v = (0.01, 0.04); ḡ = 0.01·g = (0.01, −0.02); a = √(v − ḡ²) + eps = (√0.0099, √0.0396) + eps
  const double x1 = 1 - 0.01 / (std::sqrt(0.0099) + 1e-8), y1 = 1 + 0.02 / (std::sqrt(0.0396) + 1e-8);
  Vec2 p = stepWith(opt, Vec2(1, 1), 1, -2);
  LV_EXPECT_POINT(p, x1, y1);
  // step 2: v = (0.0999, 0.0421); ḡ = 0.99·ḡ + 0.01·g = (0.0099 + 0.03, −0.0198 + 0.005) = (0.0399, −0.0148)
  const double ax = std::sqrt(0.0999 - 0.0399 * 0.0399) + 1e-8;
  const double ay = std::sqrt(0.0421 - 0.0148 * 0.0148) + 1e-8;
  LV_EXPECT_POINT(stepWith(opt, p, 3, 0.5), x1 - 0.03 / ax, y1 - 0.005 / ay);
}

TEST(Rmsprop, MomentumAccumulatesScaledGradients) {
  Optimizer opt = make("rmsprop", {{"momentum", 0.5}});
  // step 1: b = 0 + g/a = (1/(0.1 + 1e-8), −2/(0.2 + 1e-8)); p = p − 0.01·b
  const double bx1 = 1 / (0.1 + 1e-8), by1 = -2 / (0.2 + 1e-8);
  const double x1 = 1 - 0.01 * bx1, y1 = 1 - 0.01 * by1;
  Vec2 p = stepWith(opt, Vec2(1, 1), 1, -2);
  LV_EXPECT_POINT(p, x1, y1);
  // step 2: b = 0.5·b + g/a with a = √(0.0999, 0.0421) + eps
  const double bx2 = 0.5 * bx1 + 3 / (std::sqrt(0.0999) + 1e-8);
  const double by2 = 0.5 * by1 + 0.5 / (std::sqrt(0.0421) + 1e-8);
  LV_EXPECT_POINT(stepWith(opt, p, 3, 0.5), x1 - 0.01 * bx2, y1 - 0.01 * by2);
}

TEST(Rmsprop, WeightDecayAndAlpha) {
  Optimizer opt = make("rmsprop", {{"weight_decay", 0.5}, {"alpha", 0.75}});
  // g = (1, −2) + 0.5·(1, 1) = (1.5, −1.5); v = 0.25·g² = 0.5625 → √v = 0.75
  LV_EXPECT_POINT(stepWith(opt, Vec2(1, 1), 1, -2), 1 - 0.015 / (0.75 + 1e-8), 1 + 0.015 / (0.75 + 1e-8));
}

TEST(Rmsprop, LearningRateAndEps) {
  Optimizer opt = make("rmsprop", {{"lr", 0.1}, {"eps", 0.5}});
  // v = 0.01·g² = (0.01, 0.04); a = √v + eps = (0.1 + 0.5, 0.2 + 0.5); p = p − 0.1·g/a
  LV_EXPECT_POINT(stepWith(opt, Vec2(1, 1), 1, -2), 1 - 0.1 * 1 / 0.6, 1 + 0.1 * 2 / 0.7);
}

}  // namespace
}  // namespace lv::optim
