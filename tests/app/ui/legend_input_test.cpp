// The legend as a user drives it (issue 9 item 14): a click on a row toggles that run, a click on
// the toggle closes the legend to a tab and reopens it, a drag moves it to the nearest corner, and
// none of these moves a run's start. A headless ImGui context replays the mouse.
#include "app/sim/view.h"
#include "app/ui/canvas_overlay.h"
#include "tests/app/headless_imgui.h"

#include <gtest/gtest.h>
#include <imgui.h>

namespace lv {
namespace {

constexpr float kWidth = 1000, kHeight = 600;

class LegendInput : public testing::Test {
 protected:
  void SetUp() override {
    previous_ = ImGui::GetCurrentContext();  // another test's context, if any: restored after
    context_ = test::createHeadlessImGui(kWidth, kHeight);
    session.view = sim::fitted(session.landscape().view, kWidth, kHeight);
    session.advance(20);
  }
  void TearDown() override {
    ImGui::DestroyContext(context_);
    ImGui::SetCurrentContext(previous_);
  }
  void frame(ImVec2 at, bool down) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = at;
    io.MouseDown[0] = down;
    ImGui::NewFrame();
    current = ui::canvasFrame(session, ImVec2(0, 0), ImVec2(kWidth, kHeight));
    ui::describeCanvas(current, session, state, std::nullopt, true);
    ui::handleCanvasInput(session, state, current);
    ImGui::EndFrame();
  }
  void click(ImVec2 at) {
    frame(at, false);
    frame(at, true);
    frame(at, false);
  }
  static ImVec2 centre(const figure::Box& b) {
    return ImVec2(static_cast<float>(0.5 * (b.x0 + b.x1)), static_cast<float>(0.5 * (b.y0 + b.y1)));
  }

  sim::Session session = sim::Session::fromScene(sim::defaultScene());  // always valid
  ui::UiState state;
  ui::CanvasFrame current;

 private:
  ImGuiContext* previous_ = nullptr;
  ImGuiContext* context_ = nullptr;
};

TEST_F(LegendInput, ClickOnARowTogglesThatRunAndMovesNoStart) {
  frame(ImVec2(10, 10), false);
  ASSERT_EQ(current.figure.legend.entries.size(), 4u);
  const ImVec2 row = centre(current.figure.legend.entries[2].row);
  const optim::Vec2 start = session.runs[2].run.start();
  click(row);
  EXPECT_FALSE(session.runs[2].visible);
  EXPECT_TRUE(session.runs[1].visible);
  EXPECT_EQ(session.runs[2].run.start(), start);
  EXPECT_EQ(session.runs[0].run.start(), optim::Vec2(-1.5, 2.0));
  click(row);
  EXPECT_TRUE(session.runs[2].visible);
}

TEST_F(LegendInput, ToggleClosesToATabAndReopens) {
  frame(ImVec2(10, 10), false);
  click(centre(current.figure.legend.toggle));
  EXPECT_FALSE(state.legend.open);
  frame(ImVec2(10, 10), false);
  EXPECT_TRUE(current.figure.legend.entries.empty());
  click(centre(current.figure.legend.toggle));
  EXPECT_TRUE(state.legend.open);
}

TEST_F(LegendInput, DragMovesItToTheNearestCorner) {
  frame(ImVec2(10, 10), false);
  const ImVec2 from = centre(current.figure.legend.entries[0].row);
  const ImVec2 to(150, 500);
  frame(from, false);
  frame(from, true);
  for (int i = 1; i <= 10; ++i)
    frame(ImVec2(from.x + (to.x - from.x) * i / 10, from.y + (to.y - from.y) * i / 10), true);
  frame(to, false);
  EXPECT_EQ(state.legend.corner, figure::Corner::BottomLeft);
  EXPECT_TRUE(session.runs[0].visible);  // a drag is not a click
  frame(ImVec2(10, 10), false);
  EXPECT_LT(current.figure.legend.box.x0, 200);
  EXPECT_GT(current.figure.legend.box.y1, 400);
}

}  // namespace
}  // namespace lv
