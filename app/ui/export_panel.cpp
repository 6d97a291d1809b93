// Export section: screenshot settings and request (the window renders it), CSV of all runs, vector
// figures, animation recording (settings and request; the window records, see gui/recording.h),
// scene save and open. Errors are shown here; the current scene is kept on failure.
#include "app/export/frame_schedule.h"
#include "app/export/vector_figure.h"
#include "app/sim/atomic_file.h"
#include "app/sim/path_completion.h"
#include "app/sim/paths.h"
#include "app/sim/scene_json.h"
#include "app/ui/canvas_overlay.h"
#include "app/ui/csv_export.h"
#include "app/ui/error_text.h"
#include "app/ui/panels.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <tuple>

#include <filesystem>

namespace lv::ui {
namespace {

void drawStatus(const StatusLine& status) {
  if (status.text.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, status.isError ? kErrorTextColor : ImVec4(0.6f, 1.0f, 0.6f, 1.0f));
  ImGui::TextWrapped("%s", status.text.c_str());
  ImGui::PopStyleColor();
}

void openScene(sim::Session& session, UiState& state, const std::string& scenePath) {
  std::string error;
  auto scene = sim::loadScene(scenePath, &error);
  if (!scene) {
    state.sceneStatus = {error, true};
    return;
  }
  session = sim::Session::fromScene(*scene);
  if (!scene->view) state.fitRequested = true;
  state.formulaText = session.landscape().name;
  state.formulaError.clear();
  state.formulaEditedAt = -1;
  state.selectedRun = session.runs.empty() ? -1 : 0;
  state.sceneStatus = {"opened " + scenePath, false};
  state.lastScene = scenePath;
}

// "Record animation": format, rate, length, size; while recording, progress and Cancel instead.
void drawRecordGroup(const sim::Session& session, RecordSettings& record) {
  ImGui::PushID("record");
  // Folded by default so that the scene controls below stay in view; open while recording.
  if (record.active) ImGui::SetNextItemOpen(true);
  if (!ImGui::TreeNode("Record animation")) {
    ImGui::PopID();
    return;
  }
  if (record.active) {
    const bool encoding = record.framesWritten == record.framesTotal;
    const std::string progress = encoding ? "encoding..."
                                          : "frame " + std::to_string(record.framesWritten + 1) + " / " +
                                                std::to_string(record.framesTotal);
    const float done =
        record.framesTotal == 0 ? 0.0f : float(record.framesWritten) / float(record.framesTotal);
    ImGui::ProgressBar(done, ImVec2(-ImGui::GetFontSize() * 5, 0), progress.c_str());
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) record.cancelRequested = true;
    ImGui::TreePop();
    ImGui::PopID();
    return;
  }
  using exports::OutputFormat;
  for (const auto& [label, format] :
       {std::pair{"MP4", OutputFormat::Mp4}, std::pair{"WebM", OutputFormat::Webm},
        std::pair{"GIF", OutputFormat::Gif}}) {
    if (format != OutputFormat::Mp4) ImGui::SameLine();
    if (ImGui::RadioButton(label, record.format == format)) record.format = format;
  }
  ImGui::SameLine();
  ImGui::Checkbox("with UI", &record.withUi);
  if (ImGui::InputInt("fps", &record.fps)) record.fps = std::clamp(record.fps, 1, exports::kMaxAnimationFps);
  int length = record.bySeconds ? 1 : 0;
  ImGui::RadioButton("frames", &length, 0);
  ImGui::SameLine();
  ImGui::RadioButton("seconds", &length, 1);
  record.bySeconds = length == 1;
  const int maxFrames = static_cast<int>(exports::kMaxAnimationFrames);
  if (record.bySeconds) {
    if (ImGui::InputFloat("length (s)", &record.seconds, 1.0f, 10.0f, "%.2f"))
      record.seconds = std::clamp(record.seconds, 1.0f / static_cast<float>(record.fps),
                                  static_cast<float>(maxFrames) / static_cast<float>(record.fps));
  } else if (ImGui::InputInt("length", &record.frames, 10, 100)) {
    record.frames = std::clamp(record.frames, 1, maxFrames);
  }
  const ImVec2 window = ImGui::GetIO().DisplaySize;
  const std::string windowSize =
      "window (" + std::to_string(int(window.x)) + "x" + std::to_string(int(window.y)) + ")";
  const char* sizes[] = {windowSize.c_str(), "1280x720", "1920x1080"};
  int size = static_cast<int>(record.size);
  if (ImGui::Combo("size", &size, sizes, 3)) record.size = static_cast<RecordSettings::Size>(size);
  if (ImGui::Button("Record")) record.startRequested = true;
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "A new video in the folder. Frame i of n shows every run after round(i*N/(n-1))\n"
        "steps, replayed from the start as `lossviz render --animate` does; the\n"
        "window's own runs are not touched.");
  ImGui::SameLine();
  ImGui::TextDisabled("N = %zu steps", session.stepCount());
  ImGui::TreePop();
  ImGui::PopID();
}

}  // namespace

std::string exportPath(const UiState& state, const std::string& name) {
  namespace fs = std::filesystem;
  const fs::path file(sim::expandHome(name));
  const fs::path folder(sim::expandHome(state.exportFolder.empty() ? "." : state.exportFolder));
  std::error_code ignored;
  return fs::absolute(file.is_absolute() ? file : folder / file, ignored).lexically_normal().string();
}

void drawExportSection(sim::Session& session, UiState& state) {
  drawFolderField(state);
  ImGui::RadioButton("1x", &state.screenshotScale, 1);
  ImGui::SameLine();
  ImGui::RadioButton("2x", &state.screenshotScale, 2);
  ImGui::SameLine();
  ImGui::RadioButton("4x", &state.screenshotScale, 4);
  sameLineIfFits(checkboxWidth("with UI"));
  ImGui::Checkbox("with UI", &state.screenshotWithUi);
  if (ImGui::Button("Screenshot (F12)")) state.screenshotRequested = true;
  sameLineIfFits(buttonWidth("Export CSV"));
  if (ImGui::Button("Export CSV")) {
    const std::string path = sim::uniqueExportPath(exportPath(state, "."), ".csv");
    std::string error;
    state.exportStatus = sim::writeFileAtomic(path, runsCsv(session, state.csvWithState), &error)
                             ? StatusLine{"wrote " + path, false}
                             : StatusLine{error, true};
  }
  ImGui::SameLine();
  ImGui::Checkbox("+state", &state.csvWithState);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("CSV with every run's optimizer state per step (trace --state's columns)");
  // Vector figures of the canvas at the window's size (cairo: the same figure the canvas draws).
  for (const auto& [label, format, extension] :
       {std::tuple{"Export SVG", exports::OutputFormat::Svg, ".svg"},
        std::tuple{"Export PDF", exports::OutputFormat::Pdf, ".pdf"}}) {
    if (format == exports::OutputFormat::Pdf) sameLineIfFits(buttonWidth(label));
    if (!ImGui::Button(label)) continue;
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    exports::FigureOptions options;
    options.format = format;
    options.width = std::max(16, static_cast<int>(size.x));
    options.height = std::max(16, static_cast<int>(size.y));
    options.showArrows = state.showArrows;
    options.inspection = inspectionOptions(session, state);
    options.ghosts = &state.ghosts;
    const std::string path = sim::uniqueExportPath(exportPath(state, "."), extension);
    std::string error;
    state.exportStatus = exports::writeFigure(path, session, options, &error)
                             ? StatusLine{"wrote " + path, false}
                             : StatusLine{error, true};
  }
  ImGui::Separator();
  drawRecordGroup(session, state.record);
  drawStatus(state.exportStatus);

  ImGui::Separator();
  ImGui::InputText("scene", &state.scenePath);
  const std::string scenePath = exportPath(state, state.scenePath);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", scenePath.c_str());
  if (ImGui::Button("Save scene")) {
    std::string error;
    if (sim::saveScene(scenePath, session.toScene(), &error)) {
      state.sceneStatus = {"saved " + scenePath, false};
      state.lastScene = scenePath;
    } else {
      state.sceneStatus = {error, true};
    }
  }
  sameLineIfFits(buttonWidth("Open scene"));
  if (ImGui::Button("Open scene")) openScene(session, state, scenePath);
  sameLineIfFits(buttonWidth("Browse..."));
  if (const std::string picked = drawSceneChooser(state); !picked.empty()) {
    // Shown relative to the export folder when it lies inside it.
    const std::filesystem::path folder = std::filesystem::path(exportPath(state, "x")).parent_path();
    const std::filesystem::path relative = std::filesystem::path(picked).lexically_relative(folder);
    state.scenePath = !relative.empty() && *relative.begin() != ".." ? relative.string() : picked;
    openScene(session, state, picked);
  }
  drawStatus(state.sceneStatus);
}

}  // namespace lv::ui
