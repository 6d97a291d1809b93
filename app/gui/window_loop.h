// One whole frame of the live window, shared by the window's loop and `lossviz bench`, so the
// benchmark times the frames a user sees.
#pragma once

#include "app/gui/canvas_renderer.h"
#include "app/gui/composer.h"
#include "app/gui/recording.h"
#include "app/maps/map_driver.h"
#include "app/platform/key_queue.h"
#include "app/sim/history.h"
#include "app/sim/session.h"
#include "app/ui/ui_state.h"

struct GLFWwindow;

namespace lv::gui {

/// Whether windowFrame may sleep until something happens.
enum class IdleWait {
  Never,     ///< poll and draw at once (bench's timed frames)
  WhenIdle,  ///< when nothing moves and no run steps, wait for an event (or a timer) first
};

/// What the live window keeps from frame to frame besides the session. Construct after the GL
/// context and the ImGuiHost (with a platform backend) of `window`; destroy before them.
struct WindowLoop {
  explicit WindowLoop(GLFWwindow* glfwWindow) : window(glfwWindow), keys(glfwWindow) {}
  GLFWwindow* window;
  ui::UiState state;
  CanvasRenderer renderer;
  sim::Stepper stepper;
  float fontScale = state.uiScale;  ///< the UI scale the font atlas was last built for
  platform::KeyQueue keys;          ///< key presses as events (a tap within one frame counts)
  sim::History history;             ///< undo/redo of the user's edits
  bool historyStarted = false;
  int quietFrames = 0;                      ///< frames since the last input
  int windowedRect[4] = {0, 0, 1280, 720};  ///< x, y, width, height before fullscreen (F11)
  long framesDrawn = 0;
  std::unique_ptr<Recording> recording;  ///< the video being recorded (Record button), if any
  maps::MapDriver mapDriver;             ///< computes the convergence map a few milliseconds a frame
};

/// One frame of the live window: poll events (or, with IdleWait::WhenIdle and an idle window,
/// wait for one: a second at most), ImGui frame, keys, fixed-step stepping at the session's
/// steps/s, panels and overlay, the GL canvas (skipped when `drawCanvas` is false),
/// glfwSwapBuffers, then a screenshot if one was requested and a slice of the recording. Does not wait for
/// the GPU. Returns where the canvas was and what it showed.
ui::CanvasFrame windowFrame(WindowLoop& loop, sim::Session& session, bool drawCanvas = true,
                            IdleWait wait = IdleWait::Never);

/// True when another frame would show nothing new: no run can step while playing, no input in the
/// last few frames, no mouse button held, no request pending, no recording under way.
bool windowIsIdle(const WindowLoop& loop, const sim::Session& session);

/// Size and position of the window when not fullscreen (what the settings remember).
void windowedSize(const WindowLoop& loop, int* width, int* height);

}  // namespace lv::gui
