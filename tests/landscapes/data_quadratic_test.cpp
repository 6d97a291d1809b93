// The closed form of quadratic finite sums: which per-sample losses qualify (a degree count over the
// tape), and that the closed form gives the mean of the rows written out by hand, far from and near
// the fit, with the exact gradient and Hessian; the GLSL switch between closed form and row loop.
#include "landscapes/data_quadratic.h"
#include "landscapes/finite_sum.h"

#include <gtest/gtest.h>

#include <cmath>
#include <memory>
#include <string>
#include <vector>

namespace lv::landscapes {
namespace {

const std::vector<std::string> kColumns = {"u", "t"};

Formula parsed(const std::string& text) {
  ParseError error;
  auto formula = Formula::parse(text, kColumns, &error);
  EXPECT_TRUE(formula) << text << ": " << error.describe();
  return *formula;
}

// Three points: (u, t) = (-1, 0), (0, 1), (2, 4).
std::shared_ptr<const DataTable> threePoints() {
  return std::make_shared<const DataTable>(DataTable{kColumns, {-1, 0, 0, 1, 2, 4}});
}

TEST(DataQuadratic, DegreeCountAcceptsPolynomialsOfDegreeTwoInXAndYOnly) {
  const auto data = threePoints();
  const char* quadratic[] = {"(x*u + y - t)^2", "x*y*exp(u)", "(x - t)^2/(1 + u^2)", "sin(u)*x + t",
                             "-(y*t)^2 + 3"};
  const char* other[] = {
      "softplus(x*u + y) - t*(x*u + y)", "x^3", "x*y*x", "x/y", "abs(x - t)", "x^0.5", "exp(x)", "(x*u)^2*y"};
  for (const char* text : quadratic) EXPECT_TRUE(FiniteSum(parsed(text), data).quadratic()) << text;
  for (const char* text : other) EXPECT_FALSE(FiniteSum(parsed(text), data).quadratic()) << text;
}

TEST(DataQuadratic, ClosedFormIsTheMeanOfTheRowsWrittenOut) {
  const FiniteSum sum(parsed("(x*u + y - t)^2"), threePoints());
  ASSERT_TRUE(sum.quadratic());
  // Residuals r_i = x·u_i + y − t_i; f = mean r², ∂f/∂x = mean 2 r u, ∂f/∂y = mean 2 r,
  // Hessian = mean 2 [u² u; u 1] = (2/3) [5 1; 1 3].
  for (const Eigen::Vector2d& p :
       {Eigen::Vector2d(0.3, -0.7), Eigen::Vector2d(250, -1e3), Eigen::Vector2d(1.5, 1.2)}) {
    const double r0 = -p.x() + p.y(), r1 = p.y() - 1, r2 = 2 * p.x() + p.y() - 4;
    const double f = (r0 * r0 + r1 * r1 + r2 * r2) / 3;
    const Eigen::Vector2d g(2 * (-r0 + 2 * r2) / 3, 2 * (r0 + r1 + r2) / 3);
    Eigen::Vector2d gradient;
    EXPECT_NEAR(sum.valueAndGradient(p, gradient), f, 1e-13 * std::max(1.0, f)) << p.transpose();
    EXPECT_NEAR(sum.value(p), f, 1e-13 * std::max(1.0, f));
    EXPECT_NEAR(gradient.x(), g.x(), 1e-13 * std::max(1.0, g.norm()));
    EXPECT_NEAR(gradient.y(), g.y(), 1e-13 * std::max(1.0, g.norm()));
    const Derivatives d = sum.derivatives(p);
    EXPECT_NEAR(d.hessian(0, 0), 10.0 / 3, 1e-14);
    EXPECT_NEAR(d.hessian(0, 1), 2.0 / 3, 1e-14);
    EXPECT_NEAR(d.hessian(1, 1), 2.0, 1e-14);
  }
}

TEST(DataQuadratic, CentreIsTheLeastSquaresFitWhereTheLossIsSmall) {
  const FiniteSum sum(parsed("(x*u + y - t)^2"), threePoints());
  ASSERT_TRUE(sum.quadratic());
  // Normal equations (1/3)[5 1; 1 3] w = (1/3)[8; 5]: w = (19/14, 17/14).
  EXPECT_NEAR(sum.quadratic()->center.x(), 19.0 / 14, 1e-14);
  EXPECT_NEAR(sum.quadratic()->center.y(), 17.0 / 14, 1e-14);
  const double r0 = -19.0 / 14 + 17.0 / 14, r1 = 17.0 / 14 - 1, r2 = 38.0 / 14 + 17.0 / 14 - 4;
  EXPECT_NEAR(sum.value({19.0 / 14, 17.0 / 14}), (r0 * r0 + r1 * r1 + r2 * r2) / 3, 1e-16);
}

TEST(DataQuadratic, GlslUsesTheClosedFormOnlyWhenTheCallerSaysAllRowsAreBound) {
  const std::string quadratic = FiniteSum(parsed("(x*u + y - t)^2"), threePoints()).glsl();
  EXPECT_NE(quadratic.find("uniform int u_allRows;"), std::string::npos);
  EXPECT_NE(quadratic.find("if (u_allRows == 1)"), std::string::npos);
  EXPECT_NE(quadratic.find("for (int row = 0; row < u_rows; ++row)"), std::string::npos);
  const std::string other = FiniteSum(parsed("softplus(x*u + y) - t*(x*u + y)"), threePoints()).glsl();
  EXPECT_EQ(other.find("u_allRows"), std::string::npos);
}

}  // namespace
}  // namespace lv::landscapes
