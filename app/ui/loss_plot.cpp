// Loss-vs-step plot of every run (log y, drawn with ImDrawList) and the runs table, in a window
// docked at the bottom, right of the side panel.
#include "app/sim/run_status.h"
#include "app/sim/view.h"
#include "app/ui/canvas_overlay.h"
#include "app/ui/panels.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace lv::ui {
namespace {

/// log10 of the loss above `floor` (the known minimum value, else the lowest loss seen). The
/// difference saturates at the largest double when it overflows (losses near ±1e308).
double plotValue(double loss, double floor) {
  return std::log10(std::clamp(loss - floor, 1e-16, std::numeric_limits<double>::max()));
}

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

void drawPlot(const sim::Session& session, ImVec2 size) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("plot", size);
  const ImVec2 end(origin.x + size.x, origin.y + size.y);
  draw->AddRectFilled(origin, end, IM_COL32(15, 15, 18, 255));
  const float fontSize = ImGui::GetFontSize();
  const float left = origin.x + fontSize * 3.0f, bottom = end.y - fontSize * 1.3f,
              top = origin.y + fontSize * 1.4f;
  const float width = std::max(1.0f, end.x - left - fontSize), height = std::max(1.0f, bottom - top);
  size_t steps = 1;
  for (const auto& live : session.runs) steps = std::max(steps, live.run.trajectory().size());
  const size_t stride = std::max<size_t>(1, steps / static_cast<size_t>(width));

  double floor = std::numeric_limits<double>::infinity();
  for (const auto& live : session.runs)
    forSampledLosses(live.run.trajectory().losses, stride,
                     [&](size_t, double l) { floor = std::min(floor, l); });
  if (session.landscape().minimumValue) floor = std::min(floor, *session.landscape().minimumValue);
  if (!std::isfinite(floor)) return;
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (const auto& live : session.runs)
    forSampledLosses(live.run.trajectory().losses, stride, [&](size_t, double l) {
      lo = std::min(lo, plotValue(l, floor));
      hi = std::max(hi, plotValue(l, floor));
    });
  lo = std::floor(lo);
  hi = std::max(std::ceil(hi), lo + 1);
  const ImU32 gridColor = IM_COL32(255, 255, 255, 40), labelColor = IM_COL32(200, 200, 200, 255);
  for (double e = lo; e <= hi; e += std::max(1.0, std::floor((hi - lo) / 4))) {
    const float y = bottom - static_cast<float>((e - lo) / (hi - lo)) * height;
    draw->AddLine(ImVec2(left, y), ImVec2(left + width, y), gridColor);
    char label[16];
    std::snprintf(label, sizeof label, "1e%d", static_cast<int>(e));
    draw->AddText(ImVec2(origin.x + 4, y - fontSize * 0.5f), labelColor, label);
  }
  const double lastStep = static_cast<double>(std::max<size_t>(1, steps - 1));
  for (double step : sim::niceTicks(0, lastStep, 5)) {
    if (step < 0 || step > lastStep) continue;
    const float x = left + width * static_cast<float>(step / lastStep);
    draw->AddLine(ImVec2(x, top), ImVec2(x, bottom), gridColor);
    char label[24];
    std::snprintf(label, sizeof label, "%.0f", step);
    const float labelWidth = ImGui::CalcTextSize(label).x;
    draw->AddText(ImVec2(std::min(x - labelWidth * 0.5f, end.x - labelWidth - 2), bottom + 2), labelColor,
                  label);
  }
  // Reused from frame to frame: the plot allocates nothing once it has drawn its widest run.
  static std::vector<ImVec2> points;
  for (const auto& live : session.runs) {
    if (!live.visible) continue;
    points.clear();
    forSampledLosses(live.run.trajectory().losses, stride, [&](size_t k, double l) {
      points.push_back(ImVec2(left + width * static_cast<float>(static_cast<double>(k) / lastStep),
                              bottom - static_cast<float>((plotValue(l, floor) - lo) / (hi - lo)) * height));
    });
    if (points.size() >= 2)
      draw->AddPolyline(points.data(), static_cast<int>(points.size()), toImColor(live.color), 0, 2.0f);
  }
  draw->AddText(ImVec2(left + 4, origin.y + 2), labelColor,
                session.landscape().minimumValue ? "loss - f*  (log scale)   vs step"
                                                 : "loss - lowest loss seen  (log scale)   vs step");
}

void drawTable(const sim::Session& session, bool playing) {
  const ImGuiTableFlags flags =
      ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY;
  if (!ImGui::BeginTable("runs", 5, flags)) return;
  ImGui::TableSetupColumn("optimizer");
  ImGui::TableSetupColumn("loss");
  ImGui::TableSetupColumn("steps");
  ImGui::TableSetupColumn("to min");
  ImGui::TableSetupColumn("status");
  ImGui::TableHeadersRow();
  for (const auto& live : session.runs) {
    const auto& t = live.run.trajectory();
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextColored(ImVec4(live.color[0], live.color[1], live.color[2], 1.0f), "%s",
                       live.run.optimizer().name().c_str());
    ImGui::TableNextColumn();
    if (t.size())
      ImGui::Text("%.4g", t.losses.back());
    else
      ImGui::TextDisabled("-");  // diverged at step 0: no loss to show
    ImGui::TableNextColumn();
    ImGui::Text("%zu", live.run.stepCount());
    ImGui::TableNextColumn();
    const double d =
        t.size() ? distanceToMinimum(session, t.points.back()) : std::numeric_limits<double>::infinity();
    if (std::isfinite(d))
      ImGui::Text("%.3g", d);
    else
      ImGui::TextDisabled("-");
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(sim::statusText(live.run, playing, session.stepLimitInEffect()).c_str());
  }
  ImGui::EndTable();
}

}  // namespace

void drawLossPlot(const sim::Session& session, const UiState& state) {
  const ImGuiIO& io = ImGui::GetIO();
  const float left = sidePanelWidth(state.uiScale), height = lossPlotHeight(state.uiScale);
  ImGui::SetNextWindowPos(ImVec2(left, io.DisplaySize.y - height), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(io.DisplaySize.x - left, height), ImGuiCond_Always);
  ImGui::Begin("Loss", nullptr,
               ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                   ImGuiWindowFlags_NoTitleBar);
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  drawPlot(session, ImVec2(avail.x * 0.55f, avail.y));
  ImGui::SameLine();
  ImGui::BeginChild("table", ImVec2(0, avail.y));
  drawTable(session, state.playing);
  ImGui::EndChild();
  ImGui::End();
}

}  // namespace lv::ui
