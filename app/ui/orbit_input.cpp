// See orbit_input.h.
#include "app/ui/orbit_input.h"

namespace lv::ui {

void handleOrbitInput(sim::Camera& camera, UiState& state, ImVec2 min, ImVec2 max) {
  const ImGuiIO& io = ImGui::GetIO();
  const ImVec2 m = io.MousePos;
  const bool inside = m.x >= min.x && m.y >= min.y && m.x < max.x && m.y < max.y;
  if (!io.WantCaptureMouse && inside) {
    if (io.MouseWheel != 0.0f) camera.zoom(io.MouseWheel);
    for (int button : {ImGuiMouseButton_Left, ImGuiMouseButton_Right, ImGuiMouseButton_Middle})
      if (ImGui::IsMouseClicked(button)) state.orbitButton = button;
  }
  if (state.orbitButton < 0) return;
  if (!ImGui::IsMouseDown(state.orbitButton)) {
    state.orbitButton = -1;
    return;
  }
  const bool panning = state.orbitButton != ImGuiMouseButton_Left || io.KeyShift;
  if (panning)
    camera.pan(io.MouseDelta.x, io.MouseDelta.y, max.x - min.x, max.y - min.y);
  else
    camera.orbit(io.MouseDelta.x, io.MouseDelta.y);
}

}  // namespace lv::ui
