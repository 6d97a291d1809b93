// Pixel facts of the figure as the window composes it (gui::renderOffscreen, no panels, 640x360):
// the legend sits in its corner and moves with it, arrows vanish when a run has converged and
// show while it moves, and the colour bar shows the colormap's two ends at the bottom right.
#include "app/gui/offscreen.h"
#include "app/sim/colormap.h"
#include "app/sim/scene_json.h"
#include "app/render/gl_check.h"
#include "app/sim/view.h"
#include "tests/app/ui/gl_harness.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdlib>

namespace lv {
namespace {

constexpr int kWidth = 640, kHeight = 360;
using Rgb = std::array<int, 3>;

struct Picture {
  std::vector<std::uint8_t> rgba;
  Rgb at(int x, int y) const {
    const size_t i = (static_cast<size_t>(y) * kWidth + static_cast<size_t>(x)) * 4;
    return {rgba[i], rgba[i + 1], rgba[i + 2]};
  }
  // Pixels in [x0, x1) × [y0, y1) for which `test` holds.
  template <typename Test>
  int count(int x0, int y0, int x1, int y1, Test test) const {
    int n = 0;
    for (int y = y0; y < y1; ++y)
      for (int x = x0; x < x1; ++x) n += test(at(x, y)) ? 1 : 0;
    return n;
  }
};

sim::Session sessionOf(const std::string& json) {
  std::string error;
  auto scene = sim::parseScene(json, &error);
  EXPECT_TRUE(scene) << error;
  sim::Session session = sim::Session::fromScene(scene.value_or(sim::defaultScene()));
  session.view = sim::fitted(session.landscape().view, kWidth, kHeight);
  return session;
}

Picture draw(sim::Session& session, ui::UiState& state) {
  gui::CanvasRenderer renderer;
  Picture picture;
  std::string error;
  EXPECT_TRUE(gui::renderOffscreen(session, state, renderer, kWidth, kHeight, 1, false, picture.rgba, &error))
      << error;
  EXPECT_TRUE(render::checkGlErrors("figure render", &error)) << error;
  return picture;
}

bool isMagenta(const Rgb& p) { return p[0] >= 200 && p[2] >= 200 && p[1] <= 100; }
bool isWhite(const Rgb& p) { return p[0] >= 235 && p[1] >= 235 && p[2] >= 235; }
bool near(const Rgb& p, const std::array<std::uint8_t, 3>& c, int tolerance) {
  return std::abs(p[0] - c[0]) <= tolerance && std::abs(p[1] - c[1]) <= tolerance &&
         std::abs(p[2] - c[2]) <= tolerance;
}

// One magenta run near the centre, far from every corner: magenta in a corner is the legend's
// swatch, and the legend's dark plate covers the corner.
const char* kCentreRun = R"({"landscape": "x^2 + y^2", "steps": 3, "runs": [
    {"optimizer": "sgd", "params": {"lr": 0.1}, "start": [0.6, 0.8], "color": "#ff00ff"}]})";

TEST(FigureRender, LegendSitsInItsCornerAndMovesWithIt) {
  LV_REQUIRE_GL();
  sim::Session session = sessionOf(kCentreRun);
  ui::UiState state;
  state.showArrows = false;
  state.showColorBar = false;
  const int w = kWidth / 3, h = kHeight / 3;
  auto dark = [](const Rgb& p) { return p[0] < 70 && p[1] < 70 && p[2] < 70; };
  const Picture topRight = draw(session, state);
  EXPECT_GT(topRight.count(kWidth - w, 0, kWidth, h, isMagenta), 10);
  EXPECT_EQ(topRight.count(0, kHeight - h, w, kHeight, isMagenta), 0);
  EXPECT_TRUE(dark(topRight.at(kWidth - 20, 20)));
  state.legend.corner = figure::Corner::BottomLeft;
  const Picture bottomLeft = draw(session, state);
  EXPECT_EQ(bottomLeft.count(kWidth - w, 0, kWidth, h, isMagenta), 0);
  EXPECT_GT(bottomLeft.count(0, kHeight - h, w, kHeight, isMagenta), 10);
  state.legend.open = false;  // closed, and not interactive: no legend at all
  const Picture closed = draw(session, state);
  EXPECT_EQ(closed.count(0, kHeight - h, w, kHeight, isMagenta), 0);
  EXPECT_EQ(closed.count(kWidth - w, 0, kWidth, h, isMagenta), 0);
}

TEST(FigureRender, ArrowsShowWhileMovingAndVanishAtConvergence) {
  LV_REQUIRE_GL();
  ui::UiState state;
  state.showArrows = true;
  state.showColorBar = false;
  state.legend.corner = figure::Corner::BottomLeft;
  auto whiteNearHead = [&](const sim::Session& session, const Picture& picture) {
    const sim::ViewTransform t{sim::fitted(session.view, kWidth, kHeight), kWidth, kHeight};
    const optim::Vec2 head = t.toScreen(session.runs[0].run.trajectory().points.back());
    const int x = static_cast<int>(head.x()), y = static_cast<int>(head.y());
    return picture.count(std::max(0, x - 60), std::max(0, y - 60), std::min(kWidth, x + 60),
                         std::min(kHeight, y + 60), isWhite);
  };
  sim::Session moving = sessionOf(kCentreRun);
  EXPECT_GT(whiteNearHead(moving, draw(moving, state)), 15);
  // lr 0.4 on x² + y² shrinks the point by 0.2 a step: after 16 steps |∇f| = 2 × 0.2^16 ≈ 1.3e-11,
  // converged but not 0 (its direction is rounding noise; it once got a 40 px arrow).
  sim::Session converged = sessionOf(R"({"landscape": "x^2 + y^2", "steps": 16, "runs": [
      {"optimizer": "sgd", "params": {"lr": 0.4}, "start": [0.6, 0.8], "color": "#ff00ff"}]})");
  ASSERT_GT(converged.runs[0].run.trajectory().gradients.back().norm(), 0);
  ASSERT_LT(converged.runs[0].run.trajectory().gradients.back().norm(), 1e-8);
  EXPECT_EQ(whiteNearHead(converged, draw(converged, state)), 0);
}

TEST(FigureRender, ColourBarShowsTheColormapsEndsAtTheBottomRight) {
  LV_REQUIRE_GL();
  sim::Session session = sessionOf(kCentreRun);
  ui::UiState state;
  state.showArrows = false;
  const auto& table = sim::colormapTable("viridis");
  // Bottom right, above the x tick labels: on a bowl the surface there is high (yellow), so the
  // colormap's low end (dark purple) there is the bar's.
  auto lowEnd = [&](const Rgb& p) { return near(p, table.front(), 12); };
  auto highEnd = [&](const Rgb& p) { return near(p, table.back(), 12); };
  const int x0 = kWidth * 3 / 5, y0 = kHeight * 3 / 5, y1 = kHeight - 24;  // clear of the minimum
  const Picture with = draw(session, state);
  EXPECT_GT(with.count(x0, y0, kWidth, y1, lowEnd), 10);
  EXPECT_GT(with.count(x0, y0, kWidth, y1, highEnd), 10);
  state.showColorBar = false;
  const Picture without = draw(session, state);
  EXPECT_EQ(without.count(x0, y0, kWidth, y1, lowEnd), 0);
}

}  // namespace
}  // namespace lv
