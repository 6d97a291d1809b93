// Map section: a convergence map of the selected run (basins of attraction over the view, or a
// phase diagram of two hyperparameters), its settings, Compute/Cancel and progress, and a legend.
// The GL side (app/maps/map_driver.h) computes and draws it; map_view.cpp shows the hyper map and
// the hover read-outs.
#include "app/maps/map_image.h"
#include "app/sim/run_label.h"
#include "app/ui/error_text.h"
#include "app/ui/map_view.h"
#include "app/ui/panels.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lv::ui {
namespace {

using sim::MapAxis;

// Steps and resolution the sliders offer (a scene may hold more; typing allows kMap*Range).
constexpr int kStepsSliderMax = 5000;
constexpr int kResolutionSliderMax = 512;

bool sweepable(const optim::ParamInfo& p) { return !p.isBool && p.max > p.min; }

// One axis: hyperparameter, range and scale. Edits that parse replace `axis`; others are refused.
bool drawAxis(const char* id, MapAxis& axis, const MapAxis& other, const optim::OptimizerInfo& info) {
  ImGui::PushID(id);
  bool changed = false;
  if (ImGui::BeginCombo(id, axis.param.c_str())) {
    for (const optim::ParamInfo& p : info.params) {
      if (!sweepable(p) || p.name == other.param) continue;
      if (ImGui::Selectable(p.name, axis.param == p.name)) {
        axis = sim::defaultMapAxis(p);
        changed = true;
      }
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", p.meaning);
    }
    ImGui::EndCombo();
  }
  MapAxis edited = axis;
  const float field = ImGui::GetFontSize() * 5.5f;
  ImGui::SetNextItemWidth(field);
  bool typed = ImGui::InputDouble("##lo", &edited.lo, 0, 0, "%.4g", ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  ImGui::SetNextItemWidth(field);
  typed |= ImGui::InputDouble("##hi", &edited.hi, 0, 0, "%.4g", ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  typed |= ImGui::Checkbox("log", &edited.logScale);
  if (typed) {
    std::string error;
    if (sim::parseMapAxis(sim::formatMapAxis(edited), info, id, &error)) {
      axis = edited;
      changed = true;
    } else {
      ImGui::OpenPopup("axis error");
    }
  }
  if (ImGui::BeginPopup("axis error")) {
    ImGui::TextUnformatted("needs LO < HI within the hyperparameter's range (log: LO > 0)");
    ImGui::EndPopup();
  }
  ImGui::PopID();
  return changed;
}

// A swatch drawn with the map's own colours (maps::colorMap on a tiny map of one kind of pixel).
void swatch(const maps::PixelResult& pixel, sim::MapColoring coloring, long steps, bool hasMinima) {
  maps::ConvergenceMap tiny;
  const int side = 8;
  tiny.width = tiny.height = side;
  tiny.steps = steps;
  tiny.pixels.assign(side * side, pixel);
  const std::vector<std::uint8_t> rgba = maps::colorMap(tiny, coloring, hasMinima);
  const float cell = ImGui::GetFontSize() / side;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (int y = 0; y < side; ++y)
    for (int x = 0; x < side; ++x) {
      const std::uint8_t* c = &rgba[(y * side + x) * 4];
      draw->AddRectFilled(ImVec2(at.x + x * cell, at.y + y * cell),
                          ImVec2(at.x + (x + 1) * cell, at.y + (y + 1) * cell),
                          IM_COL32(c[0], c[1], c[2], 255));
    }
  ImGui::Dummy(ImVec2(ImGui::GetFontSize(), ImGui::GetFontSize()));
  ImGui::SameLine();
}

void drawLegend(const sim::Session& session) {
  const sim::MapSettings& settings = session.map;
  const auto& minima = session.landscape().minima;
  const bool hasMinima = !minima.empty();
  const long steps = static_cast<long>(settings.steps);
  if (settings.coloring == sim::MapColoring::Basin && hasMinima) {
    for (size_t i = 0; i < minima.size(); ++i) {
      maps::PixelResult p;
      p.finalLoss = 0;
      p.basin = static_cast<int>(i);
      p.convergedStep = 0;
      swatch(p, settings.coloring, steps, hasMinima);
      ImGui::Text("minimum %zu (%.3g, %.3g)", i, minima[i].x(), minima[i].y());
    }
    ImGui::TextDisabled("brighter = converged sooner");
  } else {
    const bool stepsMode = settings.coloring == sim::MapColoring::Steps;
    ImGui::TextDisabled(stepsMode ? "viridis: step it converged at (dark = fast)"
                                  : "viridis: log final loss (dark = low)");
  }
  maps::PixelResult diverged;
  diverged.divergedStep = 1;
  swatch(diverged, settings.coloring, steps, hasMinima);
  ImGui::TextUnformatted("diverged");
  if (settings.coloring != sim::MapColoring::Loss) {
    maps::PixelResult unresolved;
    unresolved.finalLoss = 1;
    swatch(unresolved, settings.coloring, steps, hasMinima);
    ImGui::TextUnformatted(settings.coloring == sim::MapColoring::Basin && hasMinima ? "in no basin"
                                                                                     : "not converged");
  }
}

void drawProgress(UiState& state) {
  maps::MapDisplay& display = state.map;
  using Status = maps::MapDisplay::Status;
  if (display.status == Status::Computing) {
    if (ImGui::Button("Cancel")) display.cancelRequested = true;
  } else if (ImGui::Button("Compute")) {
    display.computeRequested = true;
  }
  ImGui::SameLine();
  char overlay[48];
  const char* what = display.status == Status::Computing   ? "computing"
                     : display.status == Status::Cancelled ? "cancelled"
                     : display.stale                       ? "waiting"
                                                           : "done";
  std::snprintf(overlay, sizeof overlay, "%s %.0f%%", what, 100 * display.progress);
  ImGui::ProgressBar(
      display.status == Status::Computing || display.stale ? static_cast<float>(display.progress) : 1.0f,
      ImVec2(-1, 0), overlay);
  drawErrorText(display.message);
}

}  // namespace

void drawMapSection(sim::Session& session, UiState& state) {
  sim::MapSettings& settings = session.map;
  ImGui::Checkbox("show map", &settings.show);
  if (session.runs.empty()) {
    ImGui::TextDisabled("add a run: the map uses its optimizer");
    return;
  }
  if (state.selectedRun >= 0) settings.run = static_cast<size_t>(state.selectedRun);
  settings.run = std::min(settings.run, session.runs.size() - 1);
  ImGui::SameLine();
  ImGui::TextDisabled("of %s", sim::runLabel(session, settings.run).c_str());
  int mode = settings.mode == sim::MapMode::Basins ? 0 : 1;
  ImGui::RadioButton("basins", &mode, 0);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("every pixel of the view is a start point");
  ImGui::SameLine();
  ImGui::RadioButton("hyperparameters", &mode, 1);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("every pixel is a pair of hyperparameters, from the run's start");
  settings.mode = mode == 0 ? sim::MapMode::Basins : sim::MapMode::Hyperparameters;
  if (settings.mode == sim::MapMode::Hyperparameters) {
    const optim::OptimizerInfo& info = session.runs[settings.run].run.optimizer().info();
    auto [x, y] = maps::mapAxesFor(settings, info);
    if (!x.param.empty() && !y.param.empty()) {
      if (drawAxis("x axis", x, y, info)) settings.xAxis = x;
      if (drawAxis("y axis", y, x, info)) settings.yAxis = y;
    }
  }
  int steps = static_cast<int>(settings.steps);
  if (ImGui::SliderInt("steps", &steps, 1, kStepsSliderMax, "%d", ImGuiSliderFlags_Logarithmic))
    settings.steps = static_cast<size_t>(std::clamp(steps, 1, static_cast<int>(sim::kMapStepsRange.max)));
  float tolerance = static_cast<float>(settings.tolerance);
  if (ImGui::SliderFloat("tolerance", &tolerance, 1e-10f, 1e-1f, "%.0e", ImGuiSliderFlags_Logarithmic))
    settings.tolerance =
        std::clamp(static_cast<double>(tolerance), sim::kMapToleranceRange.min, sim::kMapToleranceRange.max);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("converged: |grad f| or the step length below this");
  ImGui::SliderInt("resolution", &settings.resolution, static_cast<int>(sim::kMapResolutionRange.min),
                   kResolutionSliderMax, "%d px");
  int coloring = static_cast<int>(settings.coloring);
  ImGui::Combo("colour", &coloring, "basin\0steps to converge\0final loss\0");
  settings.coloring = static_cast<sim::MapColoring>(std::clamp(coloring, 0, 2));
  float opacity = static_cast<float>(settings.opacity);
  if (ImGui::SliderFloat("opacity", &opacity, 0.0f, 1.0f, "%.2f")) settings.opacity = opacity;
  drawProgress(state);
  // A map steps on the exact (full-data) gradient even when the run samples: said, not hidden.
  const std::string note = maps::mapGradientNote(session);
  if (!note.empty()) ImGui::TextWrapped("%s", note.c_str());
  if (settings.show && state.map.map) drawLegend(session);
  if (settings.show && settings.mode == sim::MapMode::Hyperparameters) drawHyperMapWindow(session, state);
}

}  // namespace lv::ui
