// Trajectory thinning: every dropped point lies within the tolerance of a kept one, the head is
// always kept, the count scales with the length drawn rather than the steps, and streaming equals
// thinning at once.
#include "app/sim/polyline_lod.h"

#include <gtest/gtest.h>

#include <algorithm>
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

// Distance from `p` to the polyline through `vertices`.
double distanceToPolyline(const optim::Vec2& p, const std::vector<optim::Vec2>& vertices) {
  double nearest = (p - vertices.front()).norm();
  for (std::size_t i = 1; i < vertices.size(); ++i) {
    const optim::Vec2 a = vertices[i - 1], ab = vertices[i] - a;
    const double t = ab.squaredNorm() > 0 ? std::clamp((p - a).dot(ab) / ab.squaredNorm(), 0.0, 1.0) : 0.0;
    nearest = std::min(nearest, (p - (a + t * ab)).norm());
  }
  return nearest;
}

TEST(PolylineSimplifier, StraightRunIsOneSegment) {
  std::vector<optim::Vec2> points;
  for (int i = 0; i <= 10000; ++i) points.push_back({0.001 * i, 0.5 * 0.001 * i});
  const auto vertices = simplifiedPolyline(points, 1e-6);
  ASSERT_EQ(vertices.size(), 2u);
  EXPECT_EQ(vertices.front(), points.front());
  EXPECT_EQ(vertices.back(), points.back());
}

TEST(PolylineSimplifier, ZeroToleranceKeepsEveryFinitePointOnce) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const std::vector<optim::Vec2> points{{0, 0}, {1, 0}, {nan, 1}, {2, 0}, {3, 1}};
  EXPECT_EQ(simplifiedPolyline(points, 0), (std::vector<optim::Vec2>{{0, 0}, {1, 0}, {2, 0}, {3, 1}}));
}

TEST(PolylineSimplifier, CircleNeedsAVertexPerSagittaChord) {
  // A chord of length c on a circle of radius r strays r(1 - cos(c / 2r)) ≈ c²/8r from it: with
  // tolerance t the longest chord is about sqrt(8rt), so a full circle needs about 2πr / sqrt(8rt).
  const double r = 100, t = 0.25;
  std::vector<optim::Vec2> points;
  for (int i = 0; i <= 20000; ++i)
    points.push_back({r * std::cos(1e-4 * M_PI * i), r * std::sin(1e-4 * M_PI * i)});
  const auto vertices = simplifiedPolyline(points, t);
  const double chords = 2 * M_PI * r / std::sqrt(8 * r * t);  // about 44
  EXPECT_GE(double(vertices.size()), chords);
  EXPECT_LE(double(vertices.size()), 2 * chords);
}

TEST(PolylineSimplifier, EveryPointIsWithinToleranceOfTheDrawnLine) {
  // A spiral that also doubles back, zig-zags and stalls: the sleeve must never cut a corner.
  std::vector<optim::Vec2> points;
  for (int i = 0; i < 3000; ++i) points.push_back({std::cos(0.01 * i) * (1 - 2e-4 * i), std::sin(0.013 * i)});
  for (int i = 0; i < 300; ++i) points.push_back({0.3 + (i % 2 ? 0.05 : -0.05), 0.001 * i});
  for (int i = 0; i < 50; ++i) points.push_back(points.back());
  for (int i = 0; i < 300; ++i) points.push_back({0.3 - 0.002 * i, 0.3});
  const double tolerance = 0.004;
  const auto vertices = simplifiedPolyline(points, tolerance);
  EXPECT_LT(vertices.size(), points.size() / 4);
  for (const optim::Vec2& p : points) EXPECT_LE(distanceToPolyline(p, vertices), tolerance) << p.transpose();
  // Streamed in one go, every prefix is within the tolerance of its vertices so far plus the head.
  PolylineSimplifier simplifier(tolerance);
  std::vector<optim::Vec2> streamed;
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (auto vertex = simplifier.add(points[i])) streamed.push_back(*vertex);
    if (i % 97 != 0) continue;
    auto drawn = streamed;
    drawn.push_back(*simplifier.head());
    for (std::size_t k = 0; k <= i; ++k) ASSERT_LE(distanceToPolyline(points[k], drawn), tolerance) << i;
  }
}

TEST(PolylineSimplifier, ZigZagRetracingItsPathAddsNoVertices) {
  // Back and forth between (0, 0) and (1, 0) a thousand times, drifting 1e-7 up per step: every
  // point is within 1e-3 of the first segment, which is drawn once.
  std::vector<optim::Vec2> points;
  for (int i = 0; i < 2000; ++i) points.push_back({double(i % 2), 1e-7 * i});
  const auto vertices = simplifiedPolyline(points, 1e-3);
  EXPECT_LE(vertices.size(), 4u);
  for (const optim::Vec2& p : points) EXPECT_LE(distanceToPolyline(p, vertices), 1e-3) << p.transpose();
}

TEST(PolylineLod, ToleranceIsAQuarterOfTheFinerPixel) {
  EXPECT_DOUBLE_EQ(thinningTolerance(0.01, 0.02), 0.0025);
  EXPECT_EQ(thinningTolerance(NAN, 1), 0.0);
}

}  // namespace
}  // namespace lv::sim
