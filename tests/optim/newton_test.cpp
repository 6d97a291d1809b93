// Newton: exact on quadratics, damped, saddle-free on indefinite Hessians, finite on singular ones.
#include "tests/optim/test_util.h"

#include <limits>

namespace lv::optim {
namespace {

using test::make;

TEST(Newton, ConvergesInOneStepOnAQuadraticAsDampingVanishes) {
  Optimizer opt = make("newton", {{"damping", 1e-8}});
  EXPECT_TRUE(opt.needsHessian());
  // f = x² + 3y², H = diag(2, 6): p − (H + δI)⁻¹∇f = δ/(λ + δ)·p ≈ 0
  const Vec2 p = opt.step(Vec2(1, 1), Vec2(2, 6), Mat2(Eigen::Vector2d(2, 6).asDiagonal()));
  EXPECT_NEAR(p.x(), 0.0, 1e-8);
  EXPECT_NEAR(p.y(), 0.0, 1e-8);
}

TEST(Newton, DampedStepOnACoupledQuadratic) {
  Optimizer opt = make("newton", {{"damping", 0.5}, {"lr", 0.5}});
  Mat2 h;
  h << 2, 1, 1, 2;
  // H + 0.5·I = [[2.5, 1], [1, 2.5]], det 5.25, inverse [[2.5, −1], [−1, 2.5]]/5.25; g = (1, 0)
  // d = (2.5, −1)/5.25; p = (1, 1) − 0.5·d
  LV_EXPECT_POINT(opt.step(Vec2(1, 1), Vec2(1, 0), h), 1 - 0.5 * 2.5 / 5.25, 1 + 0.5 * 1 / 5.25);
}

TEST(Newton, SaddleUsesAbsoluteEigenvalues) {
  Optimizer opt = make("newton");  // damping 1e-3
  // f = x² − 2y² at (1, 1): g = (2, −4), H = diag(2, −4)
  // d = (2/(2 + δ), −4/(4 + δ)): x heads to 0, y moves away from the saddle
  const Vec2 p = opt.step(Vec2(1, 1), Vec2(2, -4), Mat2(Eigen::Vector2d(2, -4).asDiagonal()));
  LV_EXPECT_POINT(p, 1 - 2 / 2.001, 1 + 4 / 4.001);
  EXPECT_GT(p.y(), 1.0);
}

TEST(Newton, SingularHessianStaysFinite) {
  Optimizer opt = make("newton");  // damping 1e-3
  Mat2 h;
  h << 1, 1, 1, 1;  // eigenvalues 0 (along (1, −1)) and 2 (along (1, 1))
  // g = (1, −1) lies in the null space: d = g/(0 + δ) = (1000, −1000)
  const Vec2 p = opt.step(Vec2(0, 0), Vec2(1, -1), h);
  ASSERT_TRUE(p.allFinite());
  EXPECT_NEAR(p.x(), -1000.0, 1e-9);
  EXPECT_NEAR(p.y(), 1000.0, 1e-9);
  // the zero Hessian gives a gradient step scaled by 1/δ
  const Vec2 q = opt.step(Vec2(0, 0), Vec2(1e-3, 2e-3), Mat2::Zero());
  EXPECT_NEAR(q.x(), -1.0, 1e-12);
  EXPECT_NEAR(q.y(), -2.0, 1e-12);
}

TEST(Newton, NonFiniteHessianFallsBackToAGradientStep) {
  Optimizer opt = make("newton", {{"lr", 0.1}});
  Mat2 h;
  h << std::numeric_limits<double>::quiet_NaN(), 0, 0, 1;
  LV_EXPECT_POINT(opt.step(Vec2(1, 1), Vec2(2, 6), h), 0.8, 0.4);
}

}  // namespace
}  // namespace lv::optim
