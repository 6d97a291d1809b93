#include "app/ui/canvas_overlay.h"

#include "app/sim/run_status.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace lv::ui {
namespace {

constexpr float kMaxCoordinate = 1e5f;  // keeps far-off points out of float trouble in ImDrawList

ImVec2 clamped(ImVec2 p) {
  return ImVec2(std::clamp(p.x, -kMaxCoordinate, kMaxCoordinate),
                std::clamp(p.y, -kMaxCoordinate, kMaxCoordinate));
}

std::string formatNumber(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4g", v);
  return text;
}

}  // namespace

ImU32 toImColor(const sim::Rgba& c, float alphaScale) {
  return ImGui::ColorConvertFloat4ToU32(ImVec4(c[0], c[1], c[2], c[3] * alphaScale));
}

ImVec2 CanvasFrame::toScreen(const optim::Vec2& world) const {
  const optim::Vec2 p = transform.toScreen(world);
  return clamped(ImVec2(min.x + static_cast<float>(p.x()), min.y + static_cast<float>(p.y())));
}

optim::Vec2 CanvasFrame::toWorld(const ImVec2& screen) const {
  return transform.toWorld(optim::Vec2(screen.x - min.x, screen.y - min.y));
}

CanvasFrame canvasFrame(const sim::Session& session, ImVec2 min, ImVec2 max) {
  CanvasFrame frame;
  frame.min = min;
  frame.max = max;
  frame.transform.width = std::max(1.0f, max.x - min.x);
  frame.transform.height = std::max(1.0f, max.y - min.y);
  frame.transform.view = sim::fitted(session.view, frame.transform.width, frame.transform.height);
  return frame;
}

void drawCanvasOverlay(ImDrawList* draw, const sim::Session& session, const CanvasFrame& frame) {
  draw->PushClipRect(frame.min, frame.max, true);
  const sim::Rect& v = frame.transform.view;
  const ImU32 axisText = IM_COL32(255, 255, 255, 220);
  const ImU32 tickColor = IM_COL32(255, 255, 255, 60);
  const float fontSize = ImGui::GetFontSize();
  for (double x : sim::niceTicks(v.xmin, v.xmax, 8)) {
    const ImVec2 p = frame.toScreen(optim::Vec2(x, v.ymin));
    draw->AddLine(ImVec2(p.x, frame.max.y), ImVec2(p.x, frame.max.y - 6), axisText);
    draw->AddLine(ImVec2(p.x, frame.min.y), ImVec2(p.x, frame.max.y), tickColor);
    draw->AddText(ImVec2(p.x + 3, frame.max.y - fontSize - 4), axisText, formatNumber(x).c_str());
  }
  for (double y : sim::niceTicks(v.ymin, v.ymax, 6)) {
    const ImVec2 p = frame.toScreen(optim::Vec2(v.xmin, y));
    draw->AddLine(ImVec2(frame.min.x, p.y), ImVec2(frame.min.x + 6, p.y), axisText);
    draw->AddLine(ImVec2(frame.min.x, p.y), ImVec2(frame.max.x, p.y), tickColor);
    draw->AddText(ImVec2(frame.min.x + 8, p.y - fontSize - 1), axisText, formatNumber(y).c_str());
  }
  // Trails and markers are drawn by the GL canvas; here only a diverged run's label at its head.
  for (const sim::LiveRun& live : session.runs) {
    if (!live.visible || !live.run.diverged()) continue;
    // At the last finite point, or at the start when even that was not finite (step 0).
    const auto& points = live.run.trajectory().points;
    const ImVec2 head = frame.toScreen(points.empty() ? live.run.start() : points.back());
    const std::string label = sim::statusText(live.run, false, session.stepLimitInEffect());
    const ImVec2 size = ImGui::CalcTextSize(label.c_str());
    // Beside the head, kept inside the canvas whichever edge the head left it by.
    const ImVec2 at(
        std::clamp(head.x + 10, frame.min.x + 4, std::max(frame.min.x + 4, frame.max.x - size.x - 6)),
        std::clamp(head.y - size.y - 10, frame.min.y + 4,
                   std::max(frame.min.y + 4, frame.max.y - size.y - 4)));
    draw->AddRectFilled(ImVec2(at.x - 4, at.y - 2), ImVec2(at.x + size.x + 4, at.y + size.y + 2),
                        IM_COL32(20, 20, 24, 210), 3);
    draw->AddText(at, toImColor(live.color), label.c_str());
  }
  draw->PopClipRect();
}

void drawLegend(ImDrawList* draw, const sim::Session& session, const CanvasFrame& frame, bool playing) {
  if (session.runs.empty()) return;
  const float fontSize = ImGui::GetFontSize();
  const float pad = fontSize * 0.5f, swatch = fontSize * 0.8f, lineHeight = fontSize * 1.3f;
  std::vector<std::string> lines;
  float width = 0;
  for (const sim::LiveRun& live : session.runs) {
    const auto& t = live.run.trajectory();
    char text[160];
    std::snprintf(text, sizeof text, "%-9s loss %-10s %s", live.run.optimizer().name().c_str(),
                  t.size() ? formatNumber(t.losses.back()).c_str() : "-",
                  sim::statusText(live.run, playing, session.stepLimitInEffect()).c_str());
    lines.push_back(text);
    width = std::max(width, ImGui::CalcTextSize(text).x);
  }
  const float boxWidth = width + swatch + pad * 3;
  const ImVec2 boxMin(frame.max.x - boxWidth - pad * 2, frame.min.y + pad * 2);
  const ImVec2 boxMax(boxMin.x + boxWidth,
                      boxMin.y + pad * 2 + lineHeight * static_cast<float>(lines.size()));
  draw->AddRectFilled(boxMin, boxMax, IM_COL32(20, 20, 24, 210), 4.0f);
  draw->AddRect(boxMin, boxMax, IM_COL32(255, 255, 255, 90), 4.0f);
  for (size_t i = 0; i < lines.size(); ++i) {
    const float y = boxMin.y + pad + lineHeight * static_cast<float>(i);
    const float alpha = session.runs[i].visible ? 1.0f : 0.4f;
    draw->AddRectFilled(ImVec2(boxMin.x + pad, y + (lineHeight - swatch) * 0.5f),
                        ImVec2(boxMin.x + pad + swatch, y + (lineHeight + swatch) * 0.5f),
                        toImColor(session.runs[i].color, alpha));
    draw->AddText(ImVec2(boxMin.x + pad * 2 + swatch, y + (lineHeight - fontSize) * 0.5f),
                  IM_COL32(255, 255, 255, static_cast<int>(255 * alpha)), lines[i].c_str());
  }
}

void drawHoverReadout(ImDrawList* draw, const sim::Session& session, const CanvasFrame& frame) {
  const ImGuiIO& io = ImGui::GetIO();
  const ImVec2 m = io.MousePos;
  if (io.WantCaptureMouse || m.x < frame.min.x || m.y < frame.min.y || m.x >= frame.max.x ||
      m.y >= frame.max.y)
    return;
  const optim::Vec2 p = frame.toWorld(m);
  optim::Vec2 gradient;
  const double f = session.landscape().formula.valueAndGradient(p, gradient);
  char text[160];
  std::snprintf(text, sizeof text, "x %.4g  y %.4g\nf %.6g  |grad f| %.4g", p.x(), p.y(), f, gradient.norm());
  const ImVec2 size = ImGui::CalcTextSize(text);
  ImVec2 at(m.x + 16, m.y + 16);
  if (at.x + size.x + 8 > frame.max.x) at.x = m.x - size.x - 16;
  if (at.y + size.y + 8 > frame.max.y) at.y = m.y - size.y - 16;
  draw->AddRectFilled(ImVec2(at.x - 4, at.y - 4), ImVec2(at.x + size.x + 4, at.y + size.y + 4),
                      IM_COL32(20, 20, 24, 220), 3);
  draw->AddText(at, IM_COL32(255, 255, 255, 255), text);
}

void handleCanvasInput(sim::Session& session, UiState& state, const CanvasFrame& frame) {
  const ImGuiIO& io = ImGui::GetIO();
  const ImVec2 m = io.MousePos;
  const bool inside = m.x >= frame.min.x && m.y >= frame.min.y && m.x < frame.max.x && m.y < frame.max.y;
  const double w = frame.transform.width, h = frame.transform.height;
  if (state.fitRequested) {
    session.view = sim::fitted(session.landscape().view, w, h);
    state.fitRequested = false;
  }
  if (!io.WantCaptureMouse && inside && io.MouseWheel != 0.0f) {
    session.view =
        sim::zoomedAt(frame.transform.view, w, h, optim::Vec2(m.x - frame.min.x, m.y - frame.min.y),
                      std::pow(1.15, io.MouseWheel));
  }
  if (!io.WantCaptureMouse && inside && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    state.pressOnCanvas = true;
    state.pressMoved = false;
    state.draggingStart = -1;
    for (size_t i = 0; i < session.runs.size(); ++i) {
      const ImVec2 s = frame.toScreen(session.runs[i].run.start());
      if (session.runs[i].visible && std::hypot(s.x - m.x, s.y - m.y) < 10)
        state.draggingStart = static_cast<int>(i);
    }
  }
  if (state.pressOnCanvas && ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f)) {
    state.pressMoved = true;
    if (state.draggingStart >= 0 && state.draggingStart < static_cast<int>(session.runs.size())) {
      session.moveStart(static_cast<size_t>(state.draggingStart), frame.toWorld(m));
    } else {
      session.view = sim::panned(frame.transform.view, w, h, io.MouseDelta.x, io.MouseDelta.y);
    }
  }
  for (ImGuiMouseButton button : {ImGuiMouseButton_Right, ImGuiMouseButton_Middle}) {
    if (!io.WantCaptureMouse && ImGui::IsMouseDragging(button, 1.0f))
      session.view = sim::panned(frame.transform.view, w, h, io.MouseDelta.x, io.MouseDelta.y);
  }
  if (state.pressOnCanvas && ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
    if (!state.pressMoved && state.draggingStart < 0) {
      for (size_t i = 0; i < session.runs.size(); ++i) {
        if (state.selectedRun != -1 && static_cast<int>(i) != state.selectedRun) continue;
        session.moveStart(i, frame.toWorld(m));
      }
    }
    state.pressOnCanvas = false;
    state.draggingStart = -1;
  }
}

}  // namespace lv::ui
