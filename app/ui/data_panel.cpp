// Data section: which data the landscape averages over (a catalog data set, standardized or not,
// or a CSV with a per-sample loss), how the selected run samples it (batch, sampling, seed), whether
// the canvas shows the full-data loss or the loss of that run's last batch, and a scatter of the
// data with the model at the run's head (sim::dataPlot), moving as the optimizer steps. Every
// change goes through Session::setData / setRunBatch: a bad file keeps the previous data and
// shows the error (file, line, column) under the fields.
#include "app/ui/panels.h"

#include "app/sim/atomic_file.h"
#include "app/sim/colormap.h"
#include "app/sim/data_plot.h"
#include "app/sim/run_label.h"
#include "app/ui/error_text.h"
#include "landscapes/checksum.h"
#include "landscapes/data_catalog.h"
#include "landscapes/data_csv.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>

namespace lv::ui {
namespace {

void applyData(sim::Session& session, UiState& state, const sim::SceneData& settings) {
  const bool sameView = session.data() && session.data()->settings.catalog == settings.catalog;
  if (session.setData(settings, &state.dataError)) {
    state.dataError.clear();
    state.formulaText = session.landscape().name;
    if (!sameView) state.fitRequested = true;
  }
}

void loadCsv(sim::Session& session, UiState& state) {
  sim::SceneData settings;
  settings.csvPath = state.dataCsvPath;
  settings.loss = state.dataLoss;
  std::string text;
  if (!sim::readFile(settings.csvPath, landscapes::kMaxDataCsvBytes, text, &state.dataError)) return;
  settings.csvChecksum = landscapes::fnv1a64Hex(text);
  settings.batch.batch = 0;
  applyData(session, state, settings);
}

void drawDataChoice(sim::Session& session, UiState& state) {
  const sim::ResolvedData* data = session.data();
  const std::string current = !data                            ? "(none: formula)"
                              : data->settings.catalog.empty() ? "(CSV)"
                                                               : data->settings.catalog;
  if (ImGui::BeginCombo("data", current.c_str())) {
    for (const auto& entry : landscapes::dataCatalog()) {
      if (ImGui::Selectable(entry.name.c_str(), data && entry.name == data->settings.catalog)) {
        sim::SceneData settings;
        settings.catalog = entry.name;
        settings.params = entry.defaults;
        settings.batch.batch = 0;
        applyData(session, state, settings);
      }
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", entry.description.c_str());
    }
    ImGui::EndCombo();
  }
  data = session.data();
  if (data && !data->settings.catalog.empty()) {
    bool standardize = data->settings.standardize;
    if (ImGui::Checkbox("standardize features", &standardize)) {
      sim::SceneData settings = data->settings;
      settings.standardize = standardize;
      applyData(session, state, settings);
    }
  }
  ImGui::InputText("CSV", &state.dataCsvPath);
  ImGui::InputText("loss", &state.dataLoss);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("per-sample loss in x, y and the CSV's columns");
  if (ImGui::Button("load CSV")) loadCsv(session, state);
  drawErrorText(state.dataError);
}

void drawSampling(sim::Session& session, UiState& state, size_t index) {
  const sim::ResolvedData& data = *session.data();
  sim::RunBatch batch = sim::runBatchOf(session.runs[index].run.gradientSource());
  const int rows = int(data.sum().data().rows());
  int size = int(batch.settings.batch);
  int seed = int(std::min<std::uint64_t>(batch.seed, 1u << 30));
  bool replace = batch.settings.sampling == landscapes::Sampling::Replace;
  bool changed = ImGui::SliderInt("batch", &size, 1, rows, "%d", ImGuiSliderFlags_Logarithmic);
  changed |= ImGui::InputInt("batch seed", &seed);
  changed |= ImGui::Checkbox("with replacement", &replace);
  if (changed) {
    batch.settings.batch = size_t(std::clamp(size, 1, rows));
    batch.seed = std::uint64_t(std::max(seed, 0));
    batch.settings.sampling = replace ? landscapes::Sampling::Replace : landscapes::Sampling::Shuffle;
    session.setRunBatch(index, batch, &state.dataError);
  }
  int seeds = int(session.runs[index].ensemble.seeds());
  if (ImGui::SliderInt("seeds", &seeds, int(sim::kSeedsRange.min), int(sim::kSeedsRange.max)))
    session.setSeeds(index, size_t(seeds));
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "repeat this run with batch seeds s, s+1, ...: faint paths, bold mean, loss band 10-90 %%");
  bool batchSurface = session.batchSurfaceRun == index;
  if (ImGui::Checkbox("surface: this run's last batch", &batchSurface))
    session.batchSurfaceRun = batchSurface ? std::optional<size_t>(index) : std::nullopt;
}

void drawScatter(const sim::Session& session, size_t index, float uiScale) {
  const sim::Run& run = session.runs[index].run;
  const sim::DataPlot plot =
      sim::dataPlot(*session.data(), run.trajectory().size() ? run.trajectory().points.back() : run.start());
  const float width = ImGui::GetContentRegionAvail().x, height = 150.0f * uiScale;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), IM_COL32(20, 20, 24, 255));
  const landscapes::Rect& b = plot.bounds;
  const auto toScreen = [&](const optim::Vec2& p) {
    return ImVec2(origin.x + float((p.x() - b.xmin) / (b.xmax - b.xmin)) * width,
                  origin.y + float((b.ymax - p.y()) / (b.ymax - b.ymin)) * height);
  };
  draw->PushClipRect(origin, ImVec2(origin.x + width, origin.y + height), true);
  for (size_t i = 0; i < plot.points.size(); ++i) {
    const auto c = sim::colormapColor("viridis", 0.15 + 0.85 * plot.shade[i]);
    draw->AddCircleFilled(toScreen(plot.points[i]), 2.0f * uiScale,
                          IM_COL32(int(c[0] * 255), int(c[1] * 255), int(c[2] * 255), 220));
  }
  const sim::Rgba& color = session.runs[index].color;
  const ImU32 modelColor = IM_COL32(int(color[0] * 255), int(color[1] * 255), int(color[2] * 255), 255);
  for (size_t i = 1; i < plot.model.size(); ++i)
    draw->AddLine(toScreen(plot.model[i - 1]), toScreen(plot.model[i]), modelColor, 2.0f * uiScale);
  if (plot.boundary) {
    const float x = toScreen({*plot.boundary, 0}).x;
    draw->AddLine(ImVec2(x, origin.y), ImVec2(x, origin.y + height), modelColor, 1.0f * uiScale);
  }
  draw->PopClipRect();
  ImGui::Dummy(ImVec2(width, height));
  ImGui::TextDisabled("%s vs %s", plot.yLabel.c_str(), plot.xLabel.c_str());
  if (!plot.caption.empty()) ImGui::TextWrapped("%s", plot.caption.c_str());
}

}  // namespace

void drawDataSection(sim::Session& session, UiState& state) {
  ImGui::PushID("data");
  drawDataChoice(session, state);
  if (session.data() && !session.runs.empty()) {
    const size_t index = size_t(std::clamp(state.selectedRun, 0, int(session.runs.size()) - 1));
    // Numbered and named as the run list shows it (from 0); wrapped, as labels can be long.
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::TextWrapped("%s: %zu rows. How run %zu %s samples them:", session.data()->landscape.name.c_str(),
                       session.data()->sum().data().rows(), index, sim::runLabel(session, index).c_str());
    ImGui::PopStyleColor();
    drawSampling(session, state, index);
    drawScatter(session, index, state.uiScale);
  }
  ImGui::PopID();
}

}  // namespace lv::ui
