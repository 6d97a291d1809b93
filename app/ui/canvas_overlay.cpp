// See canvas_overlay.h.
#include "app/ui/canvas_overlay.h"

#include "app/figure/legend.h"
#include "app/sim/geometry.h"
#include "app/sim/run_status.h"
#include "app/ui/panels.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

namespace lv::ui {
namespace {

constexpr float kMaxCoordinate = 1e5f;  // keeps far-off points out of float trouble in ImDrawList

ImVec2 clamped(ImVec2 p) {
  return ImVec2(std::clamp(p.x, -kMaxCoordinate, kMaxCoordinate),
                std::clamp(p.y, -kMaxCoordinate, kMaxCoordinate));
}

// A press that starts on the legend belongs to it: click a row to toggle that run, click the
// toggle to open or close the legend, drag to move it to another corner. True while it does.
bool handleLegendInput(sim::Session& session, UiState& state, const CanvasFrame& frame) {
  const ImGuiIO& io = ImGui::GetIO();
  const figure::Legend& legend = frame.figure.legend;
  const figure::Vec2 local = frame.toLocal(io.MousePos);
  if (!io.WantCaptureMouse && ImGui::IsMouseClicked(ImGuiMouseButton_Left) &&
      (legend.box.contains(local) || legend.toggle.contains(local))) {
    state.pressOnLegend = true;
    state.pressMoved = false;
  }
  if (!state.pressOnLegend) return false;
  if (ImGui::IsMouseDragging(ImGuiMouseButton_Left, 3.0f)) state.pressMoved = true;
  if (ImGui::IsMouseReleased(ImGuiMouseButton_Left)) {
    const figure::Box canvas{0, 0, frame.transform.width, frame.transform.height};
    if (state.pressMoved) {
      state.legend.corner = figure::nearestCorner(canvas, local);
    } else if (legend.toggle.contains(local)) {
      state.legend.open = !state.legend.open;
    } else if (auto run = figure::legendRunAt(legend, local); run && *run < session.runs.size()) {
      session.runs[*run].visible = !session.runs[*run].visible;
    }
    state.pressOnLegend = false;
    state.pressMoved = false;
  }
  return true;
}

constexpr ImU32 kGradientColor = IM_COL32(245, 245, 245, 255);
constexpr ImU32 kMomentumColor = IM_COL32(255, 176, 0, 255);
constexpr ImU32 kStepColor = IM_COL32(0, 220, 255, 255);
constexpr ImU32 kPositiveCurvature = IM_COL32(120, 230, 120, 255);
constexpr ImU32 kNegativeCurvature = IM_COL32(255, 90, 200, 255);
constexpr ImU32 kOutline = IM_COL32(0, 0, 0, 200);

/// An arrow from `from` along the screen vector `along` with a dark outline, and `label` at its tip.
void drawArrow(ImDrawList* draw, ImVec2 from, ImVec2 along, ImU32 color, float s, const char* label) {
  const float length = std::hypot(along.x, along.y);
  if (!(length >= 1.0f)) return;
  const ImVec2 u(along.x / length, along.y / length), n(-u.y, u.x);
  const ImVec2 tip = clamped(ImVec2(from.x + along.x, from.y + along.y));
  const float head = std::min(9.0f * s, 0.5f * length);
  const ImVec2 base(tip.x - u.x * head, tip.y - u.y * head);
  const ImVec2 left(base.x + n.x * head * 0.5f, base.y + n.y * head * 0.5f);
  const ImVec2 right(base.x - n.x * head * 0.5f, base.y - n.y * head * 0.5f);
  draw->AddLine(from, base, kOutline, 4.5f * s);
  draw->AddLine(from, base, color, 2.5f * s);
  draw->AddTriangleFilled(tip, left, right, color);
  draw->AddTriangle(tip, left, right, kOutline, s);
  if (label) {
    const ImVec2 at(tip.x + u.x * 4 * s + (u.x < 0 ? -ImGui::CalcTextSize(label).x : 0.0f),
                    tip.y + u.y * 4 * s - 0.5f * ImGui::GetFontSize());
    draw->AddText(ImVec2(at.x + 1, at.y + 1), kOutline, label);
    draw->AddText(at, color, label);
  }
}

/// The first moment or momentum buffer in the unit's state (torch's names), or nullopt.
std::optional<optim::Vec2> firstMoment(const optim::Optimizer& optimizer) {
  std::optional<optim::Vec2> moment;
  for (const optim::StateEntry& entry : optimizer.stateEntries())
    if (!moment &&
        (std::strcmp(entry.name, "exp_avg") == 0 || std::strcmp(entry.name, "momentum_buffer") == 0))
      moment = entry.value;
  return moment;
}

void drawEigenAxes(ImDrawList* draw, const sim::Run& run, const optim::Vec2& point, ImVec2 at, float s) {
  const landscapes::FiniteSum* data = run.gradientSource().data();
  const auto g = data ? sim::geometryOfHessian(data->derivatives(point).hessian)
                      : sim::localGeometry(run.formula(), point);
  if (!g) return;
  const double largest = std::max(std::abs(g->minEigenvalue), std::abs(g->maxEigenvalue));
  if (!(largest > 0)) return;
  const std::pair<double, optim::Vec2> axes[] = {{g->minEigenvalue, g->minAxis},
                                                 {g->maxEigenvalue, g->maxAxis}};
  for (const auto& [lambda, axis] : axes) {
    const float half = static_cast<float>(60.0 * s * std::abs(lambda) / largest);
    const ImVec2 d(static_cast<float>(axis.x()) * half,
                   -static_cast<float>(axis.y()) * half);  // y up in world
    const ImU32 color = lambda >= 0 ? kPositiveCurvature : kNegativeCurvature;
    draw->AddLine(ImVec2(at.x - d.x, at.y - d.y), ImVec2(at.x + d.x, at.y + d.y), kOutline, 4.0f * s);
    draw->AddLine(ImVec2(at.x - d.x, at.y - d.y), ImVec2(at.x + d.x, at.y + d.y), color, 2.0f * s);
  }
}

/// The arrows' key: a short coloured line and what it means, per row, at the canvas's bottom left.
void drawArrowKey(ImDrawList* draw, const CanvasFrame& frame, float s, bool moment, bool eigen) {
  std::vector<std::pair<ImU32, const char*>> rows = {{kGradientColor, "−g used"}};
  if (moment) rows.push_back({kMomentumColor, "−m moment"});
  rows.push_back({kStepColor, "step taken"});
  if (eigen) {
    rows.push_back({kPositiveCurvature, "axis λ > 0"});
    rows.push_back({kNegativeCurvature, "axis λ < 0"});
  }
  const float line = ImGui::GetTextLineHeightWithSpacing(), swatch = 22 * s, pad = 6 * s;
  float width = 0;
  for (const auto& row : rows) width = std::max(width, ImGui::CalcTextSize(row.second).x);
  const ImVec2 size(swatch + 3 * pad + width, pad * 2 + line * static_cast<float>(rows.size()));
  // Bottom left, above the x tick labels: the legend and the paths' starts often take the top.
  const ImVec2 min(frame.min.x + 60 * s, frame.max.y - ImGui::GetFontSize() - 12 * s - size.y);
  draw->AddRectFilled(min, ImVec2(min.x + size.x, min.y + size.y), IM_COL32(20, 20, 24, 210), 4 * s);
  for (size_t i = 0; i < rows.size(); ++i) {
    const float y = min.y + pad + line * static_cast<float>(i);
    draw->AddLine(ImVec2(min.x + pad, y + 0.5f * line), ImVec2(min.x + pad + swatch, y + 0.5f * line),
                  rows[i].first, 3 * s);
    draw->AddText(ImVec2(min.x + 2 * pad + swatch, y), IM_COL32(255, 255, 255, 235), rows[i].second);
  }
}

}  // namespace

void drawStepInspection(ImDrawList* draw, const sim::Session& session, UiState& state,
                        const CanvasFrame& frame) {
  const float s = state.uiScale;
  draw->PushClipRect(frame.min, frame.max, true);
  drawGhostPaths(draw, session, state, frame);
  if (state.inspectedStep) {
    for (size_t i = 0; i < session.runs.size(); ++i) {
      const sim::LiveRun& live = session.runs[i];
      const sim::Trajectory& t = live.run.trajectory();
      if (!live.visible || t.size() == 0) continue;
      const ImVec2 at = frame.toScreen(t.points[shownStep(session, state, i)]);
      const ImU32 color =
          ImGui::ColorConvertFloat4ToU32(ImVec4(live.color[0], live.color[1], live.color[2], 1));
      draw->AddCircle(at, 9 * s, kOutline, 0, 5 * s);
      draw->AddCircle(at, 9 * s, color, 0, 2.5f * s);
    }
  }
  const int index = inspectedRun(session, state);
  const bool wanted = state.showStateArrows || state.showEigenAxes;
  if (index < 0 || !wanted || !session.runs[static_cast<size_t>(index)].visible) {
    draw->PopClipRect();
    return;
  }
  const sim::Run& run = session.runs[static_cast<size_t>(index)].run;
  const auto step = state.stepInspector.at(run, shownStep(session, state, static_cast<size_t>(index)));
  if (step) {
    const ImVec2 at = frame.toScreen(step->to);
    if (state.showEigenAxes) drawEigenAxes(draw, run, step->to, at, s);
    std::optional<optim::Vec2> moment = state.showStateArrows ? firstMoment(step->optimizer) : std::nullopt;
    if (moment && (moment->isZero() || step->step == 0)) moment.reset();  // sgd without momentum
    if (state.showStateArrows) {
      // −g and −m share one scale (both are gradient units), so their lengths compare.
      const optim::Vec2& g = step->gradient;
      const double largest = std::max(g.norm(), moment ? moment->norm() : 0.0);
      const double perUnit = largest > 0 ? 70.0 * s / largest : 0.0;
      auto screenOf = [](const optim::Vec2& v, double scale) {
        return ImVec2(static_cast<float>(v.x() * scale), -static_cast<float>(v.y() * scale));  // y up
      };
      const ImVec2 from = frame.toScreen(step->from);
      const ImVec2 taken(at.x - from.x, at.y - from.y);
      // True length between 24 and 120 pixels; outside, scaled and the label says by how much.
      const float takenLength = std::hypot(taken.x, taken.y);
      const float shown = std::clamp(takenLength, 24 * s, 120 * s);
      const float factor = takenLength > 0 ? shown / takenLength : 1.0f;
      char stepLabel[32] = "step";
      if (std::abs(factor - 1) > 0.01f) std::snprintf(stepLabel, sizeof stepLabel, "step ×%.3g", factor);
      if (step->step > 0 && takenLength > 0)
        drawArrow(draw, from, ImVec2(taken.x * factor, taken.y * factor), kStepColor, s, stepLabel);
      // From where the update started: the gradient it used and the moment that set its direction.
      drawArrow(draw, from, screenOf(-g, perUnit), kGradientColor, s, "−g");
      if (moment) drawArrow(draw, from, screenOf(-*moment, perUnit), kMomentumColor, s, "−m");
    }
    draw->PopClipRect();
    if (state.showStateArrows || state.showEigenAxes)
      drawArrowKey(draw, frame, s, moment.has_value(), state.showEigenAxes);
    return;
  }
  draw->PopClipRect();
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

void describeCanvas(CanvasFrame& frame, const sim::Session& session, const UiState& state,
                    const std::optional<figure::ColorMapping>& colorMapping, bool interactive) {
  figure::FigureStyle style;
  style.uiScale = state.uiScale;
  style.showArrows = state.showArrows;
  style.interactive = interactive;
  style.playing = state.playing;
  style.legend = state.legend;
  if (state.showColorBar) style.colorMapping = colorMapping;
  frame.figure = figure::buildFigure(session, frame.transform, style, imguiTextMetrics());
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
  if (handleLegendInput(session, state, frame)) return;
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
