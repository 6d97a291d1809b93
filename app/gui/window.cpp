// The interactive window: `lossviz` and `lossviz --scene FILE`; each frame is windowFrame() (window_loop.h).
#include "app/gui/window.h"

#include "app/gui/imgui_host.h"
#include "app/gui/window_loop.h"
#include "app/platform/gl_context.h"
#include "app/sim/scene_json.h"

#include <GLFW/glfw3.h>

#include <cstdio>

namespace lv::gui {

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
    } else if (args[i] == "--scene") {
      std::fprintf(stderr, "lossviz: --scene needs a FILE (usage: lossviz [--scene FILE])\n");
      return 2;
    } else {
      std::fprintf(stderr, "lossviz: unknown argument '%s' (usage: lossviz [--scene FILE]; see --help)\n",
                   args[i].c_str());
      return 2;
    }
  }
  sim::Session session = sim::Session::fromScene(scene);
  std::string error;
  platform::GlContextOptions options;
  options.width = 1280;
  options.height = 720;
  auto context = platform::GlContext::create(options, &error);
  if (!context) {
    std::fprintf(stderr, "lossviz: %s\n", error.c_str());
    return 2;
  }
  ImGuiHost host(context->window(), ui::UiState().uiScale);
  WindowLoop loop(context->window());
  loop.state.fitRequested = !scene.view.has_value();
  while (!glfwWindowShouldClose(context->window())) windowFrame(loop, session);
  return 0;
}

}  // namespace lv::gui
