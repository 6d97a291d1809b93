// See map_view.h.
#include "app/ui/map_view.h"

#include "app/maps/map_window.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lv::ui {
namespace {

// Where `value` lies along `axis`, 0 at lo and 1 at hi (outside [0, 1] when out of range).
double axisFraction(const maps::ParamAxis& axis, double value) {
  if (axis.logScale) return value > 0 ? std::log(value / axis.lo) / std::log(axis.hi / axis.lo) : -1.0;
  return (value - axis.lo) / (axis.hi - axis.lo);
}

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3g", value);
  return text;
}

void drawTextBox(ImDrawList* draw, ImVec2 at, const char* text) {
  const ImVec2 size = ImGui::CalcTextSize(text);
  draw->AddRectFilled(ImVec2(at.x - 4, at.y - 4), ImVec2(at.x + size.x + 4, at.y + size.y + 4),
                      IM_COL32(20, 20, 24, 230), 3);
  draw->AddText(at, IM_COL32(255, 255, 255, 255), text);
}

}  // namespace

void drawHyperMapWindow(sim::Session& session, UiState& state) {
  const maps::MapDisplay& display = state.map;
  if (!display.map || !display.spec || display.spec->mode != sim::MapMode::Hyperparameters ||
      !display.texture)
    return;
  const maps::MapSpec& spec = *display.spec;
  const float font = ImGui::GetFontSize();
  const ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowSize(ImVec2(font * 19, font * 20), ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - font * 20, font), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin("Hyperparameter map")) {
    ImGui::End();
    return;
  }
  const std::string yName =
      spec.yAxis.name + (spec.yAxis.logScale ? " (log)" : "") + "  vs  " + spec.xAxis.name;
  ImGui::TextUnformatted(yName.c_str());
  const float left = font * 3.2f, bottom = font * 2.4f;
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const float side = std::max(font * 4, std::min(avail.x - left, avail.y - bottom));
  const ImVec2 cursor = ImGui::GetCursorScreenPos();
  const ImVec2 origin(cursor.x + left, cursor.y), end(origin.x + side, origin.y + side);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 tint = display.stale ? IM_COL32(255, 255, 255, 90) : IM_COL32(255, 255, 255, 255);
  draw->AddImage(reinterpret_cast<ImTextureID>(display.texture), origin, end, ImVec2(0, 0), ImVec2(1, 1),
                 tint);
  draw->AddRect(origin, end, IM_COL32(200, 200, 200, 255));
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  const std::string yHi = number(spec.yAxis.hi), yLo = number(spec.yAxis.lo);
  draw->AddText(ImVec2(origin.x - ImGui::CalcTextSize(yHi.c_str()).x - 4, origin.y), text, yHi.c_str());
  draw->AddText(ImVec2(origin.x - ImGui::CalcTextSize(yLo.c_str()).x - 4, end.y - font), text, yLo.c_str());
  const std::string xHi = number(spec.xAxis.hi), xLo = number(spec.xAxis.lo);
  draw->AddText(ImVec2(origin.x, end.y + 2), text, xLo.c_str());
  draw->AddText(ImVec2(end.x - ImGui::CalcTextSize(xHi.c_str()).x, end.y + 2), text, xHi.c_str());
  const std::string xName = spec.xAxis.name + (spec.xAxis.logScale ? " (log)" : "");
  draw->AddText(
      ImVec2(origin.x + side * 0.5f - ImGui::CalcTextSize(xName.c_str()).x * 0.5f, end.y + font * 1.1f), text,
      xName.c_str());

  const size_t run = std::min(session.map.run, session.runs.size() - 1);
  const optim::Optimizer& optimizer = session.runs[run].run.optimizer();
  if (optimizer.name() == spec.optimizer.name()) {
    const double tx = axisFraction(spec.xAxis, optimizer.param(spec.xAxis.paramIndex));
    const double ty = axisFraction(spec.yAxis, optimizer.param(spec.yAxis.paramIndex));
    const ImU32 cross = IM_COL32(255, 255, 255, 255), shadow = IM_COL32(0, 0, 0, 200);
    if (tx >= 0 && tx <= 1) {
      const float x = origin.x + static_cast<float>(tx) * side;
      draw->AddLine(ImVec2(x + 1, origin.y), ImVec2(x + 1, end.y), shadow, 1.5f);
      draw->AddLine(ImVec2(x, origin.y), ImVec2(x, end.y), cross, 1.5f);
    }
    if (ty >= 0 && ty <= 1) {
      const float y = end.y - static_cast<float>(ty) * side;
      draw->AddLine(ImVec2(origin.x, y + 1), ImVec2(end.x, y + 1), shadow, 1.5f);
      draw->AddLine(ImVec2(origin.x, y), ImVec2(end.x, y), cross, 1.5f);
    }
  }
  ImGui::SetCursorScreenPos(origin);
  ImGui::InvisibleButton("map pixels", ImVec2(side, side));
  if (ImGui::IsItemHovered()) {
    const int px =
        std::clamp(static_cast<int>((io.MousePos.x - origin.x) / side * spec.width), 0, spec.width - 1);
    const int py =
        std::clamp(static_cast<int>((io.MousePos.y - origin.y) / side * spec.height), 0, spec.height - 1);
    ImGui::SetTooltip("%s\nclick: set these on the run",
                      maps::describeMapPixel(spec, *display.map, px, py).c_str());
    if (ImGui::IsItemClicked(ImGuiMouseButton_Left)) maps::applyMapPixel(session, run, spec, px, py);
  }
  ImGui::SetCursorScreenPos(ImVec2(cursor.x, end.y + bottom));
  ImGui::End();
}

void drawMapCanvasHover(const sim::Session& session, const UiState& state, const CanvasFrame& frame) {
  const maps::MapDisplay& display = state.map;
  const ImGuiIO& io = ImGui::GetIO();
  const ImVec2 m = io.MousePos;
  if (!session.map.show || !display.map || !display.spec || display.spec->mode != sim::MapMode::Basins ||
      session.map.mode != sim::MapMode::Basins || io.WantCaptureMouse || m.x < frame.min.x ||
      m.y < frame.min.y || m.x >= frame.max.x || m.y >= frame.max.y)
    return;
  const auto pixel = maps::basinPixelAt(*display.spec, frame.toWorld(m));
  if (!pixel) return;
  const std::string text = maps::describeMapPixel(*display.spec, *display.map, pixel->first, pixel->second) +
                           (display.stale ? "\n(map of an earlier setting)" : "");
  // Below the landscape read-out (two lines at the same corner of the mouse).
  ImVec2 at(m.x + 16, m.y + 16 + ImGui::GetTextLineHeightWithSpacing() * 2 + 10);
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  if (at.x + size.x + 8 > frame.max.x) at.x = m.x - size.x - 16;
  if (at.y + size.y + 8 > frame.max.y)
    at.y = m.y - size.y - 16 - ImGui::GetTextLineHeightWithSpacing() * 2 - 10;
  drawTextBox(ImGui::GetForegroundDrawList(), at, text.c_str());
}

}  // namespace lv::ui
