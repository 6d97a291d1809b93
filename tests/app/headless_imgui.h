// A headless ImGui context for input tests: display size, a fixed frame time and a built font
// atlas (NewFrame needs one), no GPU.
#pragma once

#include <imgui.h>

namespace lv::test {

/// Creates a context of width × height pixels, makes it current and returns it.
inline ImGuiContext* createHeadlessImGui(float width, float height) {
  ImGuiContext* context = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(width, height);
  io.DeltaTime = 1.0f / 60.0f;
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  return context;
}

}  // namespace lv::test
