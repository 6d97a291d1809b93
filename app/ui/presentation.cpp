// See presentation.h.
#include "app/ui/presentation.h"

#include <algorithm>

namespace lv::ui {

void drawKeyHelp(UiState& state) {
  if (!state.showKeyHelp) return;
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Always,
                          ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowBgAlpha(0.95f);
  if (ImGui::Begin(
          "Keys", &state.showKeyHelp,
          ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove)) {
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg)) {
      for (const KeyHelp& key : kKeyHelp) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(key.keys);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(key.action);
      }
      ImGui::EndTable();
    }
    ImGui::TextDisabled("? or Esc closes this");
  }
  ImGui::End();
}

void drawPresentationCaption(ImDrawList* draw, const sim::Session& session, const CanvasFrame& frame) {
  const landscapes::Landscape& landscape = session.landscape();
  const std::string text = (landscape.isCatalog ? landscape.name : "f(x,y) = " + landscape.formula.text()) +
                           "  ·  step " + std::to_string(session.stepCount());
  const float pad = ImGui::GetFontSize() * 0.4f;
  const float wrap = std::max(ImGui::GetFontSize() * 10, (frame.max.x - frame.min.x) * 0.6f);
  const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, wrap);
  const ImVec2 at((frame.min.x + frame.max.x - size.x) * 0.5f, frame.min.y + pad * 2);
  draw->AddRectFilled(ImVec2(at.x - pad, at.y - pad), ImVec2(at.x + size.x + pad, at.y + size.y + pad),
                      IM_COL32(20, 20, 24, 200), pad);
  draw->AddText(nullptr, 0, at, IM_COL32(255, 255, 255, 240), text.c_str(), nullptr, wrap);
}

}  // namespace lv::ui
