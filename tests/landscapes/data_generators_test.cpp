// The seeded data generators: determinism, shapes, and the structure each one promises.
#include "landscapes/data_generators.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lv::landscapes {
namespace {

using Generator = DataTable (*)(const DataGeneratorParams&);
const Generator kGenerators[] = {generateLinearRegression, generateLogisticRegression,
                                 generateUnscaledFeatures};

TEST(DataGenerators, SameSeedSameTableOtherSeedAnother) {
  for (Generator generate : kGenerators) {
    const DataTable a = generate({50, 0.5, 7}), b = generate({50, 0.5, 7}), c = generate({50, 0.5, 8});
    EXPECT_EQ(a.columns, b.columns);
    EXPECT_EQ(a.values, b.values);
    EXPECT_NE(a.values, c.values);
  }
}

TEST(DataGenerators, ShapesAndColumnNames) {
  EXPECT_EQ(generateLinearRegression({37, 0.5, 1}).columns, (std::vector<std::string>{"u", "t"}));
  EXPECT_EQ(generateLogisticRegression({37, 0.5, 1}).columns, (std::vector<std::string>{"u", "label"}));
  EXPECT_EQ(generateUnscaledFeatures({37, 0.5, 1}).columns, (std::vector<std::string>{"u1", "u2", "t"}));
  for (Generator generate : kGenerators) {
    for (std::size_t rows : {1u, 37u, 1000u}) {
      const DataTable table = generate({rows, 0.5, 1});
      EXPECT_EQ(table.rows(), rows);
      EXPECT_EQ(table.values.size(), rows * table.columns.size());
      for (double v : table.values) EXPECT_TRUE(std::isfinite(v));
    }
  }
}

TEST(DataGenerators, LinearRegressionWithoutNoiseLiesOnTheLine) {
  const DataTable table = generateLinearRegression({200, 0, 3});
  for (std::size_t r = 0; r < table.rows(); ++r) {
    const double u = table.row(r)[0], t = table.row(r)[1];
    EXPECT_GE(u, -2);
    EXPECT_LT(u, 2);
    EXPECT_DOUBLE_EQ(t, 2 * u - 1);
  }
}

TEST(DataGenerators, LogisticRegressionHasTwoOverlappingClasses) {
  const DataTable table = generateLogisticRegression({2000, 1.0, 3});
  double sum[2] = {0, 0}, minOfOne = INFINITY, maxOfZero = -INFINITY;
  int count[2] = {0, 0};
  for (std::size_t r = 0; r < table.rows(); ++r) {
    const double u = table.row(r)[0], label = table.row(r)[1];
    ASSERT_TRUE(label == 0 || label == 1);
    const int k = int(label);
    sum[k] += u, ++count[k];
    if (k == 1) minOfOne = std::min(minOfOne, u);
    if (k == 0) maxOfZero = std::max(maxOfZero, u);
  }
  // Balanced classes (Binomial(2000, ½): sd ≈ 22), means ∓1 (standard error ≈ 0.032), overlapping.
  EXPECT_NEAR(count[1], 1000, 5 * 22);
  EXPECT_NEAR(sum[0] / count[0], -1, 0.15);
  EXPECT_NEAR(sum[1] / count[1], 1, 0.15);
  EXPECT_LT(minOfOne, maxOfZero);
}

TEST(DataGenerators, UnscaledFeaturesDifferInScaleByTen) {
  const DataTable table = generateUnscaledFeatures({20000, 0.1, 3});
  double s1 = 0, s2 = 0;
  for (std::size_t r = 0; r < table.rows(); ++r)
    s1 += table.row(r)[0] * table.row(r)[0], s2 += table.row(r)[1] * table.row(r)[1];
  EXPECT_NEAR(s1 / 20000, 1, 0.05);
  EXPECT_NEAR(s2 / 20000, 100, 5);
}

TEST(DataGenerators, ParameterValidationNamesTheField) {
  std::string why;
  EXPECT_TRUE(validDataGeneratorParams({1, 0, 0}));
  EXPECT_FALSE(validDataGeneratorParams({0, 0.5, 0}, &why));
  EXPECT_EQ(why, "rows must be between 1 and 1000000");
  EXPECT_FALSE(validDataGeneratorParams({1000001, 0.5, 0}));
  EXPECT_FALSE(validDataGeneratorParams({10, -1, 0}, &why));
  EXPECT_EQ(why, "noise must be a finite number of at least 0");
  EXPECT_FALSE(validDataGeneratorParams({10, NAN, 0}));
  EXPECT_FALSE(validDataGeneratorParams({10, INFINITY, 0}));
}

}  // namespace
}  // namespace lv::landscapes
