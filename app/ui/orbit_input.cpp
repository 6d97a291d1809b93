// See orbit_input.h.
#include "app/ui/orbit_input.h"

#include "app/sim/surface_pick.h"
#include "app/ui/linked_hover.h"

namespace lv::ui {
namespace {

constexpr float kClickSlop = 3;  // pixels a press may wander and still be a click, as on the 2D canvas

void moveStartsTo(sim::Session& session, const UiState& state, const optim::Vec2& start) {
  for (size_t i = 0; i < session.runs.size(); ++i)
    if (state.selectedRun == -1 || static_cast<int>(i) == state.selectedRun) session.moveStart(i, start);
}

}  // namespace

void handleOrbitInput(sim::Session& session, UiState& state, const sim::HeightField& field, ImVec2 min,
                      ImVec2 max) {
  sim::Camera& camera = session.view3d.camera;
  const ImGuiIO& io = ImGui::GetIO();
  const ImVec2 m = io.MousePos;
  const bool inside = m.x >= min.x && m.y >= min.y && m.x < max.x && m.y < max.y;
  if (!io.WantCaptureMouse && inside) {
    if (io.MouseWheel != 0.0f) camera.zoom(io.MouseWheel);
    for (int button : {ImGuiMouseButton_Left, ImGuiMouseButton_Right, ImGuiMouseButton_Middle})
      if (ImGui::IsMouseClicked(button)) state.orbitButton = button;
  }
  if (state.orbitButton < 0) return;
  const float width = max.x - min.x, height = max.y - min.y;
  if (!ImGui::IsMouseDown(state.orbitButton)) {
    const bool click = state.orbitButton == ImGuiMouseButton_Left && !io.KeyShift &&
                       io.MouseDragMaxDistanceSqr[ImGuiMouseButton_Left] < kClickSlop * kClickSlop;
    state.orbitButton = -1;
    if (!click) return;
    const auto start =
        pickOnSurface(session, field, state.surfaceMesh, m.x - min.x, m.y - min.y, width, height);
    if (start) moveStartsTo(session, state, *start);
    return;
  }
  if (!ImGui::IsMouseDragging(state.orbitButton, kClickSlop)) return;  // still a click, perhaps
  const bool panning = state.orbitButton != ImGuiMouseButton_Left || io.KeyShift;
  if (panning)
    camera.pan(io.MouseDelta.x, io.MouseDelta.y, width, height);
  else
    camera.orbit(io.MouseDelta.x, io.MouseDelta.y);
}

}  // namespace lv::ui
