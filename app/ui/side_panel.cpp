// The left side panel that holds the collapsing sections, and small helpers shared by them.
#include "app/ui/panels.h"

#include <imgui.h>

namespace lv::ui {

float sidePanelWidth(float uiScale) { return 330.0f * uiScale; }
float lossPlotHeight(float uiScale) { return 190.0f * uiScale; }

void drawSidePanel(sim::Session& session, UiState& state) {
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(sidePanelWidth(state.uiScale), io.DisplaySize.y), ImGuiCond_Always);
  ImGui::Begin("lossviz", nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse);
  ImGui::PushItemWidth(-ImGui::GetFontSize() * 6.5f);
  if (ImGui::CollapsingHeader("Playback", ImGuiTreeNodeFlags_DefaultOpen))
    drawPlaybackSection(session, state);
  if (ImGui::CollapsingHeader("Landscape", ImGuiTreeNodeFlags_DefaultOpen))
    drawLandscapeSection(session, state);
  if (ImGui::CollapsingHeader("Runs", ImGuiTreeNodeFlags_DefaultOpen)) drawRunsSection(session, state);
  if (ImGui::CollapsingHeader("Data", session.data() ? ImGuiTreeNodeFlags_DefaultOpen : 0))
    drawDataSection(session, state);
  if (ImGui::CollapsingHeader("Export")) drawExportSection(session, state);
  ImGui::PopItemWidth();
  ImGui::End();
}

}  // namespace lv::ui
