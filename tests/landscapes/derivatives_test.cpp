// Exact derivatives of every operation against hand-derived formulas (never finite differences).
#include "landscapes/formula.h"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <string>

namespace lv::landscapes {
namespace {

Formula parsed(const std::string& text) {
  ParseError error;
  auto formula = Formula::parse(text, &error);
  EXPECT_TRUE(formula) << error.describe();
  return *formula;
}

// Checks value(), valueAndGradient() and derivatives() against the expected numbers.
void expectDerivatives(const std::string& text, Eigen::Vector2d p, double f, Eigen::Vector2d g,
                       Eigen::Matrix2d h, double tolerance = 1e-13) {
  SCOPED_TRACE(text + " at (" + std::to_string(p.x()) + ", " + std::to_string(p.y()) + ")");
  const Formula formula = parsed(text);
  const double scale = 1 + std::fabs(f) + g.lpNorm<Eigen::Infinity>() + h.lpNorm<Eigen::Infinity>();
  EXPECT_NEAR(formula.value(p), f, tolerance * scale);
  Eigen::Vector2d gradient;
  EXPECT_NEAR(formula.valueAndGradient(p, gradient), f, tolerance * scale);
  EXPECT_NEAR(gradient.x(), g.x(), tolerance * scale);
  EXPECT_NEAR(gradient.y(), g.y(), tolerance * scale);
  const Derivatives d = formula.derivatives(p);
  EXPECT_NEAR(d.value, f, tolerance * scale);
  EXPECT_NEAR(d.gradient.x(), g.x(), tolerance * scale);
  EXPECT_NEAR(d.gradient.y(), g.y(), tolerance * scale);
  for (int i = 0; i < 2; ++i)
    for (int j = 0; j < 2; ++j) EXPECT_NEAR(d.hessian(i, j), h(i, j), tolerance * scale) << i << j;
}

Eigen::Matrix2d matrix(double xx, double xy, double yy) {
  Eigen::Matrix2d m;
  m << xx, xy, xy, yy;
  return m;
}

struct UnaryCase {
  const char* name;
  std::function<double(double)> g, g1, g2;  // g, g', g'' written out by hand
  double u;                                 // where to test (inside the domain)
};

// Each function applied to u = 0.3x + 0.2y: ∇ = g'(u)·w and H = g''(u)·w·wᵀ with w = (0.3, 0.2).
TEST(Derivatives, EveryUnaryFunction) {
  const UnaryCase cases[] = {
      {"sin", [](double u) { return std::sin(u); }, [](double u) { return std::cos(u); },
       [](double u) { return -std::sin(u); }, 0.8},
      {"cos", [](double u) { return std::cos(u); }, [](double u) { return -std::sin(u); },
       [](double u) { return -std::cos(u); }, 0.8},
      {"tan", [](double u) { return std::tan(u); }, [](double u) { return 1 / (std::cos(u) * std::cos(u)); },
       [](double u) { return 2 * std::sin(u) / std::pow(std::cos(u), 3); }, 0.6},
      {"exp", [](double u) { return std::exp(u); }, [](double u) { return std::exp(u); },
       [](double u) { return std::exp(u); }, -0.4},
      {"log", [](double u) { return std::log(u); }, [](double u) { return 1 / u; },
       [](double u) { return -1 / (u * u); }, 0.7},
      {"sqrt", [](double u) { return std::sqrt(u); }, [](double u) { return 0.5 / std::sqrt(u); },
       [](double u) { return -0.25 * std::pow(u, -1.5); }, 0.7},
      {"abs", [](double u) { return std::fabs(u); }, [](double u) { return u > 0 ? 1.0 : -1.0; },
       [](double) { return 0.0; }, -0.7},
      {"tanh", [](double u) { return std::tanh(u); },
       [](double u) { return 1 - std::tanh(u) * std::tanh(u); },
       [](double u) { return -2 * std::tanh(u) * (1 - std::tanh(u) * std::tanh(u)); }, 0.9},
      {"sinh", [](double u) { return std::sinh(u); }, [](double u) { return std::cosh(u); },
       [](double u) { return std::sinh(u); }, 0.9},
      {"cosh", [](double u) { return std::cosh(u); }, [](double u) { return std::sinh(u); },
       [](double u) { return std::cosh(u); }, -0.9},
      {"atan", [](double u) { return std::atan(u); }, [](double u) { return 1 / (1 + u * u); },
       [](double u) { return -2 * u / ((1 + u * u) * (1 + u * u)); }, 1.3},
      {"asin", [](double u) { return std::asin(u); }, [](double u) { return 1 / std::sqrt(1 - u * u); },
       [](double u) { return u * std::pow(1 - u * u, -1.5); }, 0.45},
      {"acos", [](double u) { return std::acos(u); }, [](double u) { return -1 / std::sqrt(1 - u * u); },
       [](double u) { return -u * std::pow(1 - u * u, -1.5); }, -0.45},
      // softplus = log(1 + e^u), softplus' = σ(u) = 1/(1 + e^−u), softplus'' = σ(u)(1 − σ(u)).
      {"softplus", [](double u) { return std::log(1 + std::exp(u)); },
       [](double u) { return 1 / (1 + std::exp(-u)); },
       [](double u) { return std::exp(-u) / ((1 + std::exp(-u)) * (1 + std::exp(-u))); }, -0.8},
  };
  const Eigen::Vector2d w(0.3, 0.2);
  for (const UnaryCase& c : cases) {
    // Choose (x, y) with 0.3x + 0.2y = u.
    const Eigen::Vector2d p(c.u / 0.3 - 0.4, 0.6);
    const double u = 0.3 * p.x() + 0.2 * p.y();
    expectDerivatives(std::string(c.name) + "(0.3*x + 0.2*y)", p, c.g(u), c.g1(u) * w,
                      c.g2(u) * w * w.transpose(), 1e-12);
  }
}

// At large |u| the naive log(1 + e^u) overflows (u = 800) or rounds to 0 (u = −40); softplus is
// exact there. Values: log(1 + e^u) = max(u, 0) + log(1 + e^−|u|), e^−40 = 4.248354255291589e-18.
TEST(Derivatives, SoftplusAtLargeMargins) {
  struct Case {
    double u, f, d1, d2;
  };
  const double e40 = 4.248354255291589e-18;
  const Case cases[] = {
      {0.3, 0.8543552444685272, 0.574442516811659, 0.2444583116907459},
      {-0.3, 0.5543552444685271, 0.425557483188341, 0.2444583116907459},
      {40, 40, 1, e40},
      {-40, e40, e40, e40},
      {700, 700, 1, 9.85967654375977e-305},
      {800, 800, 1, 0},  // e^−800 underflows: no inf, no NaN
      {-800, 0, 0, 0},
  };
  const Formula formula = parsed("softplus(x)");
  for (const Case& c : cases) {
    SCOPED_TRACE(c.u);
    const Derivatives d = formula.derivatives({c.u, 0});
    EXPECT_NEAR(d.value, c.f, 1e-12 * std::fabs(c.f));
    EXPECT_NEAR(d.gradient.x(), c.d1, 1e-12 * std::fabs(c.d1));
    EXPECT_NEAR(d.hessian(0, 0), c.d2, 1e-12 * std::fabs(c.d2));
    EXPECT_EQ(d.gradient.y(), 0);
    EXPECT_EQ(formula.value({c.u, 0}), d.value);
  }
  // Binary cross-entropy of σ(z) with label 1 is softplus(−z): finite and exact at any margin.
  EXPECT_NEAR(parsed("softplus(-x*y)").value({-20, 2}), 40, 1e-12 * 40);
}

TEST(Derivatives, ArithmeticAndPowers) {
  const double x = 1.7, y = -0.6;
  expectDerivatives("x*y", {x, y}, x * y, {y, x}, matrix(0, 1, 0));
  expectDerivatives("x/y", {x, y}, x / y, {1 / y, -x / (y * y)},
                    matrix(0, -1 / (y * y), 2 * x / (y * y * y)));
  expectDerivatives("x + 2*y - 3", {x, y}, x + 2 * y - 3, {1, 2}, matrix(0, 0, 0));
  expectDerivatives("-x*y", {x, y}, -x * y, {-y, -x}, matrix(0, -1, 0));
  expectDerivatives("x^3", {-2, 0}, -8, {12, 0}, matrix(-12, 0, 0));
  expectDerivatives("x^-2", {-2, 0}, 0.25, {-2 / -8.0, 0}, matrix(6 / 16.0, 0, 0));
  expectDerivatives("y^16", {0, -1.1}, std::pow(1.1, 16), {0, -16 * std::pow(1.1, 15)},
                    matrix(0, 0, 240 * std::pow(1.1, 14)));
  expectDerivatives("x^2.5", {x, y}, std::pow(x, 2.5), {2.5 * std::pow(x, 1.5), 0},
                    matrix(3.75 * std::pow(x, 0.5), 0, 0));
  // General power a^b with both variable: ∂x = y·x^(y−1), ∂y = x^y·ln x.
  const double px = 1.7, py = 1.3, l = std::log(px), v = std::pow(px, py);
  expectDerivatives(
      "x^y", {px, py}, v, {py * std::pow(px, py - 1), v * l},
      matrix(py * (py - 1) * std::pow(px, py - 2), std::pow(px, py - 1) * (1 + py * l), v * l * l), 1e-12);
  expectDerivatives("(x*y)^2", {x, y}, x * x * y * y, {2 * x * y * y, 2 * x * x * y},
                    matrix(2 * y * y, 4 * x * y, 2 * x * x));
}

TEST(Derivatives, BranchingFunctions) {
  expectDerivatives("min(x, y)", {1, 2}, 1, {1, 0}, matrix(0, 0, 0));
  expectDerivatives("min(x, y)", {3, 2}, 2, {0, 1}, matrix(0, 0, 0));
  expectDerivatives("max(x, y)", {1, 2}, 2, {0, 1}, matrix(0, 0, 0));
  expectDerivatives("max(x^2, y)", {3, 2}, 9, {6, 0}, matrix(2, 0, 0));
  expectDerivatives("abs(x)", {-2, 0}, 2, {-1, 0}, matrix(0, 0, 0));
  expectDerivatives("abs(x*y)", {3, 2}, 6, {2, 3}, matrix(0, 1, 0));
}

TEST(Derivatives, Atan2) {
  const double x = -0.8, y = 1.9, r2 = x * x + y * y;
  expectDerivatives("atan2(y, x)", {x, y}, std::atan2(y, x), {-y / r2, x / r2},
                    matrix(2 * x * y / (r2 * r2), (y * y - x * x) / (r2 * r2), -2 * x * y / (r2 * r2)));
}

TEST(Derivatives, Composition) {
  // sin(x·y): ∇ = cos(xy)·(y, x); H = −sin(xy)·(y, x)(y, x)ᵀ + cos(xy)·[[0, 1], [1, 0]].
  const double x = 0.9, y = -1.4, s = std::sin(x * y), c = std::cos(x * y);
  expectDerivatives("sin(x*y)", {x, y}, s, {c * y, c * x}, matrix(-s * y * y, c - s * x * y, -s * x * x));
  // exp(-(x^2+y^2)): ∇ = −2·(x, y)·f; H = (4·p pᵀ − 2·I)·f.
  const double f = std::exp(-(x * x + y * y));
  expectDerivatives("exp(-(x^2+y^2))", {x, y}, f, {-2 * x * f, -2 * y * f},
                    matrix((4 * x * x - 2) * f, 4 * x * y * f, (4 * y * y - 2) * f));
}

TEST(Derivatives, ConeTipHasZeroGradientNotNaN) {
  // sqrt(x^2+y^2) is not differentiable at the origin; the engine's convention (inf·0 = 0, see
  // autodiff.h) reports the subgradient 0 there, and infinite curvature on the diagonal.
  const Formula cone = parsed("sqrt(x^2+y^2)");
  Eigen::Vector2d g;
  EXPECT_EQ(cone.valueAndGradient({0, 0}, g), 0);
  EXPECT_EQ(g, Eigen::Vector2d::Zero());
  const Derivatives d = cone.derivatives({0, 0});
  EXPECT_EQ(d.gradient, Eigen::Vector2d::Zero());
  EXPECT_FALSE(std::isnan(d.hessian(0, 1)));
  EXPECT_TRUE(std::isinf(d.hessian(0, 0)));
  // Just off the tip, the gradient is the unit radial direction.
  cone.valueAndGradient({3e-9, -4e-9}, g);
  EXPECT_NEAR(g.x(), 0.6, 1e-12);
  EXPECT_NEAR(g.y(), -0.8, 1e-12);
}

TEST(Derivatives, OutsideTheDomainIsNonFiniteNotAnError) {
  Eigen::Vector2d g;
  EXPECT_TRUE(std::isnan(parsed("log(x)").valueAndGradient({-1, 0}, g)));
  EXPECT_TRUE(std::isinf(parsed("1/x").value({0, 0})));
}

}  // namespace
}  // namespace lv::landscapes
