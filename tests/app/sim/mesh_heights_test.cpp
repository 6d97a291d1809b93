// The mesh's vertex heights kept across lifts (sim::MeshHeights), on the bowl's 4-cell mesh:
// f = x² + y² over [-2, 2]², linear scale 0..8, height scale 0.8, so vertex (i, j) is the integer
// point (i − 2, j − 2) at Z = 0.1 f − 0.4. Points and the vertices they stand on are worked by hand.
#include "app/sim/mesh_heights.h"

#include "app/sim/lifted_trail.h"
#include "tests/app/sim/bowl_field.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <utility>

namespace lv::sim {
namespace {

using test::bowl;
using test::bowlField;

constexpr int kCells = 4;
constexpr TrailDetail kEveryPoint{0, 1};  // no thinning, no cuts (every segment below is shorter than 4)

// The bowl, counting its evaluations per world point.
struct CountingBowl {
  std::map<std::pair<double, double>, int> calls;
  ValueAt value = [this](const optim::Vec2& p) {
    ++calls[{p.x(), p.y()}];
    return bowl(p);
  };
  int total() const {
    int n = 0;
    for (const auto& [point, count] : calls) n += count;
    return n;
  }
};

Trajectory path(const std::vector<optim::Vec2>& points) {
  Trajectory t;
  t.points = points;
  t.losses.assign(points.size(), 0);
  return t;
}

// (0.5, 0.25) is in the triangle of (0, 0), (1, 0), (1, 1), at f = 0, 1, 2 (Z = −0.4, −0.3, −0.2):
// Z = −0.4 + 0.5 · 0.1 + 0.25 · 0.1 = −0.325; (0.25, 0.5) mirrors it above the diagonal.
TEST(MeshHeights, PointsStandOnTheMeshAsWorkedByHand) {
  const ValueAt value = bowl;
  MeshHeights mesh;
  mesh.use(bowlField(), kCells, value, 1);
  EXPECT_DOUBLE_EQ(mesh.at(3, 2), -0.3);  // (1, 0)
  EXPECT_DOUBLE_EQ(mesh.at(4, 4), 0.4);   // (2, 2): f = 8, the top of the scale
  const Vec3 below = onMesh(mesh, {0.5, 0.25}, 0.01);
  EXPECT_NEAR(below.x(), 0.25, 1e-15);
  EXPECT_NEAR(below.y(), 0.125, 1e-15);
  EXPECT_NEAR(below.z(), -0.325 + 0.01, 1e-12);
  EXPECT_NEAR(onMesh(mesh, {0.25, 0.5}, 0).z(), -0.325, 1e-12);
  EXPECT_NEAR(onMesh(mesh, {2, 2}, 0).z(), 0.4, 1e-12);

  LiftedTrail t;
  liftTrail(path({{1, 1}, {0, 1}, {0, 0}}).points, mesh, kEveryPoint, 0, &t);
  ASSERT_EQ(t.points.size(), 3u * 4);
  const double z[3] = {-0.2, -0.3, -0.4};  // f = 2, 1, 0
  for (int k = 0; k < 3; ++k) EXPECT_NEAR(t.points[4 * k + 2], z[k], 1e-6) << k;
}

// The kept heights are the ones onMesh works out from f each time, bit for bit, on a landscape with
// no flat triangles, a log scale and the full picture's grid, inside the box and beyond its edges.
TEST(MeshHeights, PointsAreExactlyThoseLiftedFromFEachTime) {
  HeightField field;
  field.view = {-1.5, 2.5, -0.75, 3.25};
  field.scale.lo = -1;
  field.scale.hi = 30;
  field.scale.eps = 1e-3;
  field.scale.logScale = true;
  field.scale.valid = true;
  field.heightScale = 1.3;
  const ValueAt value = [](const optim::Vec2& p) {
    return std::sin(3 * p.x()) * std::cos(2 * p.y()) + p.squaredNorm() + 0.1 * p.x() * p.y();
  };
  for (const int cells : {4, 40, 256}) {
    MeshHeights mesh;
    mesh.use(field, cells, value, 7);
    for (int k = 0; k < 2000; ++k) {
      // Quasi-random points over a box a little larger than the view; every one twice (the second
      // time from kept heights).
      const optim::Vec2 p(-1.7 + 4.4 * std::fmod(k * 0.6180339887, 1.0),
                          -0.95 + 4.4 * std::fmod(k * 0.7548776662, 1.0));
      const Vec3 exact = onMesh(field, value, cells, p, 0.006);
      for (int again = 0; again < 2; ++again) {
        const Vec3 kept = onMesh(mesh, p, 0.006);
        ASSERT_EQ(kept.x(), exact.x()) << cells << " " << k;
        ASSERT_EQ(kept.y(), exact.y()) << cells << " " << k;
        ASSERT_EQ(kept.z(), exact.z()) << cells << " " << k;
      }
    }
  }
}

// Trail A: (0.5, 0.25) stands on (0, 0), (1, 1), (1, 0); (0.25, 0.5) on (0, 0), (1, 1), (0, 1).
// Trail B: (0.25, 0.5) again, then (1.5, 0.5) on (1, 0), (2, 1), (2, 0) (below the diagonal of
// its cell, u = w = 0.5). Of the 25 vertices, A needs 4 and B 2 more, each evaluated once.
TEST(MeshHeights, EachTouchedVertexIsEvaluatedOnceAcrossLifts) {
  CountingBowl f;
  MeshHeights mesh;
  mesh.use(bowlField(), kCells, f.value, 1);
  LiftedTrail a, b;
  liftTrail(path({{0.5, 0.25}, {0.25, 0.5}}).points, mesh, kEveryPoint, 0, &a);
  using Calls = std::map<std::pair<double, double>, int>;
  EXPECT_EQ(f.calls, (Calls{{{0, 0}, 1}, {{0, 1}, 1}, {{1, 0}, 1}, {{1, 1}, 1}}));
  mesh.use(bowlField(), kCells, f.value, 1);  // the next lift, the same field: nothing forgotten
  liftTrail(path({{0.25, 0.5}, {1.5, 0.5}}).points, mesh, kEveryPoint, 0, &b);
  EXPECT_EQ(f.calls, (Calls{{{0, 0}, 1}, {{0, 1}, 1}, {{1, 0}, 1}, {{1, 1}, 1}, {{2, 0}, 1}, {{2, 1}, 1}}));
  EXPECT_EQ(mesh.evaluated(), 6u);
  ASSERT_EQ(b.points.size(), 2u * 4);
  // (1.5, 0.5): Z = −0.3 + 0.5 · (0 − (−0.3)) + 0.5 · (0.1 − 0) = −0.1 (f there is 2.5, Z −0.15).
  EXPECT_NEAR(b.points[6], -0.1, 1e-6);
  ASSERT_TRUE(b.last);
  EXPECT_NEAR(b.last->z(), -0.1, 1e-12);
}

// Whatever a height depends on (view, colour scale, height scale, grid, landscape) forgets them all;
// the heights then follow the new field.
TEST(MeshHeights, HeightsAreForgottenWhenTheFieldChanges) {
  CountingBowl f;
  MeshHeights mesh;
  const auto liftCorner = [&](const HeightField& field, int cells, std::uint64_t landscape) {
    mesh.use(field, cells, f.value, landscape);
    return onMesh(mesh, {1, 1}, 0).z();  // a vertex; stands on 3 of them
  };
  const HeightField bowlMesh = bowlField();
  EXPECT_NEAR(liftCorner(bowlMesh, kCells, 1), -0.2, 1e-12);
  EXPECT_NEAR(liftCorner(bowlMesh, kCells, 1), -0.2, 1e-12);
  EXPECT_EQ(f.total(), 3) << "the same field: the kept heights";

  HeightField taller = bowlMesh;
  taller.heightScale = 1.6;  // Z = 1.6 (f/8 − 0.5) = 0.2 f − 0.8
  EXPECT_NEAR(liftCorner(taller, kCells, 1), -0.4, 1e-12);
  EXPECT_EQ(mesh.evaluated(), 3u);
  HeightField wider = bowlMesh;
  wider.scale.hi = 16;  // Z = 0.8 (f/16 − 0.5) = 0.05 f − 0.4
  EXPECT_NEAR(liftCorner(wider, kCells, 1), -0.3, 1e-12);
  HeightField logScale = bowlMesh;
  logScale.scale.logScale = true;  // t = log1p(2e6) / log1p(8e6)
  EXPECT_NEAR(liftCorner(logScale, kCells, 1), 0.8 * (std::log1p(2e6) / std::log1p(8e6) - 0.5), 1e-12);
  HeightField shifted = bowlMesh;
  shifted.view = {-1, 3, -1, 3};  // vertex (i, j) at (i − 1, j − 1): (1, 1) is still one
  EXPECT_NEAR(liftCorner(shifted, kCells, 1), -0.2, 1e-12);
  EXPECT_EQ(f.total(), 3 * 5);
  EXPECT_NEAR(liftCorner(shifted, 2 * kCells, 1), -0.2, 1e-12);  // another grid
  EXPECT_NEAR(liftCorner(shifted, 2 * kCells, 2), -0.2, 1e-12);  // another landscape
  EXPECT_EQ(f.total(), 3 * 7);
  EXPECT_EQ(mesh.evaluated(), 3u);
}

}  // namespace
}  // namespace lv::sim
