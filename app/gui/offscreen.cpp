// See offscreen.h.
#include "app/gui/offscreen.h"

#include "app/gui/composer.h"
#include "app/gui/ui_scale.h"
#include "app/render/offscreen_target.h"

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

namespace lv::gui {

bool renderOffscreen(sim::Session& session, ui::UiState& state, CanvasRenderer& renderer, int width,
                     int height, int scale, bool withUi, std::vector<std::uint8_t>& rgba,
                     std::string* error) {
  auto target = render::OffscreenTarget::create(width * scale, height * scale, 0, error);
  if (!target) return false;
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 savedSize = io.DisplaySize, savedScale = io.DisplayFramebufferScale;
  const float savedUiScale = state.uiScale;
  // Everything is laid out at `scale` times the UI scale, so fonts and lines are drawn sharp at the
  // larger size rather than magnified.
  if (scale != 1) {
    state.uiScale = savedUiScale * static_cast<float>(scale);
    applyUiScale(state.uiScale);
  }
  io.DisplaySize = ImVec2(static_cast<float>(width * scale), static_cast<float>(height * scale));
  io.DisplayFramebufferScale = ImVec2(1, 1);
  io.DeltaTime = 1.0f / 60.0f;
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  const ui::CanvasFrame frame = buildFrame(session, state, {withUi, false}, renderer);
  ImGui::Render();
  target->bind();
  drawFrame(renderer, session, state, frame, target->width(), target->height());
  rgba = target->readPixels();
  io.DisplaySize = savedSize;
  io.DisplayFramebufferScale = savedScale;
  if (scale != 1) {
    state.uiScale = savedUiScale;
    applyUiScale(savedUiScale);
  }
  return true;
}

}  // namespace lv::gui
