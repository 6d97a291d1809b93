// Feature standardization: population z-scores of the features, the target untouched.
#include "landscapes/standardize.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lv::landscapes {
namespace {

TEST(Standardize, ZScoresFeaturesWithThePopulationDeviation) {
  // u = 1, 2, 3, 6: mean 3, population variance (4 + 1 + 0 + 9)/4 = 3.5.
  DataTable table{{"u", "t"}, {1, 10, 2, 20, 3, 30, 6, 40}};
  standardize(table, "t");
  const double sd = std::sqrt(3.5);
  EXPECT_NEAR(table.row(0)[0], -2 / sd, 1e-15);
  EXPECT_NEAR(table.row(1)[0], -1 / sd, 1e-15);
  EXPECT_NEAR(table.row(2)[0], 0, 1e-15);
  EXPECT_NEAR(table.row(3)[0], 3 / sd, 1e-15);
  for (std::size_t r = 0; r < 4; ++r) EXPECT_EQ(table.row(r)[1], 10.0 * (r + 1));
}

TEST(Standardize, ConstantColumnIsOnlyCentredAndNoTargetMeansAllColumns) {
  DataTable table{{"a", "b"}, {5, 1, 5, 3}};
  standardize(table, "");
  EXPECT_EQ(table.values, (std::vector<double>{0, -1, 0, 1}));
}

}  // namespace
}  // namespace lv::landscapes
