// See window_loop.h.
#include "app/gui/window_loop.h"

#include "app/gui/offscreen.h"
#include "app/gui/ui_scale.h"
#include "app/render/png_writer.h"
#include "app/sim/paths.h"
#include "app/ui/panels.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

namespace lv::gui {
namespace {

void handleKeys(sim::Session& session, ui::UiState& state) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput) return;
  if (ImGui::IsKeyPressed(GLFW_KEY_SPACE, false)) state.playing = !state.playing;
  if (ImGui::IsKeyPressed(GLFW_KEY_S)) session.step();
  if (ImGui::IsKeyPressed(GLFW_KEY_R, false)) session.restart();
  if (ImGui::IsKeyPressed(GLFW_KEY_F, false)) state.fitRequested = true;
  if (ImGui::IsKeyPressed(GLFW_KEY_H, false)) state.hideUi = !state.hideUi;
  if (ImGui::IsKeyPressed(GLFW_KEY_F12, false)) state.screenshotRequested = true;
}

void takeScreenshot(sim::Session& session, ui::UiState& state, CanvasRenderer& renderer, int width,
                    int height) {
  std::vector<std::uint8_t> rgba;
  std::string error;
  const int scale = state.screenshotScale;
  const std::string path = sim::uniqueExportPath(state.exportFolder, ".png");
  if (renderOffscreen(session, state, renderer, width, height, scale, state.screenshotWithUi, rgba, &error) &&
      render::writePng(path, rgba, width * scale, height * scale, &error))
    state.exportStatus = {"wrote " + path, false};
  else
    state.exportStatus = {error, true};
}

}  // namespace

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
  const ui::CanvasFrame frame =
      buildFrame(session, state, {!state.hideUi, true}, loop.renderer.shaderError());
  ImGui::Render();
  int width = 0, height = 0;
  glfwGetFramebufferSize(loop.window, &width, &height);
  drawFrame(loop.renderer, session, state, frame, render::CanvasTarget::Window, width, height, drawCanvas);
  glfwSwapBuffers(loop.window);
  if (state.screenshotRequested) {
    state.screenshotRequested = false;
    const ImVec2 size = ImGui::GetIO().DisplaySize;
    takeScreenshot(session, state, loop.renderer, static_cast<int>(size.x), static_cast<int>(size.y));
  }
  return frame;
}

}  // namespace lv::gui
