// The 3D view's ImGui overlay: world points placed on screen where the surface shows them (lifted to
// their value on the height field, projected by the camera), and the ghost paths drawn so.
#pragma once

#include "app/figure/figure.h"
#include "app/sim/height_field.h"
#include "app/sim/session.h"
#include "app/ui/ui_state.h"

#include <imgui.h>

#include <optional>
#include <vector>

namespace lv::ui {

/// The screen point of world point `p` on the 3D view of `field` at screen rectangle [min, max);
/// nullopt behind the eye.
std::optional<ImVec2> surfaceToScreen(const sim::Session& session, const sim::HeightField& field,
                                      const optim::Vec2& p, ImVec2 min, ImVec2 max);

/// The figure's ghost paths (ui::drawGhost) on the 3D view of `field` at [min, max), clipped to it.
void drawSurfaceGhostPaths(ImDrawList* draw, const sim::Session& session,
                           const std::vector<figure::GhostFigure>& ghosts, const sim::HeightField& field,
                           ImVec2 min, ImVec2 max);

}  // namespace lv::ui
