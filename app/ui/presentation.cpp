// See presentation.h.
#include "app/ui/presentation.h"

#include <algorithm>

namespace lv::ui {

const std::vector<KeyHelp>& keyHelp() {
  static const std::vector<KeyHelp> keys = {
      {"Space", "play / pause"},
      {"S", "one step (hold to repeat)"},
      {"R", "reset every run to step 0"},
      {"← / →", "inspect the previous / next step (Shift: 10 steps)"},
      {"Home / End", "inspect the first / last step (Esc: back to live)"},
      {"F", "fit the landscape's view"},
      {"H", "hide the panels (presentation mode)"},
      {"F11", "fullscreen"},
      {"F12", "screenshot into the export folder"},
      {"Ctrl+Z", "undo an edit (start, hyperparameter, run, landscape)"},
      {"Ctrl+Shift+Z, Ctrl+Y", "redo"},
      {"?", "this help"},
      {"drag / wheel", "pan / zoom the canvas"},
      {"click", "move the selected run's start (all runs' with \"all\")"},
      {"Ctrl+click a slider", "type an exact value"},
  };
  return keys;
}

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
      for (const KeyHelp& key : keyHelp()) {
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
