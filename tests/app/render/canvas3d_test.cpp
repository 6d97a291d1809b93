// The window's 3D picture (Canvas3d with CanvasTarget::Window): which picture each change gets. The
// interim picture stands in while the camera turns; runs stepping under a resting camera get the
// full picture at once. settling() is true exactly while the interim picture is shown.
#include "app/render/canvas3d.h"
#include "app/render/gl_check.h"
#include "app/render/offscreen_target.h"
#include "landscapes/formula.h"
#include "tests/app/render/gl_test_context.h"
#include "tests/app/sim/bowl_field.h"

#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

namespace lv::render {
namespace {

constexpr int kWidth = 320, kHeight = 200;

/// SGD with lr 0.1 on the bowl from (-1.5, 1): each step scales the point by 0.8.
sim::Trajectory bowlPath(int steps) {
  sim::Trajectory t;
  optim::Vec2 p(-1.5, 1);
  for (int k = 0; k <= steps; ++k, p *= 0.8) {
    t.points.push_back(p);
    t.losses.push_back(sim::test::bowl(p));
  }
  return t;
}

struct Window3d {
  Canvas3d canvas;
  std::optional<OffscreenTarget> target = OffscreenTarget::create(kWidth, kHeight);
  sim::Camera camera;
  sim::HeightField field = sim::test::bowlField();
  CanvasStyle style;
  std::vector<TrailStyle> styles{TrailStyle{}};

  /// One window frame showing `path`.
  void frame(const sim::Trajectory& path) {
    canvas.syncTrail(0, path.points, 1, field);
    target->bind();
    canvas.draw(CanvasTarget::Window, Viewport{0, 0, kWidth, kHeight}, camera, field, style, styles, {});
  }

  /// Whether the bowl's surface shows at the picture's centre (not the clear colour, 20 20 26).
  bool surfaceAtCentre() const {
    const std::vector<std::uint8_t> rgba = target->readPixels();
    const std::size_t at = 4 * (std::size_t(kHeight / 2) * kWidth + kWidth / 2);
    return std::abs(rgba[at] - 20) + std::abs(rgba[at + 1] - 20) + std::abs(rgba[at + 2] - 26) > 30;
  }
};

TEST(Canvas3d, RunsSteppingUnderARestingCameraGetTheFullPictureAtOnce) {
  LV_REQUIRE_GL();
  Window3d w;
  ASSERT_TRUE(w.target);
  const auto formula = landscapes::Formula::parse("x^2 + y^2");
  ASSERT_TRUE(formula);
  ASSERT_TRUE(w.canvas.setLandscape(*formula, 1));
  sim::Trajectory path = bowlPath(3);
  w.frame(path);
  EXPECT_TRUE(w.canvas.settling()) << "a new picture starts as the interim one";
  EXPECT_TRUE(w.surfaceAtCentre()) << "the interim picture shows the surface";
  for (int i = 0; i < 3; ++i) w.frame(path);
  EXPECT_FALSE(w.canvas.settling()) << "resting frames bring the full picture";
  // Steps with the camera at rest: the full picture every frame, never the interim one.
  for (int steps = 4; steps < 8; ++steps) {
    path = bowlPath(steps);
    w.frame(path);
    EXPECT_FALSE(w.canvas.settling()) << steps;
  }
  // The camera turns: interim frames, as many as it turns.
  for (int i = 0; i < 3; ++i) {
    w.camera.orbit(6, 0);
    w.frame(path);
    EXPECT_TRUE(w.canvas.settling());
    EXPECT_TRUE(w.surfaceAtCentre()) << "turn " << i;
  }
  {
    // Each turn's interim picture is that camera's alone, not drawn over the one before: the same
    // as a new window's first picture from there.
    Window3d fresh;
    fresh.camera = w.camera;
    ASSERT_TRUE(fresh.canvas.setLandscape(*formula, 1));
    fresh.frame(path);
    const std::vector<std::uint8_t> turned = w.target->readPixels(), first = fresh.target->readPixels();
    int differing = 0;
    for (std::size_t i = 0; i < turned.size(); i += 4)
      differing += std::abs(turned[i] - first[i]) + std::abs(turned[i + 1] - first[i + 1]) +
                       std::abs(turned[i + 2] - first[i + 2]) >
                   12;
    EXPECT_LT(differing, kWidth * kHeight / 100) << "pixels unlike a new window's interim picture";
    w.target->bind();
  }
  // It stops, and the runs step on: the full picture from the first step.
  path = bowlPath(9);
  w.frame(path);
  EXPECT_FALSE(w.canvas.settling());
  path = bowlPath(10);
  w.frame(path);
  EXPECT_FALSE(w.canvas.settling());
  EXPECT_TRUE(w.surfaceAtCentre());
  std::string error;
  EXPECT_TRUE(checkGlErrors("Canvas3d window frames", &error)) << error;
}

}  // namespace
}  // namespace lv::render
