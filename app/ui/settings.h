// What the window remembers between sessions: UI scale, window size, export folder and the last
// scene file, in a small JSON file in the user's config folder. Headless (no ImGui, no GL).
#pragma once

#include <optional>
#include <string>

namespace lv::ui {

struct Settings {
  float uiScale = 1.0f;  ///< 0.75..3
  int windowWidth = 1280;
  int windowHeight = 720;
  std::string exportFolder;  ///< "": the working directory at start-up
  std::string lastScene;     ///< path of the last scene opened or saved; "" none
};

/// Smallest window the panels fit in (also the window's size limit).
constexpr int kMinWindowWidth = 960, kMinWindowHeight = 600;

/// $XDG_CONFIG_HOME/lossviz/settings.json, else $HOME/.config/lossviz/settings.json; "" when
/// neither variable is set (nothing is remembered then).
std::string settingsPath();

/// Parses settings JSON; unknown keys are ignored, a bad value fails naming the field
/// ("uiScale: 9 out of range [0.75, 3]").
std::optional<Settings> parseSettings(const std::string& json, std::string* error);
std::string settingsToJson(const Settings& settings);

/// Reads `path`: a missing file gives the defaults with no error; an unreadable or bad one gives
/// the defaults and one line in `*error` naming the path (the file is then ignored, and replaced
/// on the next save).
Settings loadSettings(const std::string& path, std::string* error);
/// Writes whole or not at all, creating the folder if needed. False with one line in `*error`.
bool saveSettings(const std::string& path, const Settings& settings, std::string* error);

}  // namespace lv::ui
