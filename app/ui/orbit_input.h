// The mouse on the 3D view: left drag orbits the camera, right (or middle, or Shift + left) drag
// pans its target, the wheel zooms, and a left click without a drag moves a start to the surface
// point under it (the ray cast of sim/surface_pick.h), as a click on the 2D canvas does. A drag that
// began on the 3D view keeps acting until released.
#pragma once

#include "app/sim/height_field.h"
#include "app/sim/session.h"
#include "app/ui/ui_state.h"

#include <imgui.h>

namespace lv::ui {

/// Applies this frame's mouse to the session's camera for the 3D view of `field` at screen
/// rectangle [min, max). A click moves the selected run's start (every run's when "all" is
/// selected) through Session::moveStart. Ignores the mouse while ImGui wants it (a panel, the
/// legend's window).
void handleOrbitInput(sim::Session& session, UiState& state, const sim::HeightField& field, ImVec2 min,
                      ImVec2 max);

}  // namespace lv::ui
