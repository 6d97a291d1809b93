// The mouse on the 3D view: left drag orbits the camera, right (or middle, or Shift + left) drag
// pans its target, the wheel zooms. A drag that began on the 3D view keeps acting until released.
#pragma once

#include "app/sim/camera.h"
#include "app/ui/ui_state.h"

#include <imgui.h>

namespace lv::ui {

/// Applies this frame's mouse to `camera` for the 3D view at screen rectangle [min, max). Ignores
/// the mouse while ImGui wants it (a panel, the legend's window).
void handleOrbitInput(sim::Camera& camera, UiState& state, ImVec2 min, ImVec2 max);

}  // namespace lv::ui
