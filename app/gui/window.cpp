#include "app/gui/window.h"

#include "app/gui/composer.h"
#include "app/gui/imgui_host.h"
#include "app/platform/gl_context.h"
#include "app/render/png_writer.h"
#include "app/ui/csv_export.h"
#include "app/ui/panels.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <cstdio>

namespace lv::gui {
namespace {

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

int runWindow(const std::vector<std::string>& args) {
  sim::Scene scene = sim::defaultScene();
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--scene" && i + 1 < args.size()) {
      std::string error;
      auto loaded = sim::loadScene(args[++i], &error);
      if (!loaded) {
        std::fprintf(stderr, "lossviz: %s\n", error.c_str());
        return 2;
      }
      scene = *loaded;
    } else {
      std::fprintf(stderr, "lossviz: unknown argument '%s' (usage: lossviz [--scene FILE]; see --help)\n", args[i].c_str());
      return 2;
    }
  }
  std::string error;
  auto session = sim::Session::fromScene(scene, &error);
  if (!session) {
    std::fprintf(stderr, "lossviz: %s\n", error.c_str());
    return 2;
  }
  platform::GlContextOptions options;
  options.width = 1280;
  options.height = 720;
  auto context = platform::GlContext::create(options, &error);
  if (!context) {
    std::fprintf(stderr, "lossviz: %s\n", error.c_str());
    return 2;
  }
  ui::UiState state;
  state.fitRequested = !scene.view.has_value();
  float fontScale = state.uiScale;
  ImGuiHost host(context->window(), fontScale);
  CanvasRenderer renderer;
  sim::Stepper stepper;
  while (!glfwWindowShouldClose(context->window())) {
    glfwPollEvents();
    if (state.uiScale != fontScale && !ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
      fontScale = state.uiScale;
      applyUiScale(fontScale);
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    handleKeys(*session, state);
    const size_t due = stepper.due(ImGui::GetIO().DeltaTime, session->stepsPerSecond);
    if (state.playing && due > 0) session->advance(due);
    if (!state.playing) stepper.clear();
    const ui::CanvasFrame frame = buildFrame(*session, state, {!state.hideUi, true}, renderer.shaderError());
    ImGui::Render();
    int width = 0, height = 0;
    context->framebufferSize(&width, &height);
    drawFrame(renderer, *session, state, frame, width, height);
    glfwSwapBuffers(context->window());
    if (state.screenshotRequested) {
      state.screenshotRequested = false;
      const ImVec2 size = ImGui::GetIO().DisplaySize;
      takeScreenshot(*session, state, renderer, static_cast<int>(size.x), static_cast<int>(size.y));
    }
  }
  return 0;
}

}  // namespace lv::gui
