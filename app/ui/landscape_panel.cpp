// Landscape section: catalog picker, formula field, colormap, log/linear, contour count and the
// colour scale (lock, refit, a typed range). A typed formula is applied only when complete: on
// Enter, or when typing pauses and it parses. Until then the previous surface and runs stay, and an
// invalid text shows its error with the column. A typed range is applied by "Set range" when valid.
#include "app/ui/panels.h"

#include "app/sim/colormap.h"
#include "app/sim/scene_colors.h"
#include "app/ui/error_text.h"

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

// Lock, refit and the range fields. The fields follow the range in force until the user types in
// them; "Set range" then validates and applies (locking the scale) or says why not.
void drawColorScaleControls(sim::ColorSettings& colors, UiState& state) {
  if (ImGui::Checkbox("lock colour scale", &colors.lockScale)) state.colorRangeEdited = false;
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("colours and contour levels stay fixed in world terms while the view pans and zooms");
  sameLineIfFits(buttonWidth("Refit to view"));
  if (ImGui::Button("Refit to view")) {
    colors.range.reset();  // the next frame fits the view it draws (and keeps it when locked)
    state.colorRangeEdited = false;
    state.colorRangeError.clear();
  }
  if (!state.colorRangeEdited && colors.range) state.colorRangeDraft = *colors.range;
  // Folded by default: the lock and refit are what most people need.
  if (ImGui::TreeNode("colour range")) {
    sim::ColorRange& draft = state.colorRangeDraft;
    bool edited = ImGui::InputDouble("colour min", &draft.lo, 0, 0, "%.6g");
    edited |= ImGui::InputDouble("colour max", &draft.hi, 0, 0, "%.6g");
    if (colors.logScale) {
      edited |= ImGui::InputDouble("log offset", &draft.eps, 0, 0, "%.3g");
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("values up to colour min + offset share the lowest colours");
    }
    if (edited) state.colorRangeEdited = true;
    if (ImGui::Button("Set range") && sim::setColorRange(colors, draft, &state.colorRangeError)) {
      state.colorRangeEdited = false;
      state.colorRangeError.clear();
    }
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("colour the surface from colour min to colour max (locks the scale)");
    ImGui::TreePop();
  }
  if (!state.colorRangeError.empty()) drawErrorText("colour range: " + state.colorRangeError);
}

}  // namespace

void drawLandscapeSection(sim::Session& session, UiState& state) {
  if (state.formulaText.empty()) state.formulaText = session.landscape().name;
  const std::string current =
      session.data() || session.landscape().isCatalog ? session.landscape().name : "(custom formula)";
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
  if (!state.formulaError.empty())
    drawErrorText(state.formulaError);
  else if (session.landscape().isCatalog) {
    ImGui::TextDisabled("%s", session.landscape().formula.text().c_str());
  }

  if (ImGui::BeginCombo("colormap", session.colors.colormap.c_str())) {
    for (const auto& name : sim::colormapNames())
      if (ImGui::Selectable(name.c_str(), name == session.colors.colormap)) session.colors.colormap = name;
    ImGui::EndCombo();
  }
  // The other mapping fits another range (log: up to the maximum; linear: a high quantile).
  if (ImGui::Checkbox("log colour scale", &session.colors.logScale)) session.colors.range.reset();
  ImGui::SliderInt("contours", &session.colors.contourCount, 0, 100);
  drawViewControls(session);
  drawColorScaleControls(session.colors, state);
}

}  // namespace lv::ui
