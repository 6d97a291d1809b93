// Ray casts against a known bowl, f = x² + y² over [-2, 2]² on a linear scale 0..8 with height
// scale 0.8: model X = x/2, Y = y/2, Z = 0.8 (f/8 − 0.5) = 0.1 f − 0.4. Pixels are placed by hand
// with the pinhole model (focal 1/tan(17.5°)), and the cast must land on the world point they show.
#include "app/sim/surface_pick.h"

#include "app/sim/lifted_trail.h"
#include "app/sim/mesh_heights.h"

#include "tests/app/sim/bowl_field.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lv::sim {
namespace {

constexpr double kPi = 3.14159265358979323846;
const double kFocal = 1.0 / std::tan(17.5 * kPi / 180.0);
constexpr double kSide = 400;

using test::bowl;
using test::bowlField;

Camera camera(double yaw, double pitch, double distance) {
  Camera c;
  c.yaw = yaw;
  c.pitch = pitch;
  c.distance = distance;
  return c;
}

TEST(SurfacePick, TheCentrePixelFromStraightAboveIsTheMinimum) {
  const auto hit = pickSurface(camera(-90, 90, 6), bowlField(), bowl, kSide / 2, kSide / 2, kSide, kSide);
  ASSERT_TRUE(hit);
  EXPECT_NEAR(hit->x(), 0, 1e-9);
  EXPECT_NEAR(hit->y(), 0, 1e-9);
}

TEST(SurfacePick, APixelFromStraightAboveHitsThePointItShows) {
  // (1, 0.5): f = 1.25, model (0.5, 0.25, −0.275), 6.275 below the eye at (0, 0, 6); x right, y up.
  // A viewport of the frame's aspect (1.6): the field of view spans its height, x is scaled by 1/1.6.
  const double depth = 6 + 0.275, height = kSide / 1.6;
  const double px = (kFocal / 1.6 * 0.5 / depth + 1) / 2 * kSide,
               py = (1 - kFocal * 0.25 / depth) / 2 * height;
  const auto hit = pickSurface(camera(-90, 90, 6), bowlField(), bowl, px, py, kSide, height);
  ASSERT_TRUE(hit);
  EXPECT_NEAR(hit->x(), 1, 1e-6);
  EXPECT_NEAR(hit->y(), 0.5, 1e-6);
}

TEST(SurfacePick, AnObliqueRayThroughAPointsPixelHitsThatPoint) {
  // From the default orbit the eye is above (+x, −y): these points face it, nothing in front.
  const Camera c = camera(-60, 35, 3.4);
  const HeightField field = bowlField();
  for (const optim::Vec2& p :
       {optim::Vec2(0, 0), optim::Vec2(-1, 1), optim::Vec2(-0.5, 1.5), optim::Vec2(0.3, -0.2)}) {
    const auto pixel = c.project(field.toModel(p, bowl(p)), kSide, 300);
    ASSERT_TRUE(pixel);
    const auto hit = pickSurface(c, field, bowl, pixel->x(), pixel->y(), kSide, 300);
    ASSERT_TRUE(hit) << p.transpose();
    EXPECT_NEAR((*hit - p).norm(), 0, 1e-6) << p.transpose();
  }
}

// On the drawn mesh: a point's pixel picks that point on the mesh (onMesh), not on the exact bowl;
// the vertices are evaluated once, so hovering the same pixel again evaluates nothing.
TEST(SurfacePick, OnTheMeshAPointsPixelPicksItAndEvaluatesEachVertexOnce) {
  const Camera c = camera(-60, 35, 3.4);
  const HeightField field = bowlField();
  int calls = 0;
  const ValueAt counted = [&](const optim::Vec2& p) {
    ++calls;
    return bowl(p);
  };
  constexpr int kCells = 8;  // coarse: the mesh stands visibly off the bowl between vertices
  MeshHeights mesh;
  mesh.use(field, kCells, counted, 1);
  for (const optim::Vec2& p : {optim::Vec2(-1, 1), optim::Vec2(-0.35, 1.3), optim::Vec2(0.3, -0.2)}) {
    const Vec3 drawn = onMesh(field, bowl, kCells, p, 0);
    const auto pixel = c.project(drawn, kSide, 300);
    ASSERT_TRUE(pixel);
    const auto hit = pickSurface(c, mesh, pixel->x(), pixel->y(), kSide, 300);
    ASSERT_TRUE(hit) << p.transpose();
    EXPECT_NEAR((*hit - p).norm(), 0, 1e-6) << p.transpose();
  }
  EXPECT_LE(calls, (kCells + 1) * (kCells + 1));
  const int before = calls;
  const auto pixel = c.project(onMesh(field, bowl, kCells, {-1, 1}, 0), kSide, 300);
  ASSERT_TRUE(pixel && pickSurface(c, mesh, pixel->x(), pixel->y(), kSide, 300));
  EXPECT_EQ(calls, before);
}

TEST(SurfacePick, TheFirstCrossingWinsOverHiddenOnes) {
  // From −y along x = 0 at model height Z = −0.05 (f = 3.5), just under the rim's edge (f = 4 at
  // y = −2): the ray crosses the bowl's wall at y = −√3.5 (from beneath) before y = +√3.5.
  const auto hit = castRay(bowlField(), bowl, Vec3(0, -3, -0.05), Vec3(0, 1, 0));
  ASSERT_TRUE(hit);
  EXPECT_NEAR(hit->x(), 0, 1e-9);
  EXPECT_NEAR(hit->y(), -std::sqrt(3.5), 1e-6);
}

TEST(SurfacePick, ARayBesideTheSurfaceMisses) {
  // From far away the view's square fills the middle of the picture only: a corner pixel misses.
  EXPECT_FALSE(pickSurface(camera(-90, 90, 20), bowlField(), bowl, 2, 2, kSide, kSide));
  // A ray pointing away from the box.
  EXPECT_FALSE(castRay(bowlField(), bowl, Vec3(0, 0, 3), Vec3(0, 0, 1)));
}

TEST(SurfacePick, RayThroughThePixelOfAPointPassesThroughIt) {
  const Camera c = camera(37, 22, 4.1);
  const Vec3 point(0.4, -0.3, 0.2);
  const auto pixel = c.project(point, 640, 480);
  ASSERT_TRUE(pixel);
  Vec3 origin, direction;
  c.rayThrough(pixel->x(), pixel->y(), 640, 480, &origin, &direction);
  EXPECT_NEAR(direction.norm(), 1, 1e-12);
  EXPECT_NEAR((origin - c.eye()).norm(), 0, 1e-12);
  EXPECT_NEAR(direction.cross((point - origin).normalized()).norm(), 0, 1e-9);
}

}  // namespace
}  // namespace lv::sim
