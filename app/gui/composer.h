// One composition of the window, shared by the live window, the F12 screenshot and the headless
// `render` verb, so the picture is the same on screen and offscreen: the GL canvas (surface,
// trails, markers, arrows) at the canvas rectangle, ImGui's overlay (axes, labels, legend, colour
// bar) over it, both drawn from one figure::Figure, and,
// with the UI, the panels. Needs a current GL 3.3 context and an ImGui context with the OpenGL3
// backend initialised.
#pragma once

#include "app/gui/canvas_renderer.h"
#include "app/sim/session.h"
#include "app/ui/canvas_overlay.h"
#include "app/ui/ui_state.h"

#include <string>

namespace lv::gui {

struct FrameOptions {
  bool withUi = true;       ///< side panel and loss plot
  bool interactive = true;  ///< mouse/keyboard act on the canvas (false for offscreen frames)
};

/// The ImGui half of a frame (between NewFrame and Render): handles canvas input, describes the
/// canvas (its figure: axes, legend, colour bar from `renderer`'s colour mapping, arrows...), draws
/// the overlay and, with options.withUi, the panels. Returns where the canvas is and what it shows.
ui::CanvasFrame buildFrame(sim::Session& session, ui::UiState& state, const FrameOptions& options,
                           CanvasRenderer& renderer);

/// Draws a built frame (after ImGui::Render) into `target` (the window, or the bound offscreen
/// framebuffer) of width × height pixels: clear, the GL canvas at the frame's rectangle (unless
/// `drawCanvas` is false: the benchmark's UI-only baseline), then ImGui's draw data on top.
void drawFrame(CanvasRenderer& renderer, const sim::Session& session, const ui::UiState& state,
               const ui::CanvasFrame& frame, render::CanvasTarget target, int width, int height,
               bool drawCanvas = true);

}  // namespace lv::gui
