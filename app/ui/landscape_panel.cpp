// Landscape section: catalog picker, formula field, colormap, log/linear and contour count. A typed
// formula is applied only when complete: on Enter, or when typing pauses and it parses. Until then
// the previous surface and runs stay, and an invalid text shows its error with the column.
#include "app/ui/panels.h"

#include "app/sim/colormap.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace lv::ui {
namespace {

/// Parses the field; records the error (or none) and whether a valid edit is pending.
void checkFormula(UiState& state) {
  landscapes::ParseError error;
  if (landscapes::resolveLandscape(state.formulaText, &error)) {
    state.formulaError.clear();
    state.formulaErrorColumn = 0;
    state.formulaEditedAt = ImGui::GetTime();
  } else {
    state.formulaError = error.describe();
    state.formulaErrorColumn = error.column;
    state.formulaEditedAt = -1;
  }
}

void applyLandscape(sim::Session& session, UiState& state) {
  state.formulaEditedAt = -1;
  landscapes::ParseError error;
  if (session.setLandscape(state.formulaText, &error)) {
    state.formulaError.clear();
    state.formulaErrorColumn = 0;
    // A catalog landscape brings its suggested view; a typed formula keeps the current one.
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
  const std::string before = state.formulaText;
  const bool enter = ImGui::InputText("f(x,y)", &state.formulaText, ImGuiInputTextFlags_EnterReturnsTrue);
  if (state.formulaText != before) checkFormula(state);
  const bool paused =
      state.formulaEditedAt >= 0 && ImGui::GetTime() - state.formulaEditedAt >= kFormulaPauseSeconds;
  if ((enter && state.formulaError.empty()) || paused) applyLandscape(session, state);
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
  drawViewControls(session);
}

}  // namespace lv::ui
