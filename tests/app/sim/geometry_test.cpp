// Local geometry from the exact Hessian, on quadratics whose eigenvalues are known by hand.
#include "app/sim/geometry.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lv::sim {
namespace {

landscapes::Formula formula(const char* text) { return *landscapes::Formula::parse(text); }

TEST(Geometry, AxisAlignedQuadraticHasItsCurvaturesAsEigenvalues) {
  // f = x^2 + 5 y^2: H = diag(2, 10) everywhere; 2/λ_max = 0.2.
  const auto g = localGeometry(formula("x^2 + 5*y^2"), optim::Vec2(0.3, -1.0));
  ASSERT_TRUE(g);
  EXPECT_NEAR(g->minEigenvalue, 2.0, 1e-12);
  EXPECT_NEAR(g->maxEigenvalue, 10.0, 1e-12);
  EXPECT_NEAR(std::abs(g->minAxis.x()), 1.0, 1e-12);
  EXPECT_NEAR(std::abs(g->maxAxis.y()), 1.0, 1e-12);
  ASSERT_TRUE(g->maxStableLr);
  EXPECT_NEAR(*g->maxStableLr, 0.2, 1e-15);
}

TEST(Geometry, RotatedQuadraticHasEigenvectorsOnTheDiagonals) {
  // f = x^2 + x y + y^2: H = [[2, 1], [1, 2]], eigenvalues 1 along (1, -1)/√2 and 3 along (1, 1)/√2.
  const auto g = localGeometry(formula("x^2 + x*y + y^2"), optim::Vec2(1.0, 2.0));
  ASSERT_TRUE(g);
  EXPECT_NEAR(g->minEigenvalue, 1.0, 1e-12);
  EXPECT_NEAR(g->maxEigenvalue, 3.0, 1e-12);
  EXPECT_NEAR(std::abs(g->maxAxis.x()), std::sqrt(0.5), 1e-12);
  EXPECT_NEAR(g->maxAxis.x() * g->maxAxis.y(), 0.5, 1e-12);
  EXPECT_NEAR(g->minAxis.x() * g->minAxis.y(), -0.5, 1e-12);
  EXPECT_NEAR(*g->maxStableLr, 2.0 / 3.0, 1e-15);
}

TEST(Geometry, NoStableLrBoundWhereNothingCurvesUp) {
  // f = -x^2 - y^2: H = -2 I; λ_max = -2 ≤ 0: no bound. A saddle x^2 - y^2 has one: 2/2 = 1.
  const auto concave = localGeometry(formula("-x^2 - y^2"), optim::Vec2(0.0, 0.0));
  ASSERT_TRUE(concave);
  EXPECT_NEAR(concave->maxEigenvalue, -2.0, 1e-12);
  EXPECT_FALSE(concave->maxStableLr);
  const auto saddle = localGeometry(formula("x^2 - y^2"), optim::Vec2(0.0, 0.0));
  ASSERT_TRUE(saddle);
  EXPECT_NEAR(saddle->minEigenvalue, -2.0, 1e-12);
  EXPECT_NEAR(*saddle->maxStableLr, 1.0, 1e-15);
}

TEST(Geometry, NonFiniteHessianGivesNothing) {
  EXPECT_FALSE(geometryOfHessian(optim::Mat2::Constant(std::nan(""))));
  EXPECT_FALSE(localGeometry(formula("x^2"), optim::Vec2(std::nan(""), 0.0)));
}

}  // namespace
}  // namespace lv::sim
