// What the canvas draws over the GL picture with ImGui draw lists (axes, labels, legend, hover
// read-out) and the canvas's mouse handling (pan, zoom, moving start points). The surface, trails
// and markers are GL (app/gui/canvas_renderer).
#pragma once

#include "app/sim/session.h"
#include "app/sim/view.h"
#include "app/ui/ui_state.h"

#include <imgui.h>

namespace lv::ui {

/// The canvas rectangle on screen (pixels, ImGui coordinates) and the landscape rect it shows.
struct CanvasFrame {
  ImVec2 min, max;
  sim::ViewTransform transform;  ///< canvas-local pixels (0,0 = `min`)

  ImVec2 toScreen(const optim::Vec2& world) const;
  optim::Vec2 toWorld(const ImVec2& screen) const;
};

/// The frame for the canvas rect: session.view fitted to its aspect (session.view itself is kept).
CanvasFrame canvasFrame(const sim::Session& session, ImVec2 min, ImVec2 max);

/// Axes with nice ticks and "diverged at step k" labels at diverged runs' heads.
void drawCanvasOverlay(ImDrawList* draw, const sim::Session& session, const CanvasFrame& frame);
/// Legend box at the canvas's top-right corner: swatch, optimizer, loss, status per run.
void drawLegend(ImDrawList* draw, const sim::Session& session, const CanvasFrame& frame, bool playing);
/// x, y, f(x,y), |∇f| next to the mouse when it is over the canvas.
void drawHoverReadout(ImDrawList* draw, const sim::Session& session, const CanvasFrame& frame);

/// Pan (left drag on empty space, right/middle drag), zoom at cursor (wheel), drag a start marker,
/// click to move the selected run's start (all runs when "all" is selected), F fit request.
/// Ignores the mouse while ImGui wants it.
void handleCanvasInput(sim::Session& session, UiState& state, const CanvasFrame& frame);

/// ImGui colour of a run colour.
ImU32 toImColor(const sim::Rgba& color, float alphaScale = 1.0f);

}  // namespace lv::ui
