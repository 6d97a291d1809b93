// The map CSV: header, one row per pixel in row-major order, empty fields for what did not happen.
#include "app/maps/map_csv.h"

#include "tests/app/maps/hyper_axes.h"

#include <gtest/gtest.h>

#include <sstream>
#include <vector>

namespace lv::maps {
namespace {

std::vector<std::vector<std::string>> rows(const std::string& csv) {
  std::vector<std::vector<std::string>> table;
  std::stringstream lines(csv);
  std::string line;
  while (std::getline(lines, line)) {
    table.emplace_back();
    std::stringstream fields(line);
    std::string field;
    while (std::getline(fields, field, ',')) table.back().push_back(field);
    if (!line.empty() && line.back() == ',') table.back().emplace_back();
  }
  return table;
}

TEST(MapCsv, HyperMapNamesTheSweptParametersAndLeavesMissingStepsEmpty) {
  MapSpec spec(*landscapes::resolveLandscape("x^2 + y^2"), *optim::Optimizer::create("momentum"));
  ASSERT_NO_FATAL_FAILURE(test::setHyperMap(spec, Vec2(1, -1), "lr:0.01:2.5", "momentum:0:0.5"));
  spec.width = 3;
  spec.height = 2;
  spec.steps = 2000;
  const auto table = rows(mapCsv(spec, computeMapCpu(spec, 1)));
  ASSERT_EQ(table.size(), 7u);
  EXPECT_EQ(table[0],
            (std::vector<std::string>{"px", "py", "start_x", "start_y", "lr", "momentum", "final_x",
                                      "final_y", "final_loss", "converged_step", "diverged_step", "basin"}));
  for (size_t r = 1; r < table.size(); ++r) ASSERT_EQ(table[r].size(), 12u) << r;
  // Row-major from the top-left: row 1 is (0,0), row 4 is (0,1); the top row has the largest momentum.
  EXPECT_EQ(table[1][0], "0");
  EXPECT_EQ(table[1][1], "0");
  EXPECT_EQ(table[4][1], "1");
  EXPECT_EQ(std::stod(table[1][2]), 1.0);
  EXPECT_EQ(std::stod(table[1][3]), -1.0);
  EXPECT_DOUBLE_EQ(std::stod(table[1][4]), 0.01 + 2.49 / 6);
  EXPECT_DOUBLE_EQ(std::stod(table[1][5]), 0.375);
  // lr = 2.085 at column 2, λ = 2, μ = 0.125: lr·λ = 4.17 > 2(1+μ) = 2.25 → diverged, no convergence.
  EXPECT_FALSE(table[6][10].empty());
  EXPECT_TRUE(table[6][9].empty());
  // Column 0 (lr ≈ 0.425, μ = 0.125) converges: no diverged step; a custom formula has no basins.
  EXPECT_FALSE(table[4][9].empty());
  EXPECT_TRUE(table[4][10].empty());
  EXPECT_TRUE(table[4][11].empty());
}

TEST(MapCsv, BasinMapHasNoParameterColumnsAndLabelsBasins) {
  MapSpec spec(*landscapes::resolveLandscape("himmelblau"), *optim::Optimizer::create("adam"));
  spec.width = 2;
  spec.height = 2;
  spec.steps = 1;
  const auto table = rows(mapCsv(spec, computeMapCpu(spec, 2)));
  ASSERT_EQ(table.size(), 5u);
  EXPECT_EQ(table[0].size(), 10u);
  EXPECT_EQ(table[0][4], "final_x");
  EXPECT_EQ(std::stod(table[1][2]), -2.5);  // centre of the top-left quarter of [-5,5]²
  EXPECT_EQ(std::stod(table[1][3]), 2.5);
}

}  // namespace
}  // namespace lv::maps
