// The view controls in the Landscape section: 2D / 3D / split (also the `3` key), the 3D view's
// height scale and a camera reset.
#include "app/ui/panels.h"

#include <imgui.h>

namespace lv::ui {

void drawViewControls(sim::Session& session) {
  sim::View3d& view3d = session.view3d;
  ImGui::TextUnformatted("view");
  for (sim::ViewMode mode : {sim::ViewMode::Flat, sim::ViewMode::Surface, sim::ViewMode::Split}) {
    ImGui::SameLine();
    if (ImGui::RadioButton(sim::viewModeName(mode), view3d.mode == mode)) view3d.mode = mode;
  }
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("3D: drag to orbit, right-drag or Shift+drag to pan, wheel to zoom");
  if (view3d.mode == sim::ViewMode::Flat) return;
  float height = static_cast<float>(view3d.heightScale);
  if (ImGui::SliderFloat("height", &height, float(sim::kHeightScaleMin), float(sim::kHeightScaleMax), "%.2f"))
    view3d.heightScale = height;
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("vertical exaggeration: the 3D height of the colour scale's range");
  if (ImGui::Button("reset camera")) view3d.camera = sim::Camera{};
}

}  // namespace lv::ui
