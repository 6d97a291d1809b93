// One composition of the window, shared by the live window, the F12 screenshot and the headless
// `render` verb, so the picture is the same on screen and offscreen: the GL canvas (surface,
// trails, markers) at the canvas rectangle, ImGui's overlay (axes, labels, legend) over it and,
// with the UI, the panels. Also one whole frame of the live window, shared by the window's loop
// and `lossviz bench`, so the benchmark times the frames a user sees. Needs a current GL 3.3
// context and an ImGui context with the OpenGL3 backend initialised.
#pragma once

#include "app/gui/canvas_renderer.h"
#include "app/sim/session.h"
#include "app/ui/canvas_overlay.h"
#include "app/ui/ui_state.h"

#include <cstdint>
#include <string>
#include <vector>

struct GLFWwindow;

namespace lv::gui {

struct FrameOptions {
  bool withUi = true;       ///< side panel and loss plot
  bool interactive = true;  ///< mouse/keyboard act on the canvas (false for offscreen frames)
};

/// Loads DejaVu Sans (ImGui's default font if missing) at 16 px × `uiScale` and scales the style.
/// Call between frames; re-uploads the font texture.
void applyUiScale(float uiScale);

/// The ImGui half of a frame (between NewFrame and Render): handles canvas input, fills the
/// overlay, legend and, with options.withUi, the panels. Returns where the canvas is and what it shows.
ui::CanvasFrame buildFrame(sim::Session& session, ui::UiState& state, const FrameOptions& options,
                           const std::string& shaderError);

/// Draws a built frame (after ImGui::Render) into the bound framebuffer of width × height pixels:
/// clear, the GL canvas at the frame's rectangle (unless `drawCanvas` is false: the benchmark's
/// UI-only baseline), then ImGui's draw data on top.
void drawFrame(CanvasRenderer& renderer, const sim::Session& session, const ui::UiState& state,
               const ui::CanvasFrame& frame, int width, int height, bool drawCanvas = true);

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

/// Renders one frame of a `width` × `height` window at `scale` times its size (fonts re-rasterised,
/// lines scaled: sharp, not magnified) into an offscreen target: `rgba` gets (width·scale) ×
/// (height·scale) RGBA8 pixels, top row first. Call outside an ImGui frame. False with one line in
/// `*error` when the size is beyond the GPU or the framebuffer cannot be made.
bool renderOffscreen(sim::Session& session, ui::UiState& state, CanvasRenderer& renderer, int width, int height,
                     int scale, bool withUi, std::vector<std::uint8_t>& rgba, std::string* error);

}  // namespace lv::gui
