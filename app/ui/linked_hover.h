// The hover point across the views: the world point under the mouse, on the 2D canvas or on the 3D
// surface (ray cast, sim/surface_pick.h), gets the read-out (x, y, f, |∇f|) beside the mouse and,
// in split view, a mark at the same point in the other view, so both show one place.
#pragma once

#include "app/sim/camera.h"
#include "app/sim/height_field.h"
#include "app/sim/mesh_heights.h"
#include "app/sim/session.h"
#include "app/ui/canvas_overlay.h"

#include <imgui.h>

#include <optional>

namespace lv::ui {

/// The read-out of world point `p` beside screen point `at` (the mouse): below right of it, or
/// above/left where that would cross `max`, the view's far corner.
void drawPointReadout(ImDrawList* draw, const sim::Session& session, const optim::Vec2& p, ImVec2 at,
                      ImVec2 max);

/// The world point under the mouse on the drawn 3D surface of `field` at screen rectangle [min, max)
/// (picked on `mesh`, made that surface's heights here); nullopt when the mouse is elsewhere, ImGui
/// wants it, or the ray misses the surface.
std::optional<optim::Vec2> surfacePointUnderMouse(const sim::Session& session, const sim::HeightField& field,
                                                  sim::MeshHeights& mesh, ImVec2 min, ImVec2 max);

/// The world point under pixel (x, y) (y down) of the width × height 3D view of `field`: on the
/// surface as drawn (the full mesh), its vertex heights kept in `mesh` across calls.
std::optional<optim::Vec2> pickOnSurface(const sim::Session& session, const sim::HeightField& field,
                                         sim::MeshHeights& mesh, double x, double y, double width,
                                         double height);

/// Hover for the session's view mode: `frame` is the 2D canvas (shown unless the mode is 3D),
/// [min3d, max3d) the 3D view of `field` (shown unless the mode is 2D), picked on `mesh`.
void drawLinkedHover(ImDrawList* draw, const sim::Session& session, const CanvasFrame& frame,
                     const sim::HeightField& field, sim::MeshHeights& mesh, ImVec2 min3d, ImVec2 max3d,
                     float uiScale);

}  // namespace lv::ui
