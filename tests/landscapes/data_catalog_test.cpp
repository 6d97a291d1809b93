// The data catalog: entries consistent with their data, closed-form minima checked independently.
#include "landscapes/data_catalog.h"

#include "landscapes/data_columns.h"
#include "landscapes/least_squares.h"

#include <gtest/gtest.h>

#include <cctype>
#include <cmath>
#include <set>

namespace lv::landscapes {
namespace {

// The identifiers of a formula text that are not x, y or a function call.
std::set<std::string> namesIn(const std::string& formula) {
  std::set<std::string> names;
  for (std::size_t i = 0; i < formula.size();) {
    if (!std::isalpha(static_cast<unsigned char>(formula[i])) && formula[i] != '_') {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < formula.size() && (std::isalnum(static_cast<unsigned char>(formula[j])) || formula[j] == '_'))
      ++j;
    const std::string name = formula.substr(i, j - i);
    if (name != "x" && name != "y" && (j >= formula.size() || formula[j] != '(')) names.insert(name);
    i = j;
  }
  return names;
}

TEST(DataCatalog, EntriesAreFoundAndUseOnlyTheirColumns) {
  ASSERT_EQ(dataCatalog().size(), 3u);
  for (const auto& entry : dataCatalog()) {
    EXPECT_EQ(findDataCatalogEntry(entry.name), &entry);
    const DataTable table = generateData(entry, entry.defaults, false);
    EXPECT_EQ(table.rows(), entry.defaults.rows);
    EXPECT_TRUE(findColumn(table, entry.targetColumn)) << entry.name;
    for (const auto& name : namesIn(entry.lossFormula))
      EXPECT_TRUE(findColumn(table, name)) << entry.name << ": " << name;
    EXPECT_LT(entry.view.xmin, entry.view.xmax);
    EXPECT_LT(entry.view.ymin, entry.view.ymax);
  }
  EXPECT_EQ(findDataCatalogEntry("rosenbrock"), nullptr);
}

// ∇ of (1/N) Σ (x·φ₁ + y·φ₂ − t)² is (2/N) Σ r·(φ₁, φ₂) with r the residual, written out here.
Eigen::Vector2d meanSquaredErrorGradient(const DataTable& table, const Eigen::Vector2d& w, int f1, int f2,
                                         int t) {
  Eigen::Vector2d g(0, 0);
  for (std::size_t r = 0; r < table.rows(); ++r) {
    const double* row = table.row(r);
    const double phi1 = f1 < 0 ? 1 : row[f1], phi2 = f2 < 0 ? 1 : row[f2];
    const double residual = w.x() * phi1 + w.y() * phi2 - row[t];
    g += 2 * residual * Eigen::Vector2d(phi1, phi2);
  }
  return g / double(table.rows());
}

TEST(DataCatalog, LinearRegressionMinimumIsTheTextbookFitWithZeroGradient) {
  const auto& entry = *findDataCatalogEntry("linear_regression");
  const DataTable table = generateData(entry, entry.defaults, false);
  const auto minimum = entry.minimum(table);
  ASSERT_TRUE(minimum);
  // Independently: slope = cov(u, t) / var(u), intercept = mean t − slope · mean u.
  double mu = 0, mt = 0;
  for (std::size_t r = 0; r < table.rows(); ++r) mu += table.row(r)[0], mt += table.row(r)[1];
  mu /= double(table.rows()), mt /= double(table.rows());
  double cov = 0, var = 0;
  for (std::size_t r = 0; r < table.rows(); ++r)
    cov += (table.row(r)[0] - mu) * (table.row(r)[1] - mt),
        var += (table.row(r)[0] - mu) * (table.row(r)[0] - mu);
  const double slope = cov / var;
  EXPECT_NEAR(minimum->x(), slope, 1e-12);
  EXPECT_NEAR(minimum->y(), mt - slope * mu, 1e-12);
  EXPECT_LT(meanSquaredErrorGradient(table, *minimum, 0, -1, 1).norm(), 1e-12);
  // Near the generating line (slope 2, intercept −1) and inside the suggested view.
  EXPECT_NEAR(minimum->x(), 2, 0.2);
  EXPECT_NEAR(minimum->y(), -1, 0.2);
}

TEST(DataCatalog, UnscaledFeaturesMinimumHasZeroGradientScaledOrNot) {
  const auto& entry = *findDataCatalogEntry("unscaled_features");
  for (bool standardized : {false, true}) {
    const DataTable table = generateData(entry, entry.defaults, standardized);
    const auto minimum = entry.minimum(table);
    ASSERT_TRUE(minimum);
    // Independently by Cramer's rule on the normal equations.
    double a = 0, b = 0, c = 0, p = 0, q = 0;
    for (std::size_t r = 0; r < table.rows(); ++r) {
      const double u1 = table.row(r)[0], u2 = table.row(r)[1], t = table.row(r)[2];
      a += u1 * u1, b += u1 * u2, c += u2 * u2, p += u1 * t, q += u2 * t;
    }
    const double det = a * c - b * b;
    EXPECT_NEAR(minimum->x(), (p * c - b * q) / det, 1e-12);
    EXPECT_NEAR(minimum->y(), (a * q - b * p) / det, 1e-12);
    EXPECT_LT(meanSquaredErrorGradient(table, *minimum, 0, 1, 2).norm(), 1e-10);
    const Eigen::Vector2d expected = standardized ? Eigen::Vector2d(1, 1) : Eigen::Vector2d(1, 0.1);
    EXPECT_LT((*minimum - expected).norm(), 0.2) << standardized;
    EXPECT_GT(minimum->x(), entry.view.xmin);
    EXPECT_LT(minimum->y(), entry.view.ymax);
  }
}

TEST(DataCatalog, StandardizingMakesTheRavineRound) {
  // The Hessian of the mean squared error is (2/N) Σ φφᵀ: its condition number is the ravine's.
  const auto& entry = *findDataCatalogEntry("unscaled_features");
  for (bool standardized : {false, true}) {
    const DataTable table = generateData(entry, entry.defaults, standardized);
    double a = 0, b = 0, c = 0;
    for (std::size_t r = 0; r < table.rows(); ++r) {
      const double u1 = table.row(r)[0], u2 = table.row(r)[1];
      a += u1 * u1, b += u1 * u2, c += u2 * u2;
    }
    const double mean = (a + c) / 2, radius = std::sqrt((a - c) * (a - c) / 4 + b * b);
    const double condition = (mean + radius) / (mean - radius);
    if (standardized)
      EXPECT_LT(condition, 2);
    else
      EXPECT_GT(condition, 30);
  }
}

TEST(DataCatalog, LogisticRegressionHasNoClosedFormAndLabelsStayRaw) {
  const auto& entry = *findDataCatalogEntry("logistic_regression");
  EXPECT_EQ(entry.minimum, nullptr);
  const DataTable table = generateData(entry, entry.defaults, true);
  for (std::size_t r = 0; r < table.rows(); ++r) EXPECT_TRUE(table.row(r)[1] == 0 || table.row(r)[1] == 1);
}

TEST(DataCatalog, LeastSquaresRejectsCollinearFeaturesAndUnknownColumns) {
  const DataTable table{{"u", "v", "t"}, {1, 2, 1, 2, 4, 2, 3, 6, 3}};
  EXPECT_FALSE(leastSquaresMinimum(table, "u", "v", "t"));  // v = 2u
  EXPECT_TRUE(leastSquaresMinimum(table, "u", "", "t"));
  EXPECT_FALSE(leastSquaresMinimum(table, "u", "", "label"));
  EXPECT_FALSE(findDataCatalogEntry("unscaled_features")->minimum(table));  // no u1, u2 columns
  EXPECT_FALSE(findDataCatalogEntry("linear_regression")->minimum(DataTable{{"u", "t"}, {1, 1, 1, 2}}));
}

}  // namespace
}  // namespace lv::landscapes
