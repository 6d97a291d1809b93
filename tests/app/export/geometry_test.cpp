// The export's geometry, against values worked out by hand: the frame schedule and marching-squares
// contours (levels, crowding fade, closed loops).
#include "app/export/contours.h"
#include "app/export/frame_schedule.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace lv::exports {
namespace {

using optim::Vec2;

TEST(FrameSchedule, RoundsIStepsOverFramesMinusOne) {
  // round(i·10/4) = 0, 2.5 → 3, 5, 7.5 → 8, 10 (half-way rounds up).
  const std::size_t expected[] = {0, 3, 5, 8, 10};
  for (std::size_t i = 0; i < 5; ++i) EXPECT_EQ(stepsAtFrame(i, 5, 10), expected[i]) << i;
  EXPECT_EQ(stepsAtFrame(0, 1, 70), 70u);  // a single frame shows the end
  EXPECT_EQ(stepsAtFrame(1, 3, 0), 0u);
  EXPECT_EQ(stepsAtFrame(239, 240, 10000000), 10000000u);
  EXPECT_EQ(stepsAtFrame(1, 240, 10000000), 41841u);  // 10^7 / 239 = 41841.004
}

ContourGrid gridOf(int columns, int rows, double (*c)(double, double)) {
  ContourGrid grid;
  grid.columns = columns;
  grid.rows = rows;
  for (int j = 0; j <= rows; ++j)
    for (int i = 0; i <= columns; ++i) grid.values.push_back(c(i, j));
  return grid;
}

TEST(Contours, RampGivesOneStraightLinePerLevel) {
  // c = 0.1·x + 0.05: level 1 at x = 9.5, level 2 at x = 19.5, across the whole height (level 3,
  // at 29.5, is not asked for).
  const ContourGrid grid = gridOf(30, 10, [](double x, double) { return 0.1 * x + 0.05; });
  const auto lines = contourLines(grid, 2);
  ASSERT_EQ(lines.size(), 2u);
  for (const ContourLine& line : lines) {
    EXPECT_EQ(line.fade, 1);
    const double x = line.level == 1 ? 9.5 : 19.5;
    ASSERT_EQ(line.points.size(), 11u);
    double yMin = 1e9, yMax = -1e9;
    for (const Vec2& p : line.points) {
      EXPECT_NEAR(p.x(), x, 1e-9);
      yMin = std::min(yMin, p.y());
      yMax = std::max(yMax, p.y());
    }
    EXPECT_EQ(yMin, 0);
    EXPECT_EQ(yMax, 10);
  }
}

TEST(Contours, LevelsCloserThanAboutThreePixelsFadeAsInTheShader) {
  // fwidth(c) = |∂c/∂x| + |∂c/∂y| = 0.5 per pixel ≥ 0.4: the shader draws nothing there.
  const ContourGrid steep = gridOf(20, 5, [](double x, double) { return 0.5 * x + 0.25; });
  EXPECT_TRUE(contourLines(steep, 5).empty());
  // 0.26 per pixel: half-way through smoothstep(0.12, 0.4) → faded to 0.5.
  const ContourGrid mid = gridOf(20, 5, [](double x, double) { return 0.26 * x + 0.1; });
  const auto lines = contourLines(mid, 1);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].fade, 0.5);
}

TEST(Contours, ConeGivesAClosedCircle) {
  // c = 0.1·r about (20, 20): level 1 is the circle r = 10, closed, every crossing on it to within
  // linear interpolation's error across one cell.
  const ContourGrid grid =
      gridOf(40, 40, [](double x, double y) { return 0.1 * std::hypot(x - 20, y - 20); });
  const auto lines = contourLines(grid, 1);
  ASSERT_EQ(lines.size(), 1u);
  const auto& points = lines[0].points;
  EXPECT_GT(points.size(), 40u);
  EXPECT_EQ(points.front(), points.back());
  for (const Vec2& p : points) EXPECT_NEAR(std::hypot(p.x() - 20, p.y() - 20), 10, 0.05);
}

}  // namespace
}  // namespace lv::exports
