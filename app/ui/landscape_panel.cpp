// Landscape section: catalog picker, live formula field (errors inline, last good formula kept),
// colormap, log/linear and contour count.
#include "app/ui/panels.h"

#include "app/sim/colormap.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace lv::ui {
namespace {

void applyLandscape(sim::Session& session, UiState& state) {
  landscapes::ParseError error;
  if (session.setLandscape(state.formulaText, &error)) {
    state.formulaError.clear();
    state.formulaErrorColumn = 0;
    // A catalog landscape brings its suggested view; a formula being typed keeps the current one.
    state.fitRequested = session.landscape().isCatalog;
  } else {
    state.formulaError = error.describe();
    state.formulaErrorColumn = error.column;
  }
}

}  // namespace

void drawLandscapeSection(sim::Session& session, UiState& state) {
  if (state.formulaText.empty()) state.formulaText = session.landscape().name;
  const std::string current = session.landscape().isCatalog ? session.landscape().name : "(custom formula)";
  if (ImGui::BeginCombo("catalog", current.c_str())) {
    for (const auto& entry : landscapes::catalog()) {
      if (ImGui::Selectable(entry.name.c_str(), entry.name == session.landscape().name)) {
        state.formulaText = entry.name;
        applyLandscape(session, state);
      }
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", entry.description.c_str());
    }
    ImGui::EndCombo();
  }
  if (ImGui::InputText("f(x,y)", &state.formulaText)) applyLandscape(session, state);
  if (!state.formulaError.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.35f, 0.3f, 1.0f));
    ImGui::TextWrapped("%s", state.formulaError.c_str());
    ImGui::PopStyleColor();
  } else if (session.landscape().isCatalog) {
    ImGui::TextDisabled("%s", session.landscape().formula.text().c_str());
  }

  if (ImGui::BeginCombo("colormap", session.colors.colormap.c_str())) {
    for (const auto& name : sim::colormapNames())
      if (ImGui::Selectable(name.c_str(), name == session.colors.colormap)) session.colors.colormap = name;
    ImGui::EndCombo();
  }
  ImGui::Checkbox("log colour scale", &session.colors.logScale);
  ImGui::SliderInt("contours", &session.colors.contourCount, 0, 100);
}

}  // namespace lv::ui
