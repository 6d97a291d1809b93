// See offscreen.h.
#include "app/gui/offscreen.h"

#include "app/gui/composer.h"
#include "app/gui/ui_scale.h"
#include "app/render/offscreen_target.h"

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cfloat>
#include <utility>

namespace lv::gui {
namespace {

/// Every window's scroll position, so that a frame laid out at another size (which clamps and
/// rescales them) leaves the live panels where the user had scrolled them.
using Scrolls = std::vector<std::pair<ImGuiID, ImVec2>>;

Scrolls takeScrolls() {
  Scrolls scrolls;
  for (const ImGuiWindow* window : GImGui->Windows) scrolls.emplace_back(window->ID, window->Scroll);
  return scrolls;
}

void putScrolls(const Scrolls& scrolls, float factor) {
  for (const auto& [id, scroll] : scrolls)
    if (ImGuiWindow* window = ImGui::FindWindowByID(id)) {
      window->Scroll = ImVec2(scroll.x * factor, scroll.y * factor);
      window->ScrollTarget = ImVec2(FLT_MAX, FLT_MAX);
    }
}

}  // namespace

bool renderOffscreen(sim::Session& session, ui::UiState& state, CanvasRenderer& renderer, int width,
                     int height, int scale, bool withUi, std::vector<std::uint8_t>& rgba,
                     std::string* error) {
  auto target = render::OffscreenTarget::create(width * scale, height * scale, 0, error);
  if (!target) return false;
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 savedSize = io.DisplaySize, savedScale = io.DisplayFramebufferScale;
  const Scrolls scrolls = takeScrolls();
  // The shot is laid out with a copy of the state at `scale` times the UI scale, so fonts and lines
  // are drawn sharp at the larger size rather than magnified, and the live state is not touched.
  ui::UiState shot = state;
  shot.uiScale = state.uiScale * static_cast<float>(scale);
  shot.pixelScale = scale;
  if (scale != 1) applyUiScale(shot.uiScale);
  io.DisplaySize = ImVec2(static_cast<float>(width * scale), static_cast<float>(height * scale));
  io.DisplayFramebufferScale = ImVec2(1, 1);
  io.DeltaTime = 1.0f / 60.0f;
  ui::CanvasFrame frame;
  // Two passes: the first lays the panels out at the new size, so that the second scrolls them to
  // where they are on screen (a window clamps its scroll to the previous frame's content).
  for (int pass = 0; pass < (withUi && scale != 1 ? 2 : 1); ++pass) {
    putScrolls(scrolls, static_cast<float>(scale));
    ImGui_ImplOpenGL3_NewFrame();
    ImGui::NewFrame();
    frame = buildFrame(session, shot, {withUi, false}, renderer);
    ImGui::Render();
  }
  target->bind();
  drawFrame(renderer, session, shot, frame, render::CanvasTarget::Image, target->width(), target->height());
  rgba = target->readPixels();
  io.DisplaySize = savedSize;
  io.DisplayFramebufferScale = savedScale;
  if (scale != 1) applyUiScale(state.uiScale);
  putScrolls(scrolls, 1.0f);
  return true;
}

}  // namespace lv::gui
