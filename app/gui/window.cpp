// The interactive window: `lossviz` and `lossviz --scene FILE`; each frame is windowFrame() (window_loop.h).
// Remembers the UI scale, window size, export folder and last scene between sessions (ui/settings.h).
#include "app/gui/window.h"

#include "app/gui/imgui_host.h"
#include "app/gui/window_loop.h"
#include "app/platform/gl_context.h"
#include "app/sim/scene_json.h"
#include "app/ui/settings.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <optional>

namespace lv::gui {
namespace {

/// The scene named by the arguments (nullopt: none named), or an exit status for bad arguments.
bool sceneFromArgs(const std::vector<std::string>& args, std::optional<std::string>* path) {
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "--scene" && i + 1 < args.size()) {
      *path = args[++i];
    } else if (args[i] == "--scene") {
      std::fprintf(stderr, "lossviz: --scene needs a FILE (usage: lossviz [--scene FILE])\n");
      return false;
    } else {
      std::fprintf(stderr, "lossviz: unknown argument '%s' (usage: lossviz [--scene FILE]; see --help)\n",
                   args[i].c_str());
      return false;
    }
  }
  return true;
}

/// The settings as they are now; `startFolder` (the working directory, used when none was set) is
/// not remembered as the export folder unless chosen.
ui::Settings currentSettings(const WindowLoop& loop, const std::string& startFolder) {
  ui::Settings settings;
  settings.uiScale = loop.state.uiScale;
  windowedSize(loop, &settings.windowWidth, &settings.windowHeight);
  settings.windowWidth = std::max(settings.windowWidth, ui::kMinWindowWidth);
  settings.windowHeight = std::max(settings.windowHeight, ui::kMinWindowHeight);
  settings.exportFolder = loop.state.exportFolder == startFolder ? "" : loop.state.exportFolder;
  settings.lastScene = loop.state.lastScene;
  return settings;
}

/// Saves the settings when they have changed and the user is not in the middle of changing them
/// (not at exit only: a window killed or crashed keeps them too).
void saveChangedSettings(const std::string& path, const WindowLoop& loop, const std::string& startFolder,
                         ui::Settings& saved) {
  if (path.empty() || ImGui::IsAnyMouseDown() || ImGui::GetIO().WantTextInput) return;
  const ui::Settings now = currentSettings(loop, startFolder);
  if (ui::settingsToJson(now) == ui::settingsToJson(saved)) return;
  std::string error;
  if (!ui::saveSettings(path, now, &error))
    std::fprintf(stderr, "lossviz: settings not saved: %s\n", error.c_str());
  saved = now;
}

}  // namespace

int runWindow(const std::vector<std::string>& args) {
  std::optional<std::string> scenePath;
  if (!sceneFromArgs(args, &scenePath)) return 2;
  std::string settingsError;
  const std::string settingsFile = ui::settingsPath();
  const ui::Settings settings = ui::loadSettings(settingsFile, &settingsError);
  if (!settingsError.empty()) std::fprintf(stderr, "lossviz: %s\n", settingsError.c_str());

  sim::Scene scene = sim::defaultScene();
  std::string error, sceneNote;
  if (scenePath) {
    auto loaded = sim::loadScene(*scenePath, &error);
    if (!loaded) {
      std::fprintf(stderr, "lossviz: %s\n", error.c_str());
      return 2;
    }
    scene = *loaded;
  } else if (!settings.lastScene.empty()) {
    // The last scene reopens; if it has gone or broken, the default scene opens and says why.
    auto loaded = sim::loadScene(settings.lastScene, &error);
    if (loaded) {
      scene = *loaded;
      scenePath = settings.lastScene;
      sceneNote = "opened the last scene, " + settings.lastScene;
    } else {
      sceneNote = "the last scene did not open: " + error;
    }
  }
  sim::Session session = sim::Session::fromScene(scene);
  platform::GlContextOptions options;
  options.width = settings.windowWidth;
  options.height = settings.windowHeight;
  auto context = platform::GlContext::create(options, &error);
  if (!context) {
    std::fprintf(stderr, "lossviz: %s\n", error.c_str());
    return 2;
  }
  glfwSetWindowSizeLimits(context->window(), ui::kMinWindowWidth, ui::kMinWindowHeight, GLFW_DONT_CARE,
                          GLFW_DONT_CARE);
  ImGuiHost host(context->window(), settings.uiScale);
  WindowLoop loop(context->window());
  loop.state.uiScale = loop.fontScale = settings.uiScale;
  std::error_code ignored;
  const std::string startFolder = std::filesystem::current_path(ignored).string();
  loop.state.exportFolder = settings.exportFolder.empty() ? startFolder : settings.exportFolder;
  if (scenePath) {
    loop.state.lastScene = std::filesystem::absolute(*scenePath, ignored).string();
    loop.state.scenePath = loop.state.lastScene;
  }
  loop.state.sceneStatus = {settingsError.empty() ? sceneNote : settingsError, !settingsError.empty()};
  loop.state.fitRequested = !scene.view.has_value();
  ui::Settings saved = settings;
  while (!glfwWindowShouldClose(context->window())) {
    windowFrame(loop, session, true, IdleWait::WhenIdle);
    if (loop.quietFrames == 1) saveChangedSettings(settingsFile, loop, startFolder, saved);
  }
  saveChangedSettings(settingsFile, loop, startFolder, saved);
  return 0;
}

}  // namespace lv::gui
