// The colour scale as the window shows it, by pixel facts: locked, a pan keeps a fixed world
// point's colour; unlocked or refitted, the colours follow the new view; a saved scene reopens with
// the colours on screen; a typed range colours f = (min + max) / 2 at the colormap's middle; and
// `render --color-range` refuses what the panel refuses.
#include "app/gui/offscreen.h"
#include "app/render/gl_check.h"
#include "app/sim/colormap.h"
#include "app/sim/scene_colors.h"
#include "app/sim/scene_json.h"
#include "tests/app/ui/gl_harness.h"
#include "tests/app/ui/render_cli.h"
#include "tests/app/ui/scene_fixtures.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lv {
namespace {

constexpr int kWidth = 320, kHeight = 200;  // 1.6: the views below have this aspect, so none is widened

// Rosenbrock, no runs (nothing drawn over the surface), no colour bar.
sim::Session surfaceSession(const landscapes::Rect& view) {
  sim::Session session = defaultSession();
  session.runs.clear();
  session.view = view;
  return session;
}

// The colour at world point `p` in a frame of `session` drawn without the UI.
test::Rgb colorAt(sim::Session& session, gui::CanvasRenderer& renderer, const optim::Vec2& p) {
  ui::UiState state;
  state.showColorBar = false;
  std::vector<std::uint8_t> rgba;
  std::string error;
  EXPECT_TRUE(gui::renderOffscreen(session, state, renderer, kWidth, kHeight, 1, false, rgba, &error))
      << error;
  EXPECT_TRUE(render::checkGlErrors("colour lock frame", &error)) << error;
  const landscapes::Rect& v = session.view;
  const int x = static_cast<int>((p.x() - v.xmin) / (v.xmax - v.xmin) * kWidth);
  const int y = static_cast<int>((v.ymax - p.y()) / (v.ymax - v.ymin) * kHeight);
  const size_t i = (static_cast<size_t>(y) * kWidth + static_cast<size_t>(x)) * 4;  // rows top-down
  return {rgba.at(i), rgba.at(i + 1), rgba.at(i + 2)};
}

const landscapes::Rect kView{-2, 2, -1, 1.5};
const landscapes::Rect kPanned{-1, 3, -1, 1.5};  // one unit right: 80 whole pixels
const optim::Vec2 kPoint(-0.45, -0.6);           // f ≈ 62, off the grid lines, in both views

TEST(ColorLock, PanningWithTheLockOnKeepsAWorldPointsColour) {
  LV_REQUIRE_GL();
  gui::CanvasRenderer renderer;
  sim::Session session = surfaceSession(kView);
  ASSERT_TRUE(session.colors.lockScale);  // on by default
  const test::Rgb before = colorAt(session, renderer, kPoint);
  ASSERT_TRUE(session.colors.range.has_value()) << "the first frame fixes the range";
  const sim::ColorRange pinned = *session.colors.range;
  session.view = kPanned;
  const test::Rgb panned = colorAt(session, renderer, kPoint);
  EXPECT_LE(test::distance(before, panned), 1);
  EXPECT_EQ(*session.colors.range, pinned);

  // "Refit to view" clears the range: the next frame fits the panned view, and the colour moves.
  session.colors.range.reset();
  const test::Rgb refitted = colorAt(session, renderer, kPoint);
  EXPECT_GT(test::distance(before, refitted), 6);
  EXPECT_NE(*session.colors.range, pinned);
}

TEST(ColorLock, WithTheLockOffEveryViewIsFittedAnew) {
  LV_REQUIRE_GL();
  gui::CanvasRenderer renderer;
  sim::Session session = surfaceSession(kView);
  session.colors.lockScale = false;
  const test::Rgb before = colorAt(session, renderer, kPoint);
  EXPECT_FALSE(session.colors.range.has_value());
  session.view = kPanned;
  EXPECT_GT(test::distance(before, colorAt(session, renderer, kPoint)), 6);
}

// A scene saved after panning with the lock on reopens (in a fresh window) with the same colours.
TEST(ColorLock, ASavedSceneReopensWithTheColoursOnScreen) {
  LV_REQUIRE_GL();
  gui::CanvasRenderer renderer;
  sim::Session session = surfaceSession(kView);
  colorAt(session, renderer, kPoint);
  session.view = kPanned;
  const test::Rgb onScreen = colorAt(session, renderer, kPoint);
  std::string error;
  auto scene = sim::parseScene(sim::sceneToJson(session.toScene()), &error);
  ASSERT_TRUE(scene) << error;
  sim::Session reopened = sim::Session::fromScene(*scene);
  gui::CanvasRenderer fresh;
  EXPECT_LE(test::distance(onScreen, colorAt(reopened, fresh, kPoint)), 1);
}

// Linear range [0, 100]: where Rosenbrock is 50 (x = 1.25, y = x² − √0.5: (1 − x)² = 0.0625 aside)
// the colour is the colormap's middle.
TEST(ColorLock, ATypedRangeColoursItsMidpointAtTheColormapsMiddle) {
  LV_REQUIRE_GL();
  gui::CanvasRenderer renderer;
  sim::Session session = surfaceSession({-1.2, 2.8, -0.5, 2.0});
  session.colors.logScale = false;
  session.colors.contourCount = 0;
  std::string error;
  ASSERT_TRUE(sim::setColorRange(session.colors, {0, 100, 1e-4}, &error)) << error;
  const auto mid = sim::colormapColor(session.colors.colormap, 0.5);
  const test::Rgb expected = {static_cast<int>(std::lround(mid[0] * 255)),
                              static_cast<int>(std::lround(mid[1] * 255)),
                              static_cast<int>(std::lround(mid[2] * 255))};
  // y within the pixel the point falls in: f changes by about 2 per pixel row there.
  EXPECT_LE(test::distance(colorAt(session, renderer, optim::Vec2(1.25, 1.5625 - std::sqrt(0.5 - 0.000625))),
                           expected),
            12);
}

TEST(ColorLock, RenderRefusesAnEmptyOrNonPositiveRange) {
  for (const char* range : {"5:1", "3:3", "0:1:0", "0:1:-2", "nan:1", "1"}) {
    const test::Result r = test::renderCli("--optimizer adam --size 64x64 --color-range " +
                                           std::string(range) + " --out " + test::tempPath("range.png"));
    EXPECT_EQ(r.status, 2) << range;
    EXPECT_NE(r.err.find("--color-range"), std::string::npos) << r.err;
  }
}

}  // namespace
}  // namespace lv
