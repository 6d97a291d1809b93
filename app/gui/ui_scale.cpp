// See ui_scale.h.
#include "app/gui/ui_scale.h"

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <fstream>

namespace lv::gui {

void applyUiScale(float uiScale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  const char* kFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  // Latin, Greek, sub/superscripts, arrows and math operators: the update rules use ∇, β, ←, √, ⊙.
  static const ImWchar kRanges[] = {0x0020, 0x00FF, 0x0370, 0x03FF, 0x2000, 0x22FF, 0};
  if (!std::ifstream(kFont).good() ||
      !io.Fonts->AddFontFromFileTTF(kFont, 16.0f * uiScale, nullptr, kRanges)) {
    ImFontConfig config;
    config.SizePixels = 13.0f * uiScale;
    io.Fonts->AddFontDefault(&config);
  }
  io.Fonts->Build();
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  ImGuiStyle style;
  ImGui::StyleColorsDark(&style);
  style.WindowRounding = 4;
  style.Colors[ImGuiCol_WindowBg].w = 0.92f;
  style.ScaleAllSizes(uiScale);
  ImGui::GetStyle() = style;
}

}  // namespace lv::gui
