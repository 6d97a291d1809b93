// Ghost paths on the canvas: each run's path from before its last hyperparameter edit, faded and
// dashed in the run's colour (sim::GhostPaths decides what is a ghost and for how long).
#include "app/ui/canvas_overlay.h"

#include <algorithm>
#include <cmath>

namespace lv::ui {
namespace {

constexpr size_t kMaxDrawnPoints = 4000;  // a long ghost is drawn through evenly spaced points

}  // namespace

void drawGhostPaths(ImDrawList* draw, const sim::Session& session, UiState& state, const CanvasFrame& frame) {
  drawGhostPaths(draw, session, state,
                 [&](const optim::Vec2& p) { return std::optional(frame.toScreen(p)); });
}

void drawGhostPaths(ImDrawList* draw, const sim::Session& session, UiState& state,
                    const std::function<std::optional<ImVec2>(const optim::Vec2&)>& screenOf) {
  state.ghosts.observe(session, !ImGui::IsAnyMouseDown() && !ImGui::IsAnyItemActive());
  const float s = state.uiScale;
  for (size_t i = 0; i < session.runs.size(); ++i) {
    const std::vector<optim::Vec2>& ghost = state.ghosts.ghostOf(i);
    if (ghost.size() < 2 || !session.runs[i].visible) continue;
    const sim::Rgba& c = session.runs[i].color;
    const ImU32 color = ImGui::ColorConvertFloat4ToU32(ImVec4(c[0], c[1], c[2], 0.5f));
    const size_t stride = std::max<size_t>(1, ghost.size() / kMaxDrawnPoints);
    std::optional<ImVec2> previous = screenOf(ghost.front());
    bool on = true;  // dashes alternate every 8 layout pixels
    float travelled = 0;
    for (size_t k = stride; k < ghost.size(); k += stride) {
      const std::optional<ImVec2> next = screenOf(ghost[std::min(k, ghost.size() - 1)]);
      if (previous && next) {
        if (on) draw->AddLine(*previous, *next, color, 2.0f * s);
        travelled += std::hypot(next->x - previous->x, next->y - previous->y);
      }
      if (travelled > 8 * s) {
        on = !on;
        travelled = 0;
      }
      previous = next;
    }
  }
}

}  // namespace lv::ui
