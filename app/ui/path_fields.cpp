// The export folder field (Tab completes a folder, matching subfolders listed under it, a missing
// folder said in red before anything is exported) and the in-window scene chooser. The file system
// work is sim/path_completion.h; this file only draws it.
#include "app/sim/path_completion.h"
#include "app/ui/error_text.h"
#include "app/ui/panels.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <filesystem>

namespace lv::ui {
namespace {

constexpr std::size_t kFolderSuggestions = 6;

int completeOnTab(ImGuiInputTextCallbackData* data) {
  if (data->EventFlag != ImGuiInputTextFlags_CallbackCompletion) return 0;
  const std::string typed(data->Buf, static_cast<std::size_t>(data->BufTextLen));
  const std::string completed = sim::completeFolder(typed);
  if (completed != typed) {
    data->DeleteChars(0, data->BufTextLen);
    data->InsertChars(0, completed.c_str());
  }
  return 0;
}

std::string joined(const std::string& folder, const std::string& name) {
  return (std::filesystem::path(folder) / name).string();
}

}  // namespace

void drawFolderField(UiState& state) {
  ImGui::InputText("folder", &state.exportFolder, ImGuiInputTextFlags_CallbackCompletion, completeOnTab);
  const bool typing = ImGui::IsItemActive();
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "screenshots, CSVs and scene files without a folder of their own go here; Tab completes");
  if (typing) state.folderSuggesting = true;
  const std::string problem = sim::folderProblem(state.exportFolder);
  drawErrorText(problem);
  if (!state.folderSuggesting) return;
  // The subfolders the text may become; a click takes one and lists its own, a click elsewhere
  // closes the list.
  bool hovered = false;
  const std::size_t slash = state.exportFolder.rfind('/');
  const std::size_t shownFrom = slash == std::string::npos ? 0 : slash + 1;
  ImGui::Indent();
  for (const std::string& match : sim::folderCompletions(state.exportFolder, kFolderSuggestions)) {
    if (match == state.exportFolder) continue;
    ImGui::PushID(match.c_str());
    if (ImGui::Selectable(match.substr(shownFrom).c_str())) state.exportFolder = match;
    hovered |= ImGui::IsItemHovered();
    ImGui::PopID();
  }
  ImGui::Unindent();
  if (!typing && !hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) state.folderSuggesting = false;
}

std::string drawSceneChooser(UiState& state) {
  if (ImGui::Button("Browse...")) {
    state.chooserFolder = sim::parentFolder(exportPath(state, "x"));  // the export folder itself
    ImGui::OpenPopup("scene files");
  }
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("pick a scene file (.json) in the export folder or around it");
  std::string picked;
  if (!ImGui::BeginPopup("scene files")) return picked;
  ImGui::TextDisabled("%s", state.chooserFolder.c_str());
  if (ImGui::Selectable("../", false, ImGuiSelectableFlags_DontClosePopups))
    state.chooserFolder = sim::parentFolder(state.chooserFolder);
  const std::vector<sim::FolderEntry> entries = sim::listFolder(state.chooserFolder, ".json");
  if (entries.empty()) ImGui::TextDisabled("no folders or .json files here");
  for (const sim::FolderEntry& entry : entries) {
    if (entry.isFolder) {
      if (ImGui::Selectable((entry.name + "/").c_str(), false, ImGuiSelectableFlags_DontClosePopups))
        state.chooserFolder = joined(state.chooserFolder, entry.name);
    } else if (ImGui::Selectable(entry.name.c_str())) {
      picked = joined(state.chooserFolder, entry.name);
    }
  }
  ImGui::EndPopup();
  return picked;
}

}  // namespace lv::ui
