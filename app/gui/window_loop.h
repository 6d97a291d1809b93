// One whole frame of the live window, shared by the window's loop and `lossviz bench`, so the
// benchmark times the frames a user sees.
#pragma once

#include "app/gui/canvas_renderer.h"
#include "app/gui/composer.h"
#include "app/sim/session.h"
#include "app/ui/ui_state.h"

struct GLFWwindow;

namespace lv::gui {

/// What the live window keeps from frame to frame besides the session. Construct after the GL
/// context and the ImGuiHost (with a platform backend) of `window`; destroy before them.
struct WindowLoop {
  explicit WindowLoop(GLFWwindow* glfwWindow) : window(glfwWindow) {}
  GLFWwindow* window;
  ui::UiState state;
  CanvasRenderer renderer;
  sim::Stepper stepper;
  float fontScale = state.uiScale;  ///< the UI scale the font atlas was last built for
};

/// One frame of the live window: poll events, ImGui frame, keys, fixed-step stepping at the
/// session's steps/s, panels and overlay, the GL canvas (skipped when `drawCanvas` is false),
/// glfwSwapBuffers, then a screenshot if one was requested. Does not wait for the GPU. Returns
/// where the canvas was and what it showed.
ui::CanvasFrame windowFrame(WindowLoop& loop, sim::Session& session, bool drawCanvas = true);

}  // namespace lv::gui
