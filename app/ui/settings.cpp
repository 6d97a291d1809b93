// See settings.h.
#include "app/ui/settings.h"

#include "app/sim/atomic_file.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace lv::ui {
namespace {

using Json = nlohmann::json;
constexpr size_t kMaxSettingsBytes = 64 * 1024;

template <class T>
bool readNumber(const Json& json, const char* key, T low, T high, T& out, std::string* error) {
  if (!json.contains(key)) return true;
  const Json& value = json[key];
  if (!value.is_number() || value.get<double>() < static_cast<double>(low) ||
      value.get<double>() > static_cast<double>(high)) {
    if (error)
      *error = std::string(key) + ": " + value.dump() + " out of range [" + Json(low).dump() + ", " +
               Json(high).dump() + "]";
    return false;
  }
  out = value.get<T>();
  return true;
}

bool readString(const Json& json, const char* key, std::string& out, std::string* error) {
  if (!json.contains(key)) return true;
  if (!json[key].is_string()) {
    if (error) *error = std::string(key) + ": not a string";
    return false;
  }
  out = json[key].get<std::string>();
  return true;
}

}  // namespace

std::string settingsPath() {
  const char* config = std::getenv("XDG_CONFIG_HOME");
  if (config && *config) return std::string(config) + "/lossviz/settings.json";
  const char* home = std::getenv("HOME");
  if (home && *home) return std::string(home) + "/.config/lossviz/settings.json";
  return "";
}

std::optional<Settings> parseSettings(const std::string& text, std::string* error) {
  const Json json = Json::parse(text, nullptr, false);
  if (json.is_discarded() || !json.is_object()) {
    if (error) *error = "not a JSON object";
    return std::nullopt;
  }
  Settings s;
  if (!readNumber(json, "uiScale", 0.75f, 3.0f, s.uiScale, error) ||
      !readNumber(json, "windowWidth", kMinWindowWidth, 16384, s.windowWidth, error) ||
      !readNumber(json, "windowHeight", kMinWindowHeight, 16384, s.windowHeight, error) ||
      !readString(json, "exportFolder", s.exportFolder, error) ||
      !readString(json, "lastScene", s.lastScene, error))
    return std::nullopt;
  return s;
}

std::string settingsToJson(const Settings& s) {
  const Json json = {{"uiScale", s.uiScale},
                     {"windowWidth", s.windowWidth},
                     {"windowHeight", s.windowHeight},
                     {"exportFolder", s.exportFolder},
                     {"lastScene", s.lastScene}};
  return json.dump(2) + "\n";
}

Settings loadSettings(const std::string& path, std::string* error) {
  std::error_code missing;
  if (path.empty() || !std::filesystem::exists(path, missing)) return Settings();
  std::string bytes, problem;
  std::optional<Settings> settings;
  if (sim::readFile(path, kMaxSettingsBytes, bytes, &problem)) {
    settings = parseSettings(bytes, &problem);
    if (!settings) problem = path + ": " + problem;
  }
  if (settings) return *settings;
  if (error) *error = problem + " (settings ignored)";
  return Settings();
}

bool saveSettings(const std::string& path, const Settings& settings, std::string* error) {
  std::error_code failed;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), failed);
  if (failed) {
    if (error) *error = path + ": cannot create its folder (" + failed.message() + ")";
    return false;
  }
  return sim::writeFileAtomic(path, settingsToJson(settings), error);
}

}  // namespace lv::ui
