// Explainer section: what the optimizer of the inspected run did at the inspected (or latest)
// step, with the numbers inside that update read from the unit's own state (replayed by
// sim::StepInspector, never recomputed by a second formula): the gradient it used, the lr the
// schedule gave, every state entry under torch's name, the unit's own step terms (Adam: bias
// corrections, m_hat, v_hat, lr/(sqrt(v_hat)+eps)) and the step taken; then the local geometry
// there, the lr-versus-step plot and the canvas arrow toggles.
#include "app/sim/geometry.h"
#include "app/sim/run_label.h"
#include "app/ui/panels.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

namespace lv::ui {
namespace {

constexpr int kLrPlotSamples = 400;  // the lr plot reads at most this many steps, evenly spaced

void numberCell(double value) {
  ImGui::TableNextColumn();
  if (std::isnan(value))
    ImGui::TextDisabled("-");
  else
    ImGui::Text("%.5g", value);
}

/// One table row: a name and x, y (a scalar in x with y shown empty).
void row(const char* name, const optim::Vec2& value, bool isVector, const char* tooltip = nullptr) {
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(name);
  if (tooltip && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tooltip);
  numberCell(value.x());
  if (isVector)
    numberCell(value.y());
  else
    ImGui::TableNextColumn();
}

void drawStepTable(const sim::InspectedStep& step) {
  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("step", 3, flags)) return;
  // Names as torch spells them ("lr*(1-mu)/(1-mu_product)") are read whole: their column fits the
  // longest, the numbers share what is left.
  ImGui::TableSetupColumn("quantity", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("x", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("y", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  const bool first = step.step == 0;
  row(first ? "p (start)" : "p before", step.from, true, "the point update k started from");
  row("g used", step.gradient, true, "the gradient the update used (the sampled one in stochastic runs)");
  row(step.overrides.lr ? "lr (schedule)" : "lr", optim::Vec2(step.lr, 0), false,
      "the learning rate this update used: the slider's base lr scaled by the schedule");
  if (step.overrides.momentum) row("momentum (cycled)", optim::Vec2(*step.overrides.momentum, 0), false);
  if (step.overrides.beta1) row("beta1 (cycled)", optim::Vec2(*step.overrides.beta1, 0), false);
  for (const optim::StateEntry& entry : step.optimizer.stateEntries())
    row(entry.name, entry.value, entry.isVector, "optimizer.state after this update (torch's key)");
  for (const optim::StateEntry& entry : step.stepTerms())
    row(entry.name, entry.value, entry.isVector, "inside this update, from the state it left");
  if (!first) {
    row("step taken", step.to - step.from, true, "p after − p before: the update actually applied");
    row("p after", step.to, true);
  }
  ImGui::EndTable();
}

void drawGeometry(const sim::Run& run, const optim::Vec2& point) {
  const auto g = sim::runGeometry(run, point);
  if (!g) {
    ImGui::TextDisabled("Hessian not finite here");
    return;
  }
  ImGui::Text("Hessian eigenvalues %.4g, %.4g", g->minEigenvalue, g->maxEigenvalue);
  if (g->minEigenvalue > 0) ImGui::Text("condition number %.4g", g->maxEigenvalue / g->minEigenvalue);
  if (g->maxStableLr)
    ImGui::Text("GD stable for lr < 2/λmax = %.4g", *g->maxStableLr);
  else
    ImGui::TextUnformatted("GD stable for any lr here (λmax ≤ 0)");
}

struct LrSamples {
  const std::vector<double>* lrs;
  size_t count;
};

float lrAt(void* data, int index) {
  const auto* samples = static_cast<const LrSamples*>(data);
  const size_t last = samples->lrs->size() - 1;
  const size_t k = samples->count > 1 ? static_cast<size_t>(index) * last / (samples->count - 1) : 0;
  const double lr = (*samples->lrs)[k];
  return std::isfinite(lr) ? static_cast<float>(lr) : 0.0f;
}

/// The lr each update used against the step, with the shown step marked.
void drawLrPlot(const sim::Trajectory& t, size_t shown) {
  if (t.learningRates.empty() || !std::isfinite(t.learningRates.front())) return;
  const auto [low, high] = std::minmax_element(t.learningRates.begin(), t.learningRates.end());
  LrSamples samples{&t.learningRates, std::min<size_t>(t.learningRates.size(), kLrPlotSamples)};
  char overlay[64];
  std::snprintf(overlay, sizeof overlay, "lr %.4g", t.learningRates[shown]);
  const float height = ImGui::GetFontSize() * 3.5f;
  const float span = static_cast<float>(*high - *low);
  ImGui::PlotLines("lr vs step", lrAt, &samples, static_cast<int>(samples.count), 0, overlay,
                   static_cast<float>(*low) - 0.05f * span, static_cast<float>(*high) + 0.05f * span,
                   ImVec2(0, height));
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  const float pad = ImGui::GetStyle().FramePadding.x;
  const float width = std::max(1.0f, max.x - min.x - 2 * pad);
  const float x =
      min.x + pad + width * static_cast<float>(shown) / static_cast<float>(std::max<size_t>(1, t.size() - 1));
  ImGui::GetWindowDrawList()->AddLine(ImVec2(x, min.y), ImVec2(x, max.y), IM_COL32(255, 200, 60, 255),
                                      std::max(1.0f, ImGui::GetFontSize() / 10));
}

}  // namespace

void drawExplainerSection(sim::Session& session, UiState& state) {
  const int index = inspectedRun(session, state);
  if (index < 0) {
    ImGui::TextDisabled("no run to explain");
    return;
  }
  const sim::Run& run = session.runs[static_cast<size_t>(index)].run;
  const size_t shown = shownStep(session, state, static_cast<size_t>(index));
  ImGui::Text("run %d \"%s\"", index, sim::runLabel(session, static_cast<size_t>(index)).c_str());
  ImGui::Text("update %zu of %zu%s", shown, run.stepCount(), state.inspectedStep ? "" : " (live)");
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", run.optimizer().info().updateRule.c_str());
  ImGui::PopStyleColor();
  const auto step = state.stepInspector.at(run, shown);
  if (!step) {
    ImGui::TextDisabled("diverged at the start: nothing to explain");
    return;
  }
  drawStepTable(*step);
  drawGeometry(run, step->to);
  drawLrPlot(run.trajectory(), step->step);
  ImGui::Checkbox("state arrows", &state.showStateArrows);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("−g, −m (first moment / momentum) and the step taken, on the canvas");
  ImGui::SameLine();
  ImGui::Checkbox("eigen-axes", &state.showEigenAxes);
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("the Hessian's eigenvectors, scaled by their eigenvalues");
}

}  // namespace lv::ui
