// The canvas as a user drives it with the mouse: drag pans, the wheel zooms at the cursor, a click
// moves the selected run's start (or every run's), dragging a start ring moves that run only, and
// "fit view" restores the landscape's rectangle. A headless ImGui context (no GL) replays the input.
#include "app/sim/session.h"
#include "app/sim/view.h"
#include "app/ui/canvas_overlay.h"
#include "app/ui/ui_state.h"
#include "tests/app/headless_imgui.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <cmath>

namespace lv {
namespace {

constexpr float kWidth = 1000, kHeight = 600;

class CanvasInput : public testing::Test {
 protected:
  void SetUp() override {
    test::createHeadlessImGui(kWidth, kHeight);
    session.view = sim::fitted(session.landscape().view, kWidth, kHeight);
    session.advance(50);
  }
  void TearDown() override { ImGui::DestroyContext(); }

  // One frame with the mouse at `at`, the left button `down`, and `wheel` notches.
  void frame(ImVec2 at, bool down, float wheel = 0) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = at;
    io.MouseDown[0] = down;
    io.MouseWheel = wheel;
    ImGui::NewFrame();
    current = ui::canvasFrame(session, ImVec2(0, 0), ImVec2(kWidth, kHeight));
    ui::handleCanvasInput(session, state, current);
    ImGui::EndFrame();
  }
  // Press at `from`, move in small steps to `to`, release there.
  void drag(ImVec2 from, ImVec2 to) {
    frame(from, false);
    frame(from, true);
    for (int i = 1; i <= 10; ++i)
      frame(ImVec2(from.x + (to.x - from.x) * i / 10, from.y + (to.y - from.y) * i / 10), true);
    frame(to, false);
  }
  void click(ImVec2 at) {
    frame(at, false);
    frame(at, true);
    frame(at, false);
  }
  sim::ViewTransform transform() const {
    return {sim::fitted(session.view, kWidth, kHeight), kWidth, kHeight};
  }
  ImVec2 screenOf(const optim::Vec2& world) const {
    const optim::Vec2 p = transform().toScreen(world);
    return ImVec2(static_cast<float>(p.x()), static_cast<float>(p.y()));
  }

  sim::Session session = sim::Session::fromScene(sim::defaultScene());
  ui::UiState state;
  ui::CanvasFrame current;
};

TEST_F(CanvasInput, DragOnEmptySpacePansByTheDragDistance) {
  const sim::ViewTransform before = transform();
  const optim::Vec2 grabbed = before.toWorld(optim::Vec2(800, 500));
  const optim::Vec2 start0 = session.runs[0].run.start();
  drag(ImVec2(800, 500), ImVec2(700, 450));
  // The world point that was under the cursor is under it again where the drag ended.
  const optim::Vec2 now = transform().toWorld(optim::Vec2(700, 450));
  EXPECT_NEAR(now.x(), grabbed.x(), 1e-9);
  EXPECT_NEAR(now.y(), grabbed.y(), 1e-9);
  EXPECT_EQ(session.runs[0].run.start(), start0);  // a drag is not a click
}

TEST_F(CanvasInput, WheelZoomsAtTheCursor) {
  const optim::Vec2 under = transform().toWorld(optim::Vec2(300, 200));
  const double width = session.view.xmax - session.view.xmin;
  frame(ImVec2(300, 200), false);
  frame(ImVec2(300, 200), false, 2.0f);
  frame(ImVec2(300, 200), false);
  const double zoomed = transform().view.xmax - transform().view.xmin;
  EXPECT_NEAR(zoomed, width / std::pow(1.15, 2), width * 1e-9);
  const optim::Vec2 still = transform().toWorld(optim::Vec2(300, 200));
  EXPECT_NEAR(still.x(), under.x(), 1e-9);
  EXPECT_NEAR(still.y(), under.y(), 1e-9);
}

TEST_F(CanvasInput, ClickMovesTheSelectedRunsStartAndKeepsItsStepCount) {
  state.selectedRun = 2;
  const optim::Vec2 target = transform().toWorld(optim::Vec2(600, 150));
  click(ImVec2(600, 150));
  EXPECT_NEAR((session.runs[2].run.start() - target).norm(), 0, 1e-9);
  EXPECT_EQ(session.runs[2].run.stepCount(), 50u);
  EXPECT_EQ(session.runs[0].run.start(), optim::Vec2(-1.5, 2.0));
  state.selectedRun = -1;  // "all"
  click(ImVec2(650, 180));
  const optim::Vec2 all = transform().toWorld(optim::Vec2(650, 180));
  for (const sim::LiveRun& live : session.runs) EXPECT_NEAR((live.run.start() - all).norm(), 0, 1e-9);
}

TEST_F(CanvasInput, DraggingAStartRingMovesThatRunOnly) {
  session.moveStart(1, optim::Vec2(0.5, 0.5));  // keeps the fixture's 50 steps
  const ImVec2 ring = screenOf(session.runs[1].run.start());
  const ImVec2 to(ring.x + 120, ring.y + 40);
  drag(ring, to);
  const optim::Vec2 expected = transform().toWorld(optim::Vec2(to.x, to.y));
  EXPECT_NEAR((session.runs[1].run.start() - expected).norm(), 0, 1e-9);
  EXPECT_EQ(session.runs[1].run.stepCount(), 50u);
  EXPECT_EQ(session.runs[0].run.start(), optim::Vec2(-1.5, 2.0));
}

TEST_F(CanvasInput, FitRestoresTheLandscapesView) {
  drag(ImVec2(800, 500), ImVec2(500, 300));
  frame(ImVec2(10, 10), false, 3.0f);
  state.fitRequested = true;
  frame(ImVec2(10, 10), false);
  const landscapes::Rect fit = sim::fitted(session.landscape().view, kWidth, kHeight);
  EXPECT_DOUBLE_EQ(session.view.xmin, fit.xmin);
  EXPECT_DOUBLE_EQ(session.view.ymax, fit.ymax);
  EXPECT_FALSE(state.fitRequested);
}

}  // namespace
}  // namespace lv
