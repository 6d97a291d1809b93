// Trails lifted onto a bowl's height field: f = x² + y² over [-2, 2]² on a linear scale 0..8 with
// height scale 0.8, so model X = x/2, Y = y/2, Z = 0.8 (f/8 − 0.5) = 0.1 f − 0.4 (lift 0). Every
// expected point below is worked out by hand from that and the segments' crossings of the box.
#include "app/sim/lifted_trail.h"

#include "tests/app/sim/bowl_field.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace lv::sim {
namespace {

using test::bowl;
using test::bowlField;

Trajectory path(const std::vector<optim::Vec2>& points, const std::vector<double>& losses) {
  Trajectory t;
  t.points = points;
  t.losses = losses;
  return t;
}

// Every point kept (no thinning), segments cut only when longer than the view (4), on a mesh of
// 4 cells a side: its vertices are the integer points, where the mesh's height is f's.
constexpr TrailDetail kEveryPoint{0, 1};
constexpr int kCells = 4;

LiftedTrail lift(const Trajectory& t, const TrailDetail& detail = kEveryPoint) {
  const ValueAt value = bowl;
  MeshHeights mesh;
  mesh.use(bowlField(), kCells, value, 1);
  LiftedTrail out;
  liftTrail(t.points, mesh, detail, 0, &out);
  return out;
}

void expectPoint(const LiftedTrail& trail, std::size_t k, double x, double y, double z) {
  ASSERT_LT(4 * k + 3, trail.points.size());
  EXPECT_NEAR(trail.points[4 * k], x, 1e-6) << "point " << k;
  EXPECT_NEAR(trail.points[4 * k + 1], y, 1e-6) << "point " << k;
  EXPECT_NEAR(trail.points[4 * k + 2], z, 1e-6) << "point " << k;
}

// Between vertices a point stands on the mesh's flat triangles, not at f: on the 4-cell mesh,
// (0.5, 0.25) is below the (0, 0)–(1, 1) diagonal, in the triangle of (0, 0), (1, 0), (1, 1) at
// f = 0, 1, 2 (Z = −0.4, −0.3, −0.2): Z = −0.4 + 0.5 · 0.1 + 0.25 · 0.1 = −0.325 (f there is
// 0.3125, Z −0.36875: the flat triangle lies above the bowl). (0.25, 0.5) mirrors it above the
// diagonal, in (0, 0), (1, 1), (0, 1).
TEST(LiftedTrail, PointsStandOnTheDrawnMesh) {
  const Vec3 below = onMesh(bowlField(), bowl, kCells, {0.5, 0.25}, 0.01);
  EXPECT_NEAR(below.x(), 0.25, 1e-15);
  EXPECT_NEAR(below.y(), 0.125, 1e-15);
  EXPECT_NEAR(below.z(), -0.325 + 0.01, 1e-12);
  EXPECT_NEAR(onMesh(bowlField(), bowl, kCells, {0.25, 0.5}, 0).z(), -0.325, 1e-12);
  EXPECT_NEAR(onMesh(bowlField(), bowl, kCells, {2, 2}, 0).z(), 0.4, 1e-12);  // the far corner: f = 8
}

TEST(LiftedTrail, InsideTheBoxEveryPointStandsOnTheMesh) {
  const LiftedTrail t = lift(path({{1, 1}, {0, 1}, {0, 0}}, {2, 1, 0}));
  ASSERT_EQ(t.points.size(), 3u * 4);
  expectPoint(t, 0, 0.5, 0.5, -0.2);
  expectPoint(t, 1, 0, 0.5, -0.3);
  expectPoint(t, 2, 0, 0, -0.4);
  // Model lengths for dashes: √(0.5² + 0.1²) per segment.
  EXPECT_NEAR(t.points[7], std::sqrt(0.26), 1e-6);
  EXPECT_NEAR(t.points[11], 2 * std::sqrt(0.26), 1e-6);
  EXPECT_EQ(t.pieceStarts, std::vector<std::uint32_t>{0});
  ASSERT_TRUE(t.first && t.last);
  EXPECT_NEAR(t.first->z(), -0.2, 1e-12);
  EXPECT_NEAR(t.last->z(), -0.4, 1e-12);
}

// (0,0) → (3,0) leaves at (2,0) (f = 4, Z = 0); (3,0) → (3,1) stays outside; (3,1) → (0,1) comes
// back at (2,1) (f = 5, Z = 0.1) and ends at its loss 1 (Z = −0.3): two pieces, nothing outside.
TEST(LiftedTrail, ARunThatLeavesAndComesBackIsTwoPieces) {
  const LiftedTrail t = lift(path({{0, 0}, {3, 0}, {3, 1}, {0, 1}}, {0, 9, 10, 1}));
  ASSERT_EQ(t.points.size(), 4u * 4);
  expectPoint(t, 0, 0, 0, -0.4);
  expectPoint(t, 1, 1, 0, 0);
  expectPoint(t, 2, 1, 0.5, 0.1);
  expectPoint(t, 3, 0, 0.5, -0.3);
  EXPECT_EQ(t.pieceStarts, (std::vector<std::uint32_t>{0, 2}));
  ASSERT_TRUE(t.first && t.last);
  EXPECT_NEAR(t.last->y(), 0.5, 1e-12);
}

// A diverging run ends where it leaves; its far points neither hang in the air nor get cut into
// pieces (1e150 / (4/128) of them once: the window ran out of memory). (−3, 0) → (1e200, 0) crosses
// the whole box along y = 0: a second piece from (−2, 0) to (2, 0), both at f = 4.
TEST(LiftedTrail, ADivergingRunIsClippedToTheBox) {
  const LiftedTrail t = lift(path({{1, 0}, {-3, 0}, {1e200, 0}}, {1, 9, 1e300}));
  ASSERT_EQ(t.points.size(), 4u * 4);
  expectPoint(t, 0, 0.5, 0, -0.3);
  expectPoint(t, 1, -1, 0, 0);
  expectPoint(t, 2, -1, 0, 0);
  expectPoint(t, 3, 1, 0, 0);
  EXPECT_EQ(t.pieceStarts, (std::vector<std::uint32_t>{0, 2}));
  ASSERT_TRUE(t.first);
  EXPECT_FALSE(t.last) << "the head is far outside the box";
}

// (0,0) → (1e150, 1e150) is inside from (0,0) to (2,2): √8 long, cut every 4/128 → 91 pieces.
TEST(LiftedTrail, TheCutsOfALongSegmentAreCountedInsideTheBox) {
  const LiftedTrail t = lift(path({{0, 0}, {1e150, 1e150}}, {0, 1e300}), {0, 1.0 / 128});
  ASSERT_EQ(t.points.size(), 92u * 4);
  for (std::size_t k = 0; k < t.points.size(); ++k) {
    ASSERT_TRUE(std::isfinite(t.points[k])) << k;
    if (k % 4 < 2) {
      EXPECT_LE(std::abs(t.points[k]), 1 + 1e-6) << k;
    }
  }
  expectPoint(t, 91, 1, 1, 0.4);  // the corner (2, 2): f = 8, the top of the scale
}

// Both ends 1e200 away: where the segment crosses the view is lost to rounding (a + t (b − a) is
// exact only to 1e200 ε), so it is not drawn; the segment before it, measured from its near end,
// crosses exactly: (1, 0) → (−3e200, 0) leaves at (−2, 0).
TEST(LiftedTrail, ASegmentWithBothEndsFarAwayIsDropped) {
  const LiftedTrail t = lift(path({{1, 0}, {-3e200, 0}, {6e200, 1e199}}, {1, 1e300, 1e300}));
  ASSERT_EQ(t.points.size(), 2u * 4);
  expectPoint(t, 0, 0.5, 0, -0.3);
  expectPoint(t, 1, -1, 0, 0);
  EXPECT_EQ(t.pieceStarts, std::vector<std::uint32_t>{0});
}

TEST(LiftedTrail, NonFinitePointsAreSkipped) {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const LiftedTrail t = lift(path({{1, 1}, {nan, 0}, {0, 0}}, {2, nan, 0}));
  ASSERT_EQ(t.points.size(), 2u * 4);
  expectPoint(t, 1, 0, 0, -0.4);
}

}  // namespace
}  // namespace lv::sim
