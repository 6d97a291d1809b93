// Catalog: every landscape against an independent hand-written C++ definition, derivatives
// against finite differences, and the listed minima (value, zero gradient, positive curvature).
#include "landscapes/catalog.h"

#include <gtest/gtest.h>

#include <Eigen/Eigenvalues>

#include <cmath>
#include <functional>
#include <map>
#include <string>

namespace lv::landscapes {
namespace {

using Reference = std::function<double(double, double)>;
constexpr double kPi = 3.14159265358979323846;

// The published definitions, typed independently of the catalog's formula strings.
const std::map<std::string, Reference>& references() {
  static const std::map<std::string, Reference> table = {
      {"rosenbrock", [](double x, double y) { return (1 - x) * (1 - x) + 100 * (y - x * x) * (y - x * x); }},
      {"beale",
       [](double x, double y) {
         const double a = 1.5 - x + x * y, b = 2.25 - x + x * y * y, c = 2.625 - x + x * y * y * y;
         return a * a + b * b + c * c;
       }},
      {"himmelblau",
       [](double x, double y) {
         const double a = x * x + y - 11, b = x + y * y - 7;
         return a * a + b * b;
       }},
      {"booth",
       [](double x, double y) {
         const double a = x + 2 * y - 7, b = 2 * x + y - 5;
         return a * a + b * b;
       }},
      {"matyas", [](double x, double y) { return 0.26 * (x * x + y * y) - 0.48 * x * y; }},
      {"three_hump_camel",
       [](double x, double y) {
         return 2 * x * x - 1.05 * std::pow(x, 4) + std::pow(x, 6) / 6 + x * y + y * y;
       }},
      {"six_hump_camel",
       [](double x, double y) {
         return (4 - 2.1 * x * x + std::pow(x, 4) / 3) * x * x + x * y + (-4 + 4 * y * y) * y * y;
       }},
      {"rastrigin",
       [](double x, double y) {
         return 20 + x * x - 10 * std::cos(2 * kPi * x) + y * y - 10 * std::cos(2 * kPi * y);
       }},
      {"ackley",
       [](double x, double y) {
         return -20 * std::exp(-0.2 * std::sqrt(0.5 * (x * x + y * y))) -
                std::exp(0.5 * (std::cos(2 * kPi * x) + std::cos(2 * kPi * y))) + std::exp(1.0) + 20;
       }},
      {"goldstein_price",
       [](double x, double y) {
         const double a =
             1 + std::pow(x + y + 1, 2) * (19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y);
         const double b =
             30 + std::pow(2 * x - 3 * y, 2) * (18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y);
         return a * b;
       }},
      {"styblinski_tang",
       [](double x, double y) {
         return 0.5 * (std::pow(x, 4) - 16 * x * x + 5 * x + std::pow(y, 4) - 16 * y * y + 5 * y);
       }},
      {"saddle", [](double x, double y) { return x * x - y * y; }},
      {"monkey_saddle", [](double x, double y) { return x * x * x - 3 * x * y * y; }},
      {"ravine", [](double x, double y) { return 0.5 * (x * x + 50 * y * y); }},
  };
  return table;
}

Formula formulaOf(const CatalogEntry& entry) {
  ParseError error;
  auto formula = Formula::parse(entry.formula, &error);
  EXPECT_TRUE(formula) << entry.name << ": " << error.describe();
  return *formula;
}

// 25 deterministic points spread over the view, off its centre lines.
std::vector<Eigen::Vector2d> samplePoints(const Rect& view) {
  std::vector<Eigen::Vector2d> points;
  for (int i = 0; i < 5; ++i)
    for (int j = 0; j < 5; ++j)
      points.emplace_back(view.xmin + (i + 0.37) / 5 * (view.xmax - view.xmin),
                          view.ymin + (j + 0.61) / 5 * (view.ymax - view.ymin));
  return points;
}

TEST(Catalog, NamesAreExactlyTheReferenceSet) {
  EXPECT_EQ(catalog().size(), references().size());
  for (const CatalogEntry& entry : catalog()) {
    EXPECT_TRUE(references().count(entry.name)) << entry.name;
    EXPECT_EQ(findCatalogEntry(entry.name), &entry);
    EXPECT_LT(entry.view.xmin, entry.view.xmax);
    EXPECT_LT(entry.view.ymin, entry.view.ymax);
    EXPECT_FALSE(entry.description.empty());
    EXPECT_EQ(entry.minima.empty(), !entry.minimumValue.has_value()) << entry.name;
  }
  EXPECT_EQ(findCatalogEntry("nope"), nullptr);
}

TEST(Catalog, ValuesMatchTheReferenceDefinitions) {
  for (const CatalogEntry& entry : catalog()) {
    const Formula formula = formulaOf(entry);
    const Reference& reference = references().at(entry.name);
    for (const Eigen::Vector2d& p : samplePoints(entry.view)) {
      const double expected = reference(p.x(), p.y());
      EXPECT_NEAR(formula.value(p), expected, 1e-12 * std::max(1.0, std::fabs(expected)))
          << entry.name << " at " << p.transpose();
    }
  }
}

TEST(Catalog, GradientMatchesFiniteDifferencesOfTheReference) {
  for (const CatalogEntry& entry : catalog()) {
    const Formula formula = formulaOf(entry);
    const Reference& f = references().at(entry.name);
    for (const Eigen::Vector2d& p : samplePoints(entry.view)) {
      Eigen::Vector2d gradient;
      const double value = formula.valueAndGradient(p, gradient);
      // Fourth-order central differences: truncation O(h⁴), rounding ~ eps·|f|/h.
      const double h = 1e-3;
      auto diff = [&](double dx, double dy) {
        return (-f(p.x() + 2 * dx, p.y() + 2 * dy) + 8 * f(p.x() + dx, p.y() + dy) -
                8 * f(p.x() - dx, p.y() - dy) + f(p.x() - 2 * dx, p.y() - 2 * dy)) /
               (12 * h);
      };
      const Eigen::Vector2d numeric(diff(h, 0), diff(0, h));
      const double tolerance = 1e-6 * (1 + gradient.lpNorm<Eigen::Infinity>() + 1e-3 * std::fabs(value));
      EXPECT_NEAR(gradient.x(), numeric.x(), tolerance) << entry.name << " at " << p.transpose();
      EXPECT_NEAR(gradient.y(), numeric.y(), tolerance) << entry.name << " at " << p.transpose();
    }
  }
}

TEST(Catalog, HessianMatchesFiniteDifferencesOfTheExactGradient) {
  for (const CatalogEntry& entry : catalog()) {
    const Formula formula = formulaOf(entry);
    for (const Eigen::Vector2d& p : samplePoints(entry.view)) {
      const Derivatives d = formula.derivatives(p);
      Eigen::Vector2d gradient;
      EXPECT_EQ(formula.valueAndGradient(p, gradient), d.value);
      EXPECT_EQ(formula.value(p), d.value);
      EXPECT_NEAR((gradient - d.gradient).lpNorm<Eigen::Infinity>(), 0, 1e-12 * (1 + gradient.norm()));
      const double h = 1e-5;
      Eigen::Matrix2d numeric;
      for (int k = 0; k < 2; ++k) {
        Eigen::Vector2d step = Eigen::Vector2d::Zero(), plus, minus;
        step[k] = h;
        formula.valueAndGradient(p + step, plus);
        formula.valueAndGradient(p - step, minus);
        numeric.col(k) = (plus - minus) / (2 * h);
      }
      EXPECT_NEAR((d.hessian - d.hessian.transpose()).norm(), 0, 1e-12 * (1 + d.hessian.norm()));
      const double tolerance = 1e-5 * (1 + d.hessian.lpNorm<Eigen::Infinity>() + 1e-3 * std::fabs(d.value));
      for (int i = 0; i < 2; ++i)
        for (int j = 0; j < 2; ++j)
          EXPECT_NEAR(d.hessian(i, j), numeric(i, j), tolerance)
              << entry.name << " H" << i << j << " at " << p.transpose();
    }
  }
}

TEST(Catalog, KnownMinima) {
  for (const CatalogEntry& entry : catalog()) {
    if (entry.minima.empty()) continue;
    const Formula formula = formulaOf(entry);
    const Reference& reference = references().at(entry.name);
    const double fmin = *entry.minimumValue;
    for (const Eigen::Vector2d& m : entry.minima) {
      SCOPED_TRACE(entry.name + " minimum at " + std::to_string(m.x()) + ", " + std::to_string(m.y()));
      EXPECT_NEAR(reference(m.x(), m.y()), fmin, 1e-12 * std::max(1.0, std::fabs(fmin)));
      EXPECT_NEAR(formula.value(m), fmin, 1e-12 * std::max(1.0, std::fabs(fmin)));
      Eigen::Vector2d gradient;
      formula.valueAndGradient(m, gradient);
      EXPECT_LT(gradient.norm(), 1e-6);
      if (entry.name == "ackley") continue;  // a cone tip: no Hessian there (tested below)
      const Eigen::Vector2d curvature =
          Eigen::SelfAdjointEigenSolver<Eigen::Matrix2d>(formula.derivatives(m).hessian).eigenvalues();
      EXPECT_GT(curvature.minCoeff(), 0);
    }
    // Global: no sample point in the view goes below the minimum.
    for (const Eigen::Vector2d& p : samplePoints(entry.view))
      EXPECT_GE(reference(p.x(), p.y()), fmin - 1e-12);
  }
}

TEST(Catalog, AckleyAtItsNonDifferentiableMinimum) {
  // The minimum of Ackley is the tip of a cone (sqrt at 0): the value is exact, the gradient is the
  // subgradient 0 by the engine's inf·0 = 0 convention (never NaN), and just off the tip the
  // gradient points away from the minimum with the cone's slope 20·0.2·sqrt(0.5) ≈ 2.83.
  const Formula ackley = formulaOf(*findCatalogEntry("ackley"));
  Eigen::Vector2d gradient;
  EXPECT_NEAR(ackley.valueAndGradient({0, 0}, gradient), 0, 1e-14);
  EXPECT_EQ(gradient, Eigen::Vector2d::Zero());
  const Derivatives d = ackley.derivatives({0, 0});
  EXPECT_EQ(d.gradient, Eigen::Vector2d::Zero());
  EXPECT_FALSE(d.hessian.array().isNaN().any());
  const Eigen::Vector2d direction(0.6, 0.8);
  ackley.valueAndGradient(1e-8 * direction, gradient);
  EXPECT_NEAR(gradient.dot(direction), 4 * std::sqrt(0.5), 1e-6);
  EXPECT_NEAR(gradient.normalized().dot(direction), 1, 1e-9);
}

TEST(Catalog, ResolveLandscape) {
  ParseError error;
  const auto rosenbrock = resolveLandscape("rosenbrock", &error);
  ASSERT_TRUE(rosenbrock);
  EXPECT_TRUE(rosenbrock->isCatalog);
  EXPECT_EQ(rosenbrock->name, "rosenbrock");
  EXPECT_EQ(rosenbrock->minima.size(), 1u);
  EXPECT_EQ(rosenbrock->formula.value({1, 1}), 0);

  const auto custom = resolveLandscape("x^2 + 3*y^2", &error);
  ASSERT_TRUE(custom);
  EXPECT_FALSE(custom->isCatalog);
  EXPECT_EQ(custom->name, "x^2 + 3*y^2");
  EXPECT_EQ(custom->view.xmin, -3);
  EXPECT_EQ(custom->view.ymax, 3);
  EXPECT_TRUE(custom->minima.empty());
  EXPECT_FALSE(custom->minimumValue);
  EXPECT_EQ(custom->formula.value({1, 1}), 4);

  EXPECT_FALSE(resolveLandscape("rosenbrok", &error));
  EXPECT_EQ(error.column, 1);
  EXPECT_NE(error.message.find("unknown name 'rosenbrok'"), std::string::npos);
  EXPECT_FALSE(resolveLandscape("x +", nullptr));
}

}  // namespace
}  // namespace lv::landscapes
