// What went wrong, said alike in every panel: one colour, wrapped to the panel's width.
#pragma once

#include <imgui.h>

#include <string>

namespace lv::ui {

/// The colour of an error message (and of a status line that reports a failure).
inline const ImVec4 kErrorTextColor(1.0f, 0.35f, 0.3f, 1.0f);

/// `text` wrapped to the window's width in kErrorTextColor; nothing when `text` is empty.
inline void drawErrorText(const std::string& text) {
  if (text.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, kErrorTextColor);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

}  // namespace lv::ui
