// See composer.h.
#include "app/gui/composer.h"

#include "app/render/offscreen_target.h"
#include "app/render/png_writer.h"
#include "app/ui/csv_export.h"
#include "app/ui/panels.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <epoxy/gl.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <fstream>

namespace lv::gui {
namespace {

constexpr float kClear[3] = {0.08f, 0.08f, 0.1f};

void drawShaderError(ImDrawList* draw, const ui::CanvasFrame& frame, const std::string& log) {
  const std::string text = "surface shader failed; showing the previous surface:\n" + log;
  const ImVec2 at(frame.min.x + 12, frame.min.y + 12);
  const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, frame.max.x - at.x - 24);
  draw->AddRectFilled(ImVec2(at.x - 6, at.y - 6), ImVec2(at.x + size.x + 6, at.y + size.y + 6), IM_COL32(40, 0, 0, 230), 4);
  draw->AddText(nullptr, 0, at, IM_COL32(255, 120, 110, 255), text.c_str(), nullptr, frame.max.x - at.x - 24);
}

void handleKeys(sim::Session& session, ui::UiState& state) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return;
  if (ImGui::IsKeyPressed(GLFW_KEY_SPACE, false)) state.playing = !state.playing;
  if (ImGui::IsKeyPressed(GLFW_KEY_S)) ui::stepOnce(session);
  if (ImGui::IsKeyPressed(GLFW_KEY_R, false)) session.restart();
  if (ImGui::IsKeyPressed(GLFW_KEY_F, false)) state.fitRequested = true;
  if (ImGui::IsKeyPressed(GLFW_KEY_H, false)) state.hideUi = !state.hideUi;
  if (ImGui::IsKeyPressed(GLFW_KEY_F12, false)) state.screenshotRequested = true;
}

void takeScreenshot(sim::Session& session, ui::UiState& state, CanvasRenderer& renderer, int width, int height) {
  std::vector<std::uint8_t> rgba;
  std::string error;
  const int scale = state.screenshotScale;
  const std::string path = ui::joinPath(state.exportFolder, ui::timestampedName(".png"));
  if (renderOffscreen(session, state, renderer, width, height, scale, state.screenshotWithUi, rgba, &error) &&
      render::writePng(path, rgba, width * scale, height * scale, &error))
    state.exportStatus = {"wrote " + path, false};
  else
    state.exportStatus = {error, true};
}

}  // namespace

void applyUiScale(float uiScale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  const char* kFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  // Latin, Greek, sub/superscripts, arrows and math operators: the update rules use ∇, β, ←, √, ⊙.
  static const ImWchar kRanges[] = {0x0020, 0x00FF, 0x0370, 0x03FF, 0x2000, 0x22FF, 0};
  if (!std::ifstream(kFont).good() || !io.Fonts->AddFontFromFileTTF(kFont, 16.0f * uiScale, nullptr, kRanges)) {
    ImFontConfig config;
    config.SizePixels = 13.0f * uiScale;
    io.Fonts->AddFontDefault(&config);
  }
  io.Fonts->Build();
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  ImGuiStyle style;
  ImGui::StyleColorsDark(&style);
  style.WindowRounding = 4;
  style.Colors[ImGuiCol_WindowBg].w = 0.92f;
  style.ScaleAllSizes(uiScale);
  ImGui::GetStyle() = style;
}

ui::CanvasFrame buildFrame(sim::Session& session, ui::UiState& state, const FrameOptions& options,
                           const std::string& shaderError) {
  const ImGuiIO& io = ImGui::GetIO();
  ImVec2 min(0, 0), max = io.DisplaySize;
  if (options.withUi) {
    min.x = ui::sidePanelWidth(state.uiScale);
    max.y -= ui::lossPlotHeight(state.uiScale);
  }
  max.x = std::max(max.x, min.x + 1);
  max.y = std::max(max.y, min.y + 1);
  ui::CanvasFrame frame = ui::canvasFrame(session, min, max);
  if (options.interactive) {
    ui::handleCanvasInput(session, state, frame);
    frame = ui::canvasFrame(session, min, max);
  }
  ImDrawList* background = ImGui::GetBackgroundDrawList();
  ui::drawCanvasOverlay(background, session, frame);
  ui::drawLegend(background, session, frame);
  if (!shaderError.empty()) drawShaderError(background, frame, shaderError);
  if (options.interactive) ui::drawHoverReadout(ImGui::GetForegroundDrawList(), session, frame);
  if (options.withUi) {
    ui::drawSidePanel(session, state);
    ui::drawLossPlot(session, state);
  }
  return frame;
}

void drawFrame(CanvasRenderer& renderer, const sim::Session& session, const ui::UiState& state,
               const ui::CanvasFrame& frame, int width, int height, bool drawCanvas) {
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
  renderer.draw(session, frame, viewport, state.uiScale, state.showArrows);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

ui::CanvasFrame windowFrame(WindowLoop& loop, sim::Session& session, bool drawCanvas) {
  ui::UiState& state = loop.state;
  glfwPollEvents();
  if (state.uiScale != loop.fontScale && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
    loop.fontScale = state.uiScale;
    applyUiScale(loop.fontScale);
  }
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
  handleKeys(session, state);
  const size_t due = loop.stepper.due(ImGui::GetIO().DeltaTime, session.stepsPerSecond);
  if (state.playing && due > 0) session.advance(due);
  if (!state.playing) loop.stepper.clear();
  const ui::CanvasFrame frame = buildFrame(session, state, {!state.hideUi, true}, loop.renderer.shaderError());
  ImGui::Render();
  int width = 0, height = 0;
  glfwGetFramebufferSize(loop.window, &width, &height);
  drawFrame(loop.renderer, session, state, frame, width, height, drawCanvas);
  glfwSwapBuffers(loop.window);
  if (state.screenshotRequested) {
    state.screenshotRequested = false;
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    takeScreenshot(session, state, loop.renderer, static_cast<int>(size.x), static_cast<int>(size.y));
  }
  return frame;
}

bool renderOffscreen(sim::Session& session, ui::UiState& state, CanvasRenderer& renderer, int width, int height,
                     int scale, bool withUi, std::vector<std::uint8_t>& rgba, std::string* error) {
  auto target = render::OffscreenTarget::create(width * scale, height * scale, 0, error);
  if (!target) return false;
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 savedSize = io.DisplaySize, savedScale = io.DisplayFramebufferScale;
  const float savedUiScale = state.uiScale;
  // Everything is laid out at `scale` times the UI scale, so fonts and lines are drawn sharp at the
  // larger size rather than magnified.
  if (scale != 1) {
    state.uiScale = savedUiScale * static_cast<float>(scale);
    applyUiScale(state.uiScale);
  }
  io.DisplaySize = ImVec2(static_cast<float>(width * scale), static_cast<float>(height * scale));
  io.DisplayFramebufferScale = ImVec2(1, 1);
  io.DeltaTime = 1.0f / 60.0f;
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  const ui::CanvasFrame frame = buildFrame(session, state, {withUi, false}, renderer.shaderError());
  ImGui::Render();
  target->bind();
  drawFrame(renderer, session, state, frame, target->width(), target->height());
  rgba = target->readPixels();
  io.DisplaySize = savedSize;
  io.DisplayFramebufferScale = savedScale;
  if (scale != 1) {
    state.uiScale = savedUiScale;
    applyUiScale(savedUiScale);
  }
  return true;
}

}  // namespace lv::gui
