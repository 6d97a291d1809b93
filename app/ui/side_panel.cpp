// The left side panel that holds the collapsing sections, and small helpers shared by them.
#include "app/ui/panels.h"

#include <imgui.h>

#include <algorithm>

namespace lv::ui {

// The panels' preferred sizes grow with the UI scale, but a small window keeps most of itself for
// the canvas: each panel takes at most a fraction of the window, and never less than a size its
// widgets stay usable at (itself at most half the window, so the canvas always keeps some room).
// Every term is proportional to the scale or the window, so a 2x screenshot is the 1x layout at
// twice the size.
float sidePanelWidth(float uiScale, float displayWidth) {
  const float usable = std::min(200.0f * uiScale, 0.5f * displayWidth);
  return std::max(std::min(330.0f * uiScale, kSidePanelMaxFraction * displayWidth), usable);
}

float lossPlotHeight(float uiScale, float displayHeight) {
  const float usable = std::min(120.0f * uiScale, 0.45f * displayHeight);
  return std::max(std::min(190.0f * uiScale, kLossPlotMaxFraction * displayHeight), usable);
}

void sameLineIfFits(float width) {
  const float right = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x + width;
  if (right <= ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x) ImGui::SameLine();
}

float checkboxWidth(const char* label) {
  return ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label).x;
}

float buttonWidth(const char* label) {
  return ImGui::CalcTextSize(label).x + 2 * ImGui::GetStyle().FramePadding.x;
}

void drawSidePanel(sim::Session& session, UiState& state) {
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(sidePanelWidth(state.uiScale, io.DisplaySize.x), io.DisplaySize.y),
                           ImGuiCond_Always);
  ImGui::Begin("lossviz", nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse);
  ImGui::PushItemWidth(-ImGui::GetFontSize() * 6.5f);
  if (ImGui::CollapsingHeader("Playback", ImGuiTreeNodeFlags_DefaultOpen))
    drawPlaybackSection(session, state);
  if (ImGui::CollapsingHeader("Explainer")) drawExplainerSection(session, state);
  if (ImGui::CollapsingHeader("Landscape", ImGuiTreeNodeFlags_DefaultOpen))
    drawLandscapeSection(session, state);
  if (ImGui::CollapsingHeader("Runs", ImGuiTreeNodeFlags_DefaultOpen)) drawRunsSection(session, state);
  if (ImGui::CollapsingHeader("Map", session.map.show ? ImGuiTreeNodeFlags_DefaultOpen : 0))
    drawMapSection(session, state);
  if (ImGui::CollapsingHeader("Data", session.data() ? ImGuiTreeNodeFlags_DefaultOpen : 0))
    drawDataSection(session, state);
  if (ImGui::CollapsingHeader("Export")) drawExportSection(session, state);
  ImGui::PopItemWidth();
  ImGui::End();
}

}  // namespace lv::ui
