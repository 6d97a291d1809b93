// What the data panel draws, headless: the data's points and the model at the run's head, checked
// against the models' definitions (a line x·u + y; the boundary of σ(x·u + y) at x·u + y = 0).
#include "app/sim/data_plot.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lv::sim {
namespace {

ResolvedData catalogData(const std::string& name, std::size_t rows) {
  SceneData settings;
  settings.catalog = name;
  settings.params = {rows, 0.5, 1};
  settings.batch.batch = 0;
  std::string error;
  auto data = resolveSceneData(settings, &error);
  EXPECT_TRUE(data) << error;
  return std::move(*data);
}

TEST(DataPlot, RegressionLineIsTheModelAtTheParameters) {
  const ResolvedData data = catalogData("linear_regression", 50);
  const DataPlot plot = dataPlot(data, {2, -1});
  EXPECT_EQ(plot.xLabel, "u");
  EXPECT_EQ(plot.yLabel, "t");
  ASSERT_EQ(plot.points.size(), 50u);
  const double* row7 = data.sum().data().row(7);
  EXPECT_EQ(plot.points[7], optim::Vec2(row7[0], row7[1]));
  ASSERT_EQ(plot.model.size(), 2u);
  for (const optim::Vec2& p : plot.model) EXPECT_DOUBLE_EQ(p.y(), 2 * p.x() - 1);
  for (const optim::Vec2& p : plot.points) {
    EXPECT_GT(p.x(), plot.bounds.xmin);
    EXPECT_LT(p.y(), plot.bounds.ymax);
  }
  EXPECT_FALSE(plot.boundary);
}

TEST(DataPlot, LogisticCurveAndDecisionBoundary) {
  const DataPlot plot = dataPlot(catalogData("logistic_regression", 40), {2, 1});
  ASSERT_TRUE(plot.boundary);
  EXPECT_DOUBLE_EQ(*plot.boundary, -0.5);  // 2u + 1 = 0
  ASSERT_GT(plot.model.size(), 2u);
  for (const optim::Vec2& p : plot.model) EXPECT_NEAR(p.y(), 1 / (1 + std::exp(-(2 * p.x() + 1))), 1e-15);
  for (double s : plot.shade) EXPECT_TRUE(s == 0 || s == 1);  // the class
}

TEST(DataPlot, LargeDataIsThinnedToAFixedNumberOfPoints) {
  const DataPlot plot = dataPlot(catalogData("linear_regression", 10000), {0, 0});
  EXPECT_LE(plot.points.size(), kMaxPlotPoints);
  EXPECT_GE(plot.points.size(), kMaxPlotPoints / 2);
}

}  // namespace
}  // namespace lv::sim
