// Where the window shows a convergence map besides the canvas overlay: the hyperparameter map in
// its own window (axes, crosshair at the run's setting, click to set), and the numbers of the map
// pixel under the mouse. No GL: the map's texture comes from state.map (app/maps/map_driver.h).
#pragma once

#include "app/sim/session.h"
#include "app/ui/canvas_overlay.h"
#include "app/ui/ui_state.h"

namespace lv::ui {

/// The "Hyperparameter map" window: the map in its own axes with the swept ranges, a crosshair
/// at the selected run's values; hovering shows a pixel's numbers, a click sets its two values on
/// the run. Nothing when no hyperparameter map is finished.
void drawHyperMapWindow(sim::Session& session, UiState& state);

/// Over the canvas, under the mouse: the basin map pixel's start, final point, loss, converged or
/// diverged step and basin. Call after the canvas's input, inside an ImGui frame.
void drawMapCanvasHover(const sim::Session& session, const UiState& state, const CanvasFrame& frame);

}  // namespace lv::ui
