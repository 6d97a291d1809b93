// See window_loop.h.
#include "app/gui/window_loop.h"

#include "app/gui/offscreen.h"
#include "app/gui/ui_scale.h"
#include "app/render/png_writer.h"
#include "app/sim/paths.h"
#include "app/ui/map_view.h"
#include "app/ui/panels.h"
#include "app/ui/presentation.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>

namespace lv::gui {
namespace {

constexpr int kSettleFrames = 3;            // frames drawn after the last input (ImGui settles in 2)
constexpr double kIdleWaitSeconds = 10.0;   // longest sleep of an idle window (input wakes it)
constexpr double kCaretBlinkSeconds = 0.5;  // a focused text field still blinks

bool anyRunCanStep(const sim::Session& session) {
  for (const sim::LiveRun& live : session.runs)
    if (live.run.requestedSteps() < session.stepLimit) return true;
  return false;
}

void toggleFullscreen(WindowLoop& loop) {
  int* r = loop.windowedRect;
  if (glfwGetWindowMonitor(loop.window)) {
    glfwSetWindowMonitor(loop.window, nullptr, r[0], r[1], r[2], r[3], 0);
    return;
  }
  GLFWmonitor* monitor = glfwGetPrimaryMonitor();
  const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
  if (!mode) return;
  glfwGetWindowPos(loop.window, &r[0], &r[1]);
  glfwGetWindowSize(loop.window, &r[2], &r[3]);
  glfwSetWindowMonitor(loop.window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
}

/// Replaces the session by an undo/redo snapshot (runs recomputed to the current step count).
void restore(WindowLoop& loop, sim::Session& session, const std::optional<sim::Scene>& scene,
             const char* verb) {
  ui::UiState& state = loop.state;
  if (!scene) {
    state.editStatus = {std::string("nothing to ") + verb, false};
    return;
  }
  session = sim::Session::fromScene(*scene);
  state.selectedRun = std::min(state.selectedRun, static_cast<int>(session.runs.size()) - 1);
  state.formulaText = session.landscape().name;
  state.formulaError.clear();
  state.formulaEditedAt = -1;
  state.editStatus = {std::string(verb) + " (Ctrl+Z undo, Ctrl+Shift+Z redo)", false};
}

void handleKeys(WindowLoop& loop, sim::Session& session) {
  ui::UiState& state = loop.state;
  const bool typing = ImGui::GetIO().WantTextInput;
  for (const platform::KeyPress& press : loop.keys.takePresses()) {
    if (typing) continue;
    const bool ctrl = press.mods & GLFW_MOD_CONTROL, shift = press.mods & GLFW_MOD_SHIFT;
    const bool plain = !(press.mods & (GLFW_MOD_CONTROL | GLFW_MOD_ALT | GLFW_MOD_SUPER));
    const bool scrubKey = press.key == GLFW_KEY_LEFT || press.key == GLFW_KEY_RIGHT;
    if (press.repeat && press.key != GLFW_KEY_S && !scrubKey) continue;
    if (ctrl && (press.key == GLFW_KEY_Y || (press.key == GLFW_KEY_Z && shift)))
      restore(loop, session, loop.history.redo(session.toScene()), "redo");
    else if (ctrl && press.key == GLFW_KEY_Z)
      restore(loop, session, loop.history.undo(session.toScene()), "undo");
    if (!plain) continue;
    switch (press.key) {
      case GLFW_KEY_SPACE:
        state.playing = !state.playing;
        break;
      case GLFW_KEY_S:
        session.step();
        break;
      case GLFW_KEY_R:
        session.restart();
        break;
      case GLFW_KEY_F:
        state.fitRequested = true;
        break;
      case GLFW_KEY_H:
        state.hideUi = !state.hideUi;
        break;
      case GLFW_KEY_3:
        session.view3d.mode = sim::nextViewMode(session.view3d.mode);
        break;
      case GLFW_KEY_F11:
        toggleFullscreen(loop);
        break;
      case GLFW_KEY_F12:
        state.screenshotRequested = true;
        break;
      case GLFW_KEY_ESCAPE:
        state.showKeyHelp = false;
        state.inspectedStep.reset();
        break;
      case GLFW_KEY_LEFT:
      case GLFW_KEY_RIGHT:
        ui::scrubBy(session, state, (press.key == GLFW_KEY_LEFT ? -1 : 1) * (shift ? 10 : 1));
        break;
      case GLFW_KEY_HOME:
        ui::scrubTo(session, state, 0);
        break;
      case GLFW_KEY_END:
        ui::scrubTo(session, state, session.stepCount());
        break;
      default:
        break;
    }
  }
  for (unsigned c : loop.keys.takeCharacters())
    if (!typing && c == '?') state.showKeyHelp = !state.showKeyHelp;
  if (state.playing) state.inspectedStep.reset();  // play resumes live
}

bool hadInput(const WindowLoop& loop) {
  const ImGuiIO& io = ImGui::GetIO();
  return io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || io.MouseWheel != 0 || io.MouseWheelH != 0 ||
         ImGui::IsAnyMouseDown() || !loop.keys.empty() || io.InputQueueCharacters.Size > 0;
}

void takeScreenshot(sim::Session& session, ui::UiState& state, CanvasRenderer& renderer, int width,
                    int height) {
  std::vector<std::uint8_t> rgba;
  std::string error;
  const int scale = state.screenshotScale;
  const std::string path = sim::uniqueExportPath(ui::exportPath(state, "."), ".png");
  if (renderOffscreen(session, state, renderer, width, height, scale, state.screenshotWithUi, rgba, &error) &&
      render::writePng(path, rgba, width * scale, height * scale, &error))
    state.exportStatus = {"wrote " + path, false};
  else
    state.exportStatus = {error, true};
}

/// How long an idle window may sleep: until a typed formula is due, briefly while a caret blinks.
double idleTimeout(const ui::UiState& state) {
  double timeout = ImGui::GetIO().WantTextInput ? kCaretBlinkSeconds : kIdleWaitSeconds;
  if (state.formulaEditedAt >= 0)
    timeout = std::min(timeout, state.formulaEditedAt + ui::kFormulaPauseSeconds - ImGui::GetTime());
  return std::max(timeout, 0.0);
}

}  // namespace

bool windowIsIdle(const WindowLoop& loop, const sim::Session& session) {
  const ui::UiState& state = loop.state;
  return loop.quietFrames >= kSettleFrames && !(state.playing && anyRunCanStep(session)) &&
         !state.screenshotRequested && !state.fitRequested && !state.record.active &&
         !ImGui::IsAnyMouseDown() && !loop.mapDriver.busy() && !loop.renderer.settling(session);
}

void windowedSize(const WindowLoop& loop, int* width, int* height) {
  if (glfwGetWindowMonitor(loop.window)) {
    *width = loop.windowedRect[2];
    *height = loop.windowedRect[3];
  } else {
    glfwGetWindowSize(loop.window, width, height);
  }
}

ui::CanvasFrame windowFrame(WindowLoop& loop, sim::Session& session, bool drawCanvas, IdleWait wait) {
  ui::UiState& state = loop.state;
  if (wait == IdleWait::WhenIdle && windowIsIdle(loop, session)) {
    glfwWaitEventsTimeout(idleTimeout(state));
    loop.stepper.clear();  // the time asleep is no backlog of steps
  } else {
    glfwPollEvents();
  }
  if (state.uiScale != loop.fontScale && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    loop.fontScale = state.uiScale;
    applyUiScale(loop.fontScale);
  }
  if (!loop.historyStarted) {
    loop.history.reset(session.toScene());
    loop.historyStarted = true;
  }
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  loop.quietFrames = hadInput(loop) ? 0 : loop.quietFrames + 1;
  handleKeys(loop, session);
  const size_t due = loop.stepper.due(ImGui::GetIO().DeltaTime, session.stepsPerSecond);
  if (state.playing && due > 0) session.advance(due);
  if (!state.playing) loop.stepper.clear();
  const ui::CanvasFrame frame = buildFrame(session, state, {!state.hideUi, true}, loop.renderer);
  loop.mapDriver.update(session, state.map, frame.transform.view, loop.renderer.canvas().mapOverlay());
  if (!state.hideUi) ui::drawMapCanvasHover(session, state, frame);
  if (state.hideUi) ui::drawPresentationCaption(ImGui::GetForegroundDrawList(), session, frame);
  ui::drawKeyHelp(state);
  // Edits come from input; a typed formula is applied a moment after the last key.
  if (loop.quietFrames <= kSettleFrames + 1 || loop.framesDrawn % 30 == 0)
    loop.history.observe(session.toScene(), !ImGui::IsAnyMouseDown() && !ImGui::IsAnyItemActive());
  ImGui::Render();
  loop.keys.frameDone();  // ImGui has seen this frame's taps down: now it may see them released
  int width = 0, height = 0;
  glfwGetFramebufferSize(loop.window, &width, &height);
  drawFrame(loop.renderer, session, state, frame, render::CanvasTarget::Window, width, height, drawCanvas);
  glfwSwapBuffers(loop.window);
  ++loop.framesDrawn;
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  if (state.screenshotRequested) {
    state.screenshotRequested = false;
    takeScreenshot(session, state, loop.renderer, static_cast<int>(size.x), static_cast<int>(size.y));
  }
  if (carryOutRecording(loop.recording, session, state, static_cast<int>(size.x), static_cast<int>(size.y)))
    loop.quietFrames = 0;  // draw the outcome before the window may sleep
  return frame;
}

}  // namespace lv::gui
