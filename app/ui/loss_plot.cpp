// Loss-vs-step plot of every run and the runs table, in a window docked at the bottom, right of the
// side panel. A toolbar picks raw loss or loss − f*, log or linear, and folds the window to one
// line; on a narrow window the plot and the table take turns. The scale and ticks are
// figure::lossScale/lossTicks/stepTicks (headless, tested); this file only draws them.
#include "app/figure/plot_scale.h"
#include "app/figure/run_style.h"
#include "app/figure/trails.h"
#include "app/sim/ensemble.h"
#include "app/sim/run_label.h"
#include "app/sim/run_status.h"
#include "app/ui/canvas_overlay.h"
#include "app/ui/panels.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace lv::ui {
namespace {

double distanceToMinimum(const sim::Session& session, const optim::Vec2& p) {
  double best = std::numeric_limits<double>::infinity();
  for (const auto& m : session.landscape().minima) best = std::min(best, (p - m).norm());
  return best;
}

// Every `stride`-th loss of a run plus its last: the plot never draws more points than pixels, and
// its cost per frame stays flat however long the runs get.
template <typename Visit>
void forSampledLosses(const std::vector<double>& losses, size_t stride, Visit visit) {
  for (size_t k = 0; k < losses.size(); k += stride) visit(k, losses[k]);
  if (!losses.empty() && (losses.size() - 1) % stride != 0) visit(losses.size() - 1, losses.back());
}

// An ensemble's loss (sim/ensemble.h): the 10-90 % band of its members' losses, filled faintly, and
// their median as the line, at the same sampled steps as a single run's line.
template <typename ToPlot>
void drawEnsembleBand(const sim::LiveRun& live, size_t stride, ToPlot toPlot, float uiScale,
                      ImDrawList* draw) {
  static std::vector<double> scratch;
  static std::vector<ImVec2> low, median, high;
  low.clear();
  median.clear();
  high.clear();
  size_t steps = live.run.trajectory().size();
  for (const sim::Run& member : live.ensemble.members) steps = std::max(steps, member.trajectory().size());
  auto visit = [&](size_t k) {
    const sim::LossQuantiles q = sim::lossQuantilesAt(live.run, live.ensemble, k, scratch);
    if (q.count == 0) return;
    low.push_back(toPlot(k, q.q10));
    median.push_back(toPlot(k, q.median));
    high.push_back(toPlot(k, q.q90));
  };
  for (size_t k = 0; k < steps; k += stride) visit(k);
  if (steps > 0 && (steps - 1) % stride != 0) visit(steps - 1);
  sim::Rgba faint = live.color;
  faint[3] *= 0.3f;
  for (size_t i = 1; i < median.size(); ++i)
    draw->AddQuadFilled(low[i - 1], low[i], high[i], high[i - 1], toImColor(faint));
  if (median.size() >= 2)
    draw->AddPolyline(median.data(), static_cast<int>(median.size()), toImColor(live.color), 0,
                      2.0f * uiScale);
}

void drawPlot(const sim::Session& session, const figure::LossPlotOptions& options, float uiScale,
              ImVec2 size) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("plot", ImVec2(std::max(size.x, 1.0f), std::max(size.y, 1.0f)));
  const ImVec2 end(origin.x + size.x, origin.y + size.y);
  draw->AddRectFilled(origin, end, IM_COL32(15, 15, 18, 255));
  const figure::TextMetrics metrics = imguiTextMetrics();
  const float font = ImGui::GetFontSize();
  size_t steps = 1;
  for (const auto& live : session.runs) steps = std::max(steps, live.run.trajectory().size());
  const size_t stride = std::max<size_t>(1, steps / static_cast<size_t>(std::max(1.0f, size.x)));
  std::vector<figure::PlotSeries> series;
  for (const auto& live : session.runs) {
    series.push_back({&live.run.trajectory().losses, live.visible, live.run.diverged()});
    for (const sim::Run& member : live.ensemble.members)
      series.push_back({&member.trajectory().losses, live.visible, member.diverged()});
  }
  const figure::LossScale scale =
      figure::lossScale(series, session.landscape().minimumValue, options, stride);
  const ImU32 gridColor = IM_COL32(255, 255, 255, 40), labelColor = IM_COL32(200, 200, 200, 255);
  draw->AddText(ImVec2(origin.x + 4, origin.y + 2), labelColor, (scale.title + "  vs step").c_str());
  if (scale.empty) return;

  const float bottom = end.y - font * 1.3f, top = origin.y + font * 1.4f;
  std::vector<figure::Tick> yTicks = figure::lossTicks(scale, bottom, top, metrics);
  float labelWidth = 0;
  for (const auto& t : yTicks)
    labelWidth = std::max(labelWidth, static_cast<float>(metrics.width(t.label.text)));
  const float left = origin.x + labelWidth + font * 0.6f;
  const float width = std::max(1.0f, end.x - left - font), height = std::max(1.0f, bottom - top);
  draw->PushClipRect(origin, end, true);
  for (const auto& t : yTicks) {
    const float y = static_cast<float>(t.pixel);
    draw->AddLine(ImVec2(left, y), ImVec2(left + width, y), gridColor, uiScale);
    draw->AddText(ImVec2(origin.x + 4, y - font * 0.5f), labelColor, t.label.text.c_str());
  }
  const double lastStep = static_cast<double>(std::max<size_t>(1, steps - 1));
  for (const auto& t : figure::stepTicks(steps - 1, left, left + width, metrics)) {
    const float x = static_cast<float>(t.pixel);
    draw->AddLine(ImVec2(x, top), ImVec2(x, bottom), gridColor, uiScale);
    const float w = static_cast<float>(metrics.width(t.label.text));
    draw->AddText(ImVec2(std::min(x - w * 0.5f, end.x - w - 2), bottom + 2), labelColor,
                  t.label.text.c_str());
  }
  // Reused from frame to frame: the plot allocates nothing once it has drawn its widest run.
  static std::vector<ImVec2> points;
  const ImVec2 clipMin(left, top - 1), clipMax(left + width + 1, bottom + 1);
  draw->PushClipRect(clipMin, clipMax, true);
  auto toPlot = [&](size_t k, double loss) {
    const double y = (figure::plottedValue(scale, loss) - scale.lo) / (scale.hi - scale.lo);
    return ImVec2(left + width * static_cast<float>(static_cast<double>(k) / lastStep),
                  bottom - static_cast<float>(y) * height);
  };
  for (const auto& live : session.runs) {
    if (!live.visible) continue;
    if (!live.ensemble.members.empty()) {
      drawEnsembleBand(live, stride, toPlot, uiScale, draw);
      continue;
    }
    points.clear();
    forSampledLosses(live.run.trajectory().losses, stride,
                     [&](size_t k, double l) { points.push_back(toPlot(k, l)); });
    if (points.size() >= 2)
      draw->AddPolyline(points.data(), static_cast<int>(points.size()), toImColor(live.color), 0,
                        2.0f * uiScale);
  }
  draw->PopClipRect();
  draw->PopClipRect();
}

void drawTable(const sim::Session& session, bool playing) {
  // Fixed-fit columns with horizontal scrolling: headers are never cut to one letter.
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX |
                                ImGuiTableFlags_SizingFixedFit;
  if (!ImGui::BeginTable("runs", 5, flags)) return;
  ImGui::TableSetupScrollFreeze(1, 1);
  for (const char* header : {"run", "loss", "steps", "to min", "status"}) ImGui::TableSetupColumn(header);
  ImGui::TableHeadersRow();
  static std::vector<double> scratch;
  for (size_t i = 0; i < session.runs.size(); ++i) {
    const auto& live = session.runs[i];
    const auto& t = live.run.trajectory();
    // An ensemble's row, as its legend entry and bold curves: the members' median loss, the mean
    // path's distance to the minimum.
    const bool ensemble = !live.ensemble.members.empty();
    const std::vector<optim::Vec2>& path = figure::markedPath(live);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextColored(ImVec4(live.color[0], live.color[1], live.color[2], live.visible ? 1.0f : 0.4f), "%s",
                       sim::runLabel(session, i).c_str());
    ImGui::TableNextColumn();
    if (t.size() && ensemble) {
      const sim::LossQuantiles q = sim::lossQuantilesAt(live.run, live.ensemble, t.size() - 1, scratch);
      ImGui::Text("%.4g", q.median);
      if (ImGui::IsItemHovered())
        ImGui::SetTooltip("median of %zu seeds; \"to min\": the mean path's end", q.count);
    } else if (t.size()) {
      ImGui::Text("%.4g", t.losses.back());
    } else {
      ImGui::TextDisabled("-");  // diverged at step 0: no loss to show
    }
    ImGui::TableNextColumn();
    ImGui::Text("%zu", live.run.stepCount());
    ImGui::TableNextColumn();
    const double d =
        path.size() ? distanceToMinimum(session, path.back()) : std::numeric_limits<double>::infinity();
    if (std::isfinite(d))
      ImGui::Text("%.3g", d);
    else
      ImGui::TextDisabled("-");
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(sim::statusText(live.run, playing, session.stepLimitInEffect()).c_str());
  }
  ImGui::EndTable();
}

// Fold, quantity, scale and (narrow) plot/table switches on one line.
void drawToolbar(const sim::Session& session, figure::LossPlotOptions& options, bool narrow) {
  if (ImGui::ArrowButton("fold", options.collapsed ? ImGuiDir_Right : ImGuiDir_Down))
    options.collapsed = !options.collapsed;
  if (!narrow || options.collapsed) {
    ImGui::SameLine();
    ImGui::TextUnformatted("Loss");
  }
  if (options.collapsed) return;
  ImGui::SameLine();
  const bool known = session.landscape().minimumValue.has_value();
  if (ImGui::RadioButton("loss − f*", known && options.quantity == figure::LossQuantity::AboveMinimum) &&
      known)
    options.quantity = figure::LossQuantity::AboveMinimum;
  if (!known && ImGui::IsItemHovered()) ImGui::SetTooltip("this landscape has no known minimum value f*");
  ImGui::SameLine();
  if (ImGui::RadioButton("raw", !known || options.quantity == figure::LossQuantity::Raw))
    options.quantity = figure::LossQuantity::Raw;
  ImGui::SameLine();
  ImGui::Checkbox("log", &options.logScale);
  if (narrow) {
    ImGui::SameLine();
    if (ImGui::SmallButton(options.tableOnly ? "plot" : "table")) options.tableOnly = !options.tableOnly;
  }
}

}  // namespace

float lossWindowHeight(const UiState& state) {
  if (!state.lossPlot.collapsed) return lossPlotHeight(state.uiScale, ImGui::GetIO().DisplaySize.y);
  const ImGuiStyle& style = ImGui::GetStyle();
  return ImGui::GetFrameHeight() + 2 * style.WindowPadding.y;
}

void drawLossPlot(const sim::Session& session, UiState& state) {
  const ImGuiIO& io = ImGui::GetIO();
  const float left = sidePanelWidth(state.uiScale, io.DisplaySize.x), height = lossWindowHeight(state);
  ImGui::SetNextWindowPos(ImVec2(left, io.DisplaySize.y - height), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x - left, height), ImGuiCond_Always);
  ImGui::Begin("Loss", nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoScrollbar);
  // Below ~55 characters the plot and the table each get too little room side by side.
  const bool narrow = ImGui::GetContentRegionAvail().x < ImGui::GetFontSize() * 55;
  drawToolbar(session, state.lossPlot, narrow);
  if (!state.lossPlot.collapsed) {
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    if (!narrow || !state.lossPlot.tableOnly)
      drawPlot(session, state.lossPlot, state.uiScale, ImVec2(narrow ? avail.x : avail.x * 0.55f, avail.y));
    if (!narrow) ImGui::SameLine();
    if (!narrow || state.lossPlot.tableOnly) {
      ImGui::BeginChild("table", ImVec2(0, avail.y));
      drawTable(session, state.playing);
      ImGui::EndChild();
    }
  }
  ImGui::End();
}

}  // namespace lv::ui
