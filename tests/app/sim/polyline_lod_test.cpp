// Trajectory thinning: every dropped point lies within the tolerance of a kept one, the head is
// always kept, the count scales with the length drawn rather than the steps, and streaming equals
// thinning at once.
#include "app/sim/polyline_lod.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace lv::sim {
namespace {

TEST(PolylineLod, ZeroToleranceKeepsEveryFinitePoint) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const std::vector<optim::Vec2> points{{0, 0}, {0, 0}, {nan, 1}, {1, 0}, {INFINITY, 0}, {2, 0}};
  const auto kept = thinnedPolyline(points, 0);
  ASSERT_EQ(kept.size(), 4u);
  EXPECT_EQ(kept[3], optim::Vec2(2, 0));
}

TEST(PolylineLod, DenseStraightRunKeepsOnePointPerTolerance) {
  // 10 001 points 0.001 apart along x over 10 units; tolerance 0.1005: a point is kept when it
  // is more than that past the last kept one, i.e. every 101st point (0.101), plus the head.
  std::vector<optim::Vec2> points;
  for (int i = 0; i <= 10000; ++i) points.push_back({0.001 * i, 0});
  const auto kept = thinnedPolyline(points, 0.1005);
  EXPECT_EQ(kept.size(), 10000u / 101 + 1 + 1);
  EXPECT_EQ(kept.back(), optim::Vec2(10, 0));
  EXPECT_EQ(kept.front(), optim::Vec2(0, 0));
}

TEST(PolylineLod, EveryDroppedPointIsWithinToleranceOfAKeptOne) {
  std::vector<optim::Vec2> points;
  for (int i = 0; i < 5000; ++i)
    points.push_back({std::cos(0.002 * i) * (1 - 1e-4 * i), std::sin(0.0026 * i)});
  const double tolerance = 0.02;
  const auto kept = thinnedPolyline(points, tolerance);
  EXPECT_LT(kept.size(), points.size() / 4);
  for (const optim::Vec2& p : points) {
    double nearest = INFINITY;
    for (const optim::Vec2& k : kept) nearest = std::min(nearest, (p - k).norm());
    EXPECT_LE(nearest, tolerance) << p.transpose();
  }
}

TEST(PolylineLod, StreamingEqualsAtOnce) {
  std::vector<optim::Vec2> points;
  for (int i = 0; i < 300; ++i) points.push_back({0.01 * i, std::sin(0.1 * i)});
  PolylineThinner thinner(0.05);
  std::vector<optim::Vec2> streamed;
  for (const optim::Vec2& p : points)
    if (thinner.keep(p)) streamed.push_back(p);
  auto atOnce = thinnedPolyline(points, 0.05);
  if (atOnce.back() != streamed.back()) atOnce.pop_back();  // the head appended at the end
  EXPECT_EQ(streamed, atOnce);
}

TEST(PolylineLod, ToleranceIsAQuarterOfTheFinerPixel) {
  EXPECT_DOUBLE_EQ(thinningTolerance(0.01, 0.02), 0.0025);
  EXPECT_EQ(thinningTolerance(NAN, 1), 0.0);
}

}  // namespace
}  // namespace lv::sim
