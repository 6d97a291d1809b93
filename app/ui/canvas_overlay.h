// The canvas on the ImGui side: where it is, its world ↔ pixel mapping, the figure it shows
// (app/figure, drawn by ui::drawFigureOverlay and the GL canvas), the hover read-out and the mouse
// (pan, zoom, moving start points, the legend's toggles and corner).
#pragma once

#include "app/figure/build.h"
#include "app/figure/figure.h"
#include "app/sim/session.h"
#include "app/sim/view.h"
#include "app/ui/figure_overlay.h"
#include "app/ui/ui_state.h"

#include <imgui.h>

#include <functional>
#include <optional>
#include <string>

namespace lv::ui {

/// The canvas rectangle on screen (pixels, ImGui coordinates), the landscape rect it shows and
/// what is drawn on it. `transform` is the one world ↔ pixel mapping (canvas-local pixels).
struct CanvasFrame {
  ImVec2 min, max;
  sim::ViewTransform transform;  ///< canvas-local pixels (0,0 = `min`)
  figure::Figure figure;         ///< filled by describeCanvas(); empty from canvasFrame() alone

  ImVec2 toScreen(const optim::Vec2& world) const;
  optim::Vec2 toWorld(const ImVec2& screen) const;
  /// Canvas-local pixel of a screen point (the figure's coordinates).
  figure::Vec2 toLocal(const ImVec2& screen) const { return {screen.x - min.x, screen.y - min.y}; }
};

/// The frame for the canvas rect: session.view fitted to its aspect (session.view itself is kept).
CanvasFrame canvasFrame(const sim::Session& session, ImVec2 min, ImVec2 max);

/// What of the inspected step the UI state asks the figure to show: its scrubbed step, the
/// inspected run (panels.h inspectedRun) and the arrow and eigen-axis toggles.
figure::InspectionOptions inspectionOptions(const sim::Session& session, const UiState& state);

/// Fills frame.figure from the session and the UI's settings (legend, arrows, UI scale; in 2D the
/// inspected step's rings, arrows and eigen-axes, replayed with state.stepInspector, and the ghost
/// paths), measured with ImGui's current font. `colorMapping`: the surface's, for the colour bar
/// (none: no bar). `interactive` adds the legend's toggle and observes the session for ghost paths
/// (state.ghosts). Call inside an ImGui frame.
void describeCanvas(CanvasFrame& frame, const sim::Session& session, UiState& state,
                    const std::optional<figure::ColorMapping>& colorMapping, bool interactive);


/// Pan (left drag on empty space, right/middle drag), zoom at cursor (wheel), drag a start marker,
/// click to move the selected run's start (all runs when "all" is selected), F fit request. On the
/// legend (frame.figure.legend): a click on a row toggles that run, on the toggle opens/closes the
/// legend, a drag moves it to the nearest corner. Ignores the mouse while ImGui wants it.
void handleCanvasInput(sim::Session& session, UiState& state, const CanvasFrame& frame);

}  // namespace lv::ui
