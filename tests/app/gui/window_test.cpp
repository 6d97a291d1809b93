// The live window's frame as GLFW drives it (a hidden window under Xvfb): a key tapped within one
// frame still acts (ImGui 1.86 only sees keys held when a frame starts), '?' shows the key help,
// Ctrl+Z / Ctrl+Shift+Z undo and redo an edit, ←/→ (Shift ×10), Home/End scrub the inspected step
// (Esc and play return to live), and a paused window is idle (it may sleep).
#include "tests/app/gui/hidden_window.h"

#include <GLFW/glfw3.h>
#include <gtest/gtest.h>
#include <imgui.h>

#include <optional>

namespace lv {
namespace {

class Window : public testing::Test, protected test::HiddenWindow {
 protected:
  void SetUp() override {
    std::string error;
    if (!open(1280, 720, &error)) GTEST_SKIP() << error;
    for (int i = 0; i < 3; ++i) gui::windowFrame(*loop, session);
  }
  void TearDown() override { close(); }

  // A key pressed and released between two frames, through the callback GLFW calls.
  void tap(int key, int mods = 0) {
    GLFWwindow* window = context->window();
    const GLFWkeyfun installed = glfwSetKeyCallback(window, nullptr);
    glfwSetKeyCallback(window, installed);
    installed(window, key, 0, GLFW_PRESS, mods);
    installed(window, key, 0, GLFW_RELEASE, mods);
    gui::windowFrame(*loop, session);
  }

  sim::Session session = sim::Session::fromScene(sim::defaultScene());
};

TEST_F(Window, AKeyTappedWithinOneFrameIsNotLost) {
  ASSERT_TRUE(loop->state.playing);
  tap(GLFW_KEY_SPACE);
  EXPECT_FALSE(loop->state.playing);
  const size_t steps = session.stepCount();
  tap(GLFW_KEY_S);
  EXPECT_EQ(session.stepCount(), steps + 1);
  tap(GLFW_KEY_H);
  EXPECT_TRUE(loop->state.hideUi);
}

// ImGui's widgets poll key state (a Tab or Ctrl+A in a text field): a key pressed and released
// between two frames is down when the next frame starts (duration 0: just pressed) and up after it.
TEST_F(Window, AKeyTappedWithinOneFrameIsDownForImGuiDuringTheNextFrame) {
  GLFWwindow* window = context->window();
  const GLFWkeyfun installed = glfwSetKeyCallback(window, nullptr);
  glfwSetKeyCallback(window, installed);
  installed(window, GLFW_KEY_TAB, 0, GLFW_PRESS, 0);
  installed(window, GLFW_KEY_TAB, 0, GLFW_RELEASE, 0);
  const ImGuiIO& io = ImGui::GetIO();
  EXPECT_TRUE(io.KeysDown[GLFW_KEY_TAB]);
  gui::windowFrame(*loop, session);
  EXPECT_EQ(io.KeysDownDuration[GLFW_KEY_TAB], 0.0f);  // NewFrame saw it go down
  EXPECT_FALSE(io.KeysDown[GLFW_KEY_TAB]);             // and the release followed the frame
  gui::windowFrame(*loop, session);
  EXPECT_LT(io.KeysDownDuration[GLFW_KEY_TAB], 0.0f);
}

TEST_F(Window, QuestionMarkTogglesTheKeyHelp) {
  GLFWwindow* window = context->window();
  const GLFWcharfun installed = glfwSetCharCallback(window, nullptr);
  glfwSetCharCallback(window, installed);
  installed(window, '?');
  gui::windowFrame(*loop, session);
  EXPECT_TRUE(loop->state.showKeyHelp);
  tap(GLFW_KEY_ESCAPE);
  EXPECT_FALSE(loop->state.showKeyHelp);
}

TEST_F(Window, CtrlZUndoesAnEditAndCtrlShiftZRedoesIt) {
  tap(GLFW_KEY_SPACE);  // pause
  const optim::Vec2 before = session.runs[1].run.start();
  session.moveStart(1, optim::Vec2(0.5, 0.5));  // as a click on the canvas does
  session.runs[1].run.setParam("lr", 0.002, sim::EditPolicy::RestartFromStart);
  tap(GLFW_KEY_K);  // the frame of the click's release
  gui::windowFrame(*loop, session);
  tap(GLFW_KEY_Z, GLFW_MOD_CONTROL);
  EXPECT_EQ(session.runs[1].run.start(), before);
  EXPECT_NE(session.runs[1].run.optimizer().get("lr"), 0.002);
  tap(GLFW_KEY_Z, GLFW_MOD_CONTROL | GLFW_MOD_SHIFT);
  EXPECT_EQ(session.runs[1].run.start(), optim::Vec2(0.5, 0.5));
  EXPECT_EQ(session.runs[1].run.optimizer().get("lr"), 0.002);
}

TEST_F(Window, ArrowKeysScrubTheInspectedStepAndPlayReturnsToLive) {
  tap(GLFW_KEY_SPACE);  // pause
  session.advance(20);
  const size_t last = session.runs[0].run.stepCount();
  ASSERT_GT(last, 12u);
  tap(GLFW_KEY_LEFT);
  ASSERT_TRUE(loop->state.inspectedStep);
  EXPECT_EQ(*loop->state.inspectedStep, last - 1);
  tap(GLFW_KEY_LEFT, GLFW_MOD_SHIFT);
  EXPECT_EQ(*loop->state.inspectedStep, last - 11);
  tap(GLFW_KEY_RIGHT);
  EXPECT_EQ(*loop->state.inspectedStep, last - 10);
  tap(GLFW_KEY_HOME);
  EXPECT_EQ(*loop->state.inspectedStep, 0u);
  tap(GLFW_KEY_LEFT);  // clamped at the start
  EXPECT_EQ(*loop->state.inspectedStep, 0u);
  tap(GLFW_KEY_END);
  EXPECT_EQ(*loop->state.inspectedStep, last);
  EXPECT_EQ(session.runs[0].run.stepCount(), last);  // scrubbing never steps
  tap(GLFW_KEY_ESCAPE);
  EXPECT_FALSE(loop->state.inspectedStep);
  tap(GLFW_KEY_HOME);
  EXPECT_FALSE(loop->state.playing);  // inspecting pauses
  tap(GLFW_KEY_SPACE);
  EXPECT_TRUE(loop->state.playing);
  EXPECT_FALSE(loop->state.inspectedStep);
}

TEST_F(Window, IdleWhenPausedOrAtTheStepLimitBusyWhilePlaying) {
  EXPECT_FALSE(gui::windowIsIdle(*loop, session));  // playing
  tap(GLFW_KEY_SPACE);
  for (int i = 0; i < 4; ++i) gui::windowFrame(*loop, session);
  EXPECT_TRUE(gui::windowIsIdle(*loop, session));
  const long drawn = loop->framesDrawn;
  gui::windowFrame(*loop, session, true, gui::IdleWait::WhenIdle);  // sleeps (at most a second)
  EXPECT_EQ(loop->framesDrawn, drawn + 1);
  tap(GLFW_KEY_SPACE);
  EXPECT_FALSE(gui::windowIsIdle(*loop, session));
  session.stepLimit = session.stepCount();
  for (int i = 0; i < 4; ++i) gui::windowFrame(*loop, session);
  EXPECT_TRUE(gui::windowIsIdle(*loop, session));  // playing, but no run can step
}

}  // namespace
}  // namespace lv
