// See linked_hover.h.
#include "app/ui/linked_hover.h"

#include "app/sim/surface_pick.h"
#include "app/ui/view3d_overlay.h"

#include <cstdio>

namespace lv::ui {
namespace {

bool contains(ImVec2 min, ImVec2 max, ImVec2 p) {
  return p.x >= min.x && p.y >= min.y && p.x < max.x && p.y < max.y;
}

/// A ring at screen point `at`, white with a dark outline: visible on every colormap.
void drawMark(ImDrawList* draw, ImVec2 at, float uiScale) {
  draw->AddCircle(at, 6 * uiScale, IM_COL32(0, 0, 0, 200), 0, 3.5f * uiScale);
  draw->AddCircle(at, 6 * uiScale, IM_COL32(255, 255, 255, 255), 0, 1.5f * uiScale);
}

}  // namespace

void drawPointReadout(ImDrawList* draw, const sim::Session& session, const optim::Vec2& p, ImVec2 at,
                      ImVec2 max) {
  optim::Vec2 gradient;
  const double f = session.valueAndGradient(p, gradient);
  char text[160];
  std::snprintf(text, sizeof text, "x %.4g  y %.4g\nf %.6g  |grad f| %.4g", p.x(), p.y(), f, gradient.norm());
  const ImVec2 size = ImGui::CalcTextSize(text);
  ImVec2 box(at.x + 16, at.y + 16);
  if (box.x + size.x + 8 > max.x) box.x = at.x - size.x - 16;
  if (box.y + size.y + 8 > max.y) box.y = at.y - size.y - 16;
  draw->AddRectFilled(ImVec2(box.x - 4, box.y - 4), ImVec2(box.x + size.x + 4, box.y + size.y + 4),
                      IM_COL32(20, 20, 24, 220), 3);
  draw->AddText(box, IM_COL32(255, 255, 255, 255), text);
}

std::optional<optim::Vec2> surfacePointUnderMouse(const sim::Session& session, const sim::HeightField& field,
                                                  sim::MeshHeights& mesh, ImVec2 min, ImVec2 max) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantCaptureMouse || !contains(min, max, io.MousePos)) return std::nullopt;
  return pickOnSurface(session, field, mesh, io.MousePos.x - min.x, io.MousePos.y - min.y, max.x - min.x,
                       max.y - min.y);
}

std::optional<optim::Vec2> pickOnSurface(const sim::Session& session, const sim::HeightField& field,
                                         sim::MeshHeights& mesh, double x, double y, double width,
                                         double height) {
  const sim::ValueAt value = [&](const optim::Vec2& p) { return session.value(p); };
  mesh.use(field, sim::kFullMeshCells, value, session.landscapeRevision());
  return sim::pickSurface(session.view3d.camera, mesh, x, y, width, height);
}

void drawLinkedHover(ImDrawList* draw, const sim::Session& session, const CanvasFrame& frame,
                     const sim::HeightField& field, sim::MeshHeights& mesh, ImVec2 min3d, ImVec2 max3d,
                     float uiScale) {
  const sim::ViewMode mode = session.view3d.mode;
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  std::optional<optim::Vec2> point;
  if (mode != sim::ViewMode::Surface && !ImGui::GetIO().WantCaptureMouse &&
      contains(frame.min, frame.max, mouse)) {
    point = frame.toWorld(mouse);
    drawPointReadout(draw, session, *point, mouse, frame.max);
  } else if (mode != sim::ViewMode::Flat) {
    point = surfacePointUnderMouse(session, field, mesh, min3d, max3d);
    if (point) drawPointReadout(draw, session, *point, mouse, max3d);
  }
  if (!point || mode != sim::ViewMode::Split) return;
  // The same point in the other view.
  if (contains(frame.min, frame.max, mouse)) {
    if (const auto at = surfaceToScreen(session, field, *point, min3d, max3d)) drawMark(draw, *at, uiScale);
  } else {
    drawMark(draw, frame.toScreen(*point), uiScale);
  }
}

}  // namespace lv::ui
