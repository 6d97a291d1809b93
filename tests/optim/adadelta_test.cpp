// Adadelta against hand-computed steps with the gradient sequence g₁ = (1, −2), g₂ = (3, 0.5) from (1, 1).
#include "tests/optim/test_util.h"

#include <cmath>

namespace lv::optim {
namespace {

using test::make;
using test::stepWith;

TEST(Adadelta, FirstTwoSteps) {
  Optimizer opt = make("adadelta");  // lr 1, ρ 0.9, eps 1e-6
  // step 1: v = 0.1·g² = (0.1, 0.4); Δ = √(0 + 1e-6)/√(v + 1e-6)·g; u = 0.1·Δ²; p = p − Δ
  const double dx1 = 1e-3 / std::sqrt(0.1 + 1e-6) * 1, dy1 = 1e-3 / std::sqrt(0.4 + 1e-6) * -2;
  const double ux1 = 0.1 * dx1 * dx1, uy1 = 0.1 * dy1 * dy1;
  Vec2 p = stepWith(opt, Vec2(1, 1), 1, -2);
  LV_EXPECT_POINT(p, 1 - dx1, 1 - dy1);
  // step 2: v = 0.9·v + 0.1·(9, 0.25) = (0.99, 0.385); Δ = √(u + 1e-6)/√(v + 1e-6)·g
  const double dx2 = std::sqrt(ux1 + 1e-6) / std::sqrt(0.99 + 1e-6) * 3;
  const double dy2 = std::sqrt(uy1 + 1e-6) / std::sqrt(0.385 + 1e-6) * 0.5;
  LV_EXPECT_POINT(stepWith(opt, p, 3, 0.5), 1 - dx1 - dx2, 1 - dy1 - dy2);
}

TEST(Adadelta, LearningRateRhoAndWeightDecay) {
  Optimizer opt = make("adadelta", {{"lr", 0.5}, {"rho", 0.5}, {"weight_decay", 1}, {"eps", 0.01}});
  // g = (1, −2) + (1, 1) = (2, −1); v = 0.5·g² = (2, 0.5); Δ = √0.01/√(v + 0.01)·g; p = p − 0.5·Δ
  const double dx = 0.1 / std::sqrt(2.01) * 2, dy = 0.1 / std::sqrt(0.51) * -1;
  LV_EXPECT_POINT(stepWith(opt, Vec2(1, 1), 1, -2), 1 - 0.5 * dx, 1 - 0.5 * dy);
}

}  // namespace
}  // namespace lv::optim
