// See composer.h.
#include "app/gui/composer.h"

#include "app/sim/scene_colors.h"
#include "app/ui/linked_hover.h"
#include "app/ui/orbit_input.h"
#include "app/ui/panels.h"
#include "app/ui/view3d_overlay.h"

#include <backends/imgui_impl_opengl3.h>
#include <epoxy/gl.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace lv::gui {
namespace {

constexpr float kClear[3] = {0.08f, 0.08f, 0.1f};

void drawShaderError(ImDrawList* draw, const ui::CanvasFrame& frame, const std::string& log) {
  const std::string text = "surface shader failed; showing the previous surface:\n" + log;
  const ImVec2 at(frame.min.x + 12, frame.min.y + 12);
  const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, frame.max.x - at.x - 24);
  draw->AddRectFilled(ImVec2(at.x - 6, at.y - 6), ImVec2(at.x + size.x + 6, at.y + size.y + 6),
                      IM_COL32(40, 0, 0, 230), 4);
  draw->AddText(nullptr, 0, at, IM_COL32(255, 120, 110, 255), text.c_str(), nullptr, frame.max.x - at.x - 24);
}

}  // namespace

ui::CanvasFrame buildFrame(sim::Session& session, ui::UiState& state, const FrameOptions& options,
                           CanvasRenderer& renderer) {
  const ImGuiIO& io = ImGui::GetIO();
  ImVec2 min(0, 0), max = io.DisplaySize;
  if (options.withUi) {
    min.x = ui::sidePanelWidth(state.uiScale, io.DisplaySize.x);
    max.y -= ui::lossWindowHeight(state);
  }
  max.x = std::max(max.x, min.x + 1);
  max.y = std::max(max.y, min.y + 1);
  // The 3D view: all of the canvas, or its right half in split view (the 2D frame the left half).
  const sim::ViewMode mode = session.view3d.mode;
  const ImVec2 max3d = max;
  if (mode == sim::ViewMode::Split) max.x = std::floor(0.5f * (min.x + max.x));
  const ImVec2 min3d(mode == sim::ViewMode::Split ? max.x : min.x, min.y);
  auto describe = [&] {
    ui::CanvasFrame frame = ui::canvasFrame(session, min, max);
    // Locked, the first view drawn fixes the colour range; panning and zooming then keep it.
    sim::pinColorRange(session.colors, session.landscapeValue(), frame.transform.view);
    // The 3D view draws no arrows: no arrow key in its legend either.
    const bool arrows = state.showArrows;
    state.showArrows = arrows && mode != sim::ViewMode::Surface;
    ui::describeCanvas(frame, session, state, renderer.colorMapping(session, frame.transform.view),
                       options.interactive);
    state.showArrows = arrows;
    return frame;
  };
  ui::CanvasFrame frame = describe();
  if (options.interactive && mode != sim::ViewMode::Flat)
    ui::handleOrbitInput(session, state, renderer.heightField(session, frame.transform.view), min3d, max3d);
  if (options.interactive && mode != sim::ViewMode::Surface) {
    ui::handleCanvasInput(session, state, frame);
    frame = describe();  // the input may have moved the view, a start or the legend
  }
  // World-positioned overlay parts (axes, labels, arrows, the inspected step) mean nothing in 3D;
  // ghost paths are lifted onto the surface there (in split view they show in both halves).
  const std::vector<figure::GhostFigure> ghosts = frame.figure.ghosts;
  if (mode == sim::ViewMode::Surface) {
    frame.figure.ghosts.clear();
    frame.figure.axes = {};
    frame.figure.labels.clear();
    frame.figure.arrows.clear();
    frame.figure.eigenAxes.clear();
    frame.figure.inspectionKey = {};
  }
  ImDrawList* background = ImGui::GetBackgroundDrawList();
  ui::drawFigureOverlay(background, frame.figure, frame.min);
  if (mode != sim::ViewMode::Flat)
    ui::drawSurfaceGhostPaths(background, session, ghosts,
                              renderer.heightField(session, frame.transform.view), min3d, max3d);
  if (!renderer.shaderError().empty()) drawShaderError(background, frame, renderer.shaderError());
  if (options.interactive)
    ui::drawLinkedHover(ImGui::GetForegroundDrawList(), session, frame,
                        renderer.heightField(session, frame.transform.view), state.surfaceMesh, min3d, max3d,
                        state.uiScale);
  if (options.withUi) {
    ui::drawSidePanel(session, state);
    ui::drawLossPlot(session, state);
  }
  return frame;
}

void drawFrame(CanvasRenderer& renderer, const sim::Session& session, const ui::UiState& /*state*/,
               const ui::CanvasFrame& frame, render::CanvasTarget target, int width, int height,
               bool drawCanvas) {
  glViewport(0, 0, width, height);
  glClearColor(kClear[0], kClear[1], kClear[2], 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  if (!drawCanvas) {
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    return;
  }
  const ImVec2 scale = ImGui::GetIO().DisplayFramebufferScale;
  render::Viewport viewport;
  viewport.x = static_cast<int>(std::lround(frame.min.x * scale.x));
  viewport.width = std::max(1, static_cast<int>(std::lround(frame.max.x * scale.x)) - viewport.x);
  const int top = static_cast<int>(std::lround(frame.min.y * scale.y));
  viewport.height = std::max(1, static_cast<int>(std::lround(frame.max.y * scale.y)) - top);
  viewport.y = height - top - viewport.height;  // GL counts rows from the bottom
  const sim::ViewMode mode = session.view3d.mode;
  renderer.draw(session, frame, target, viewport,
                mode == sim::ViewMode::Surface ? mode : sim::ViewMode::Flat);
  if (mode == sim::ViewMode::Split) {  // the 3D view right of the 2D frame, to the window's edge
    render::Viewport right = viewport;
    right.x = viewport.x + viewport.width;
    right.width = std::max(1, width - right.x);
    renderer.draw(session, frame, target, right, sim::ViewMode::Surface);
  }
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

}  // namespace lv::gui
