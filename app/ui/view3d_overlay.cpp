// See view3d_overlay.h.
#include "app/ui/view3d_overlay.h"

#include "app/ui/figure_overlay.h"

namespace lv::ui {

std::optional<ImVec2> surfaceToScreen(const sim::Session& session, const sim::HeightField& field,
                                      const optim::Vec2& p, ImVec2 min, ImVec2 max) {
  const auto pixel =
      session.view3d.camera.project(field.toModel(p, session.value(p)), max.x - min.x, max.y - min.y);
  if (!pixel) return std::nullopt;
  return ImVec2(min.x + float(pixel->x()), min.y + float(pixel->y()));
}

void drawSurfaceGhostPaths(ImDrawList* draw, const sim::Session& session,
                           const std::vector<figure::GhostFigure>& ghosts, const sim::HeightField& field,
                           ImVec2 min, ImVec2 max) {
  draw->PushClipRect(min, max, true);
  for (const figure::GhostFigure& ghost : ghosts)
    drawGhost(draw, ghost,
              [&](const optim::Vec2& p) { return surfaceToScreen(session, field, p, min, max); });
  draw->PopClipRect();
}

}  // namespace lv::ui
