// The orbit camera's math against hand-computed projections (pinhole model, OpenGL conventions:
// focal length 1/tan(fov/2), x scaled by 1/aspect, pixels with y down) and its mouse mapping.
#include "app/sim/camera.h"
#include "app/sim/height_field.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lv::sim {
namespace {

constexpr double kPi = 3.14159265358979323846;
const double kFocal = 1.0 / std::tan(17.5 * kPi / 180.0);  // fov 35°

Camera topDown(double distance) {
  Camera c;
  c.yaw = -90;
  c.pitch = 90;
  c.distance = distance;
  return c;
}

TEST(Camera, TargetProjectsToTheCentre) {
  Camera c;
  c.yaw = 23;
  c.pitch = 41;
  c.distance = 2.5;
  c.target = Vec3(0.3, -0.2, 0.1);
  const auto p = c.project(c.target, 800, 600);
  ASSERT_TRUE(p);
  EXPECT_NEAR(p->x(), 400, 1e-9);
  EXPECT_NEAR(p->y(), 300, 1e-9);
}

TEST(Camera, FromAboveAtYawMinus90TheLayoutIsThe2dOne) {
  // Eye at (0, 0, 4) looking down: x to the right, y up on screen, 4 units away. 800 × 500 is the
  // frame's own aspect (1.6): the field of view spans the height.
  const Camera c = topDown(4);
  EXPECT_NEAR((c.eye() - Vec3(0, 0, 4)).norm(), 0, 1e-12);
  const auto px = c.project(Vec3(1, 0, 0), 800, 500);
  const auto py = c.project(Vec3(0, 1, 0), 800, 500);
  ASSERT_TRUE(px && py);
  // x: ndc = focal / aspect * (1 / 4) with aspect 1.6; pixel = (ndc + 1) / 2 * 800.
  EXPECT_NEAR(px->x(), (kFocal / 1.6 / 4 + 1) / 2 * 800, 1e-9);
  EXPECT_NEAR(px->y(), 250, 1e-9);
  // y: ndc = focal / 4, pixel row = (1 - ndc) / 2 * 500 (above the centre).
  EXPECT_NEAR(py->x(), 400, 1e-9);
  EXPECT_NEAR(py->y(), (1 - kFocal / 4) / 2 * 500, 1e-9);
}

TEST(Camera, FromTheSideUpIsZ) {
  Camera c;
  c.yaw = -90;
  c.pitch = 0;
  c.distance = 4;  // eye at (0, -4, 0)
  EXPECT_NEAR((c.eye() - Vec3(0, -4, 0)).norm(), 0, 1e-12);
  // 1000 × 500, wider than the frame: the field of view still spans the whole height.
  const auto top = c.project(Vec3(0, 0, 1), 1000, 500);
  ASSERT_TRUE(top);
  EXPECT_NEAR(top->x(), 500, 1e-9);
  EXPECT_NEAR(top->y(), (1 - kFocal / 4) / 2 * 500, 1e-9);
  // A point 1 unit nearer (y = -1, 3 from the eye) at x = 1: ndc x = focal / aspect / 3.
  const auto near = c.project(Vec3(1, -1, 0), 1000, 500);
  ASSERT_TRUE(near);
  EXPECT_NEAR(near->x(), (kFocal / 2 / 3 + 1) / 2 * 1000, 1e-9);
  const auto far = c.project(Vec3(0, 1, 0), 1000, 500);
  ASSERT_TRUE(far);
  EXPECT_LT(near->z(), far->z());  // nearer is less deep
}

TEST(Camera, ANarrowViewportShowsTheWholeFrameScaledDown) {
  // 300 × 600 (aspect 0.5): the frame that fits is 300 × 187.5, the field of view spans its
  // height, so x = 1 at 4 units lands at ndc x = focal / 1.6 / 4, as on a 1.6-wide viewport.
  const Camera c = topDown(4);
  const auto p = c.project(Vec3(1, 0, 0), 300, 600);
  ASSERT_TRUE(p);
  EXPECT_NEAR(p->x(), (kFocal / 1.6 / 4 + 1) / 2 * 300, 1e-9);
  // The same picture as a 16:10 viewport of that width: a point lands at the same fraction of the
  // width, and at the same pixel offset from the centre vertically.
  const auto wide = c.project(Vec3(0.7, 0.4, 0), 300, 187.5);
  const auto narrow = c.project(Vec3(0.7, 0.4, 0), 300, 600);
  ASSERT_TRUE(wide && narrow);
  EXPECT_NEAR(narrow->x(), wide->x(), 1e-9);
  EXPECT_NEAR(narrow->y() - 300, wide->y() - 187.5 / 2, 1e-9);
  EXPECT_NEAR(c.pixelsPerUnit(300, 600), c.pixelsPerUnit(300, 187.5), 1e-12);
}

TEST(Camera, BehindTheEyeDoesNotProject) {
  const Camera c = topDown(4);
  EXPECT_FALSE(c.project(Vec3(0, 0, 5), 800, 600));
}

TEST(Camera, OrbitZoomAndClamps) {
  Camera c;
  c.yaw = 0;
  c.pitch = 30;
  c.orbit(100, 25);  // 0.4° per pixel
  EXPECT_NEAR(c.yaw, -40, 1e-12);
  EXPECT_NEAR(c.pitch, 40, 1e-12);
  c.orbit(0, 1e6);
  EXPECT_EQ(c.pitch, kPitchMaxDegrees);
  c.orbit(-1000, 0);  // +400°: wraps to 360° less
  EXPECT_NEAR(c.yaw, 0, 1e-9);
  const double d = c.distance;
  c.zoom(1);
  EXPECT_NEAR(c.distance, 0.9 * d, 1e-12);
  c.zoom(-1000);
  EXPECT_EQ(c.distance, kDistanceMax);
}

TEST(Camera, PanKeepsThePointUnderTheMouse) {
  Camera c;
  c.yaw = 30;
  c.pitch = 50;
  c.distance = 3;
  const Vec3 grabbed = c.target;
  c.pan(120, -45, 800, 600);
  const auto p = c.project(grabbed, 800, 600);
  ASSERT_TRUE(p);
  EXPECT_NEAR(p->x(), 400 + 120, 1e-6);
  EXPECT_NEAR(p->y(), 300 - 45, 1e-6);
}

TEST(HeightField, HeightsFollowTheColourScale) {
  HeightField field;
  field.view = {-2, 2, -1, 1};
  field.scale.logScale = false;
  field.scale.lo = 0;
  field.scale.hi = 10;
  field.heightScale = 1;
  EXPECT_NEAR(field.modelPerWorld(), 0.5, 1e-15);  // the 4-wide side spans 2
  const Vec3 p = field.toModel(optim::Vec2(2, 1), 7.5, 0.01);
  EXPECT_NEAR(p.x(), 1, 1e-15);
  EXPECT_NEAR(p.y(), 0.5, 1e-15);
  EXPECT_NEAR(p.z(), 0.25 + 0.01, 1e-15);
  EXPECT_NEAR(field.height(100), 0.5, 1e-15);   // clamped at the top
  EXPECT_NEAR(field.height(NAN), -0.5, 1e-15);  // non-finite: the bottom
  ViewMode mode;
  EXPECT_TRUE(viewModeFromName("split", &mode));
  EXPECT_EQ(mode, ViewMode::Split);
  EXPECT_FALSE(viewModeFromName("4d", &mode));
}

}  // namespace
}  // namespace lv::sim
