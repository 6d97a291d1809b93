// See canvas_overlay.h.
#include "app/ui/canvas_overlay.h"

#include "app/figure/legend.h"
#include "app/sim/run_status.h"
#include "app/ui/panels.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

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

}  // namespace

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

figure::InspectionOptions inspectionOptions(const sim::Session& session, const UiState& state) {
  figure::InspectionOptions options;
  options.step = state.inspectedStep;
  if (const int run = inspectedRun(session, state); run >= 0) options.run = static_cast<size_t>(run);
  options.arrows = state.showStateArrows;
  options.eigenAxes = state.showEigenAxes;
  return options;
}

void describeCanvas(CanvasFrame& frame, const sim::Session& session, UiState& state,
                    const std::optional<figure::ColorMapping>& colorMapping, bool interactive) {
  // A ghost is taken from the first change after a frame with no mouse button held and no widget
  // active, so a slider dragged over many frames is one edit.
  if (interactive) state.ghosts.observe(session, !ImGui::IsAnyMouseDown() && !ImGui::IsAnyItemActive());
  figure::FigureStyle style;
  style.uiScale = state.uiScale;
  style.showArrows = state.showArrows;
  style.interactive = interactive;
  style.playing = state.playing;
  style.legend = state.legend;
  if (state.showColorBar) style.colorMapping = colorMapping;
  // World-positioned marks: the 3D view has no place for them.
  if (session.view3d.mode != sim::ViewMode::Surface) {
    style.inspection = inspectionOptions(session, state);
    style.inspector = &state.stepInspector;
    style.ghosts = &state.ghosts;
  }
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
        session.moveStart(i, maps::mapClickStart(session.map, state.map, frame.toWorld(m)));
      }
    }
    state.pressOnCanvas = false;
    state.draggingStart = -1;
  }
}

}  // namespace lv::ui
