// Export section: screenshot settings and request (the window renders it), CSV of all runs,
// scene save and open. Errors are shown here; the current scene is kept on failure.
#include "app/sim/atomic_file.h"
#include "app/sim/paths.h"
#include "app/sim/scene_json.h"
#include "app/ui/csv_export.h"
#include "app/ui/panels.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace lv::ui {
namespace {

void drawStatus(const StatusLine& status) {
  if (status.text.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text,
                        status.isError ? ImVec4(1.0f, 0.35f, 0.3f, 1.0f) : ImVec4(0.6f, 1.0f, 0.6f, 1.0f));
  ImGui::TextWrapped("%s", status.text.c_str());
  ImGui::PopStyleColor();
}

}  // namespace

void drawExportSection(sim::Session& session, UiState& state) {
  ImGui::InputText("folder", &state.exportFolder);
  ImGui::RadioButton("1x", &state.screenshotScale, 1);
  ImGui::SameLine();
  ImGui::RadioButton("2x", &state.screenshotScale, 2);
  ImGui::SameLine();
  ImGui::RadioButton("4x", &state.screenshotScale, 4);
  ImGui::SameLine();
  ImGui::Checkbox("with UI", &state.screenshotWithUi);
  if (ImGui::Button("Screenshot (F12)")) state.screenshotRequested = true;
  ImGui::SameLine();
  if (ImGui::Button("Export CSV")) {
    const std::string path = sim::uniqueExportPath(state.exportFolder, ".csv");
    std::string error;
    state.exportStatus = sim::writeFileAtomic(path, runsCsv(session), &error)
                             ? StatusLine{"wrote " + path, false}
                             : StatusLine{error, true};
  }
  drawStatus(state.exportStatus);

  ImGui::Separator();
  ImGui::InputText("scene", &state.scenePath);
  if (ImGui::Button("Save scene")) {
    std::string error;
    state.sceneStatus = sim::saveScene(state.scenePath, session.toScene(), &error)
                            ? StatusLine{"saved " + state.scenePath, false}
                            : StatusLine{error, true};
  }
  ImGui::SameLine();
  if (ImGui::Button("Open scene")) {
    std::string error;
    auto scene = sim::loadScene(state.scenePath, &error);
    if (scene) {
      session = sim::Session::fromScene(*scene);
      if (!scene->view) state.fitRequested = true;
      state.formulaText = session.landscape().name;
      state.formulaError.clear();
      state.selectedRun = session.runs.empty() ? -1 : 0;
      state.sceneStatus = {"opened " + state.scenePath, false};
    } else {
      state.sceneStatus = {error, true};
    }
  }
  drawStatus(state.sceneStatus);
}

}  // namespace lv::ui
