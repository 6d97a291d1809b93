// Remembered settings: where the file lives, a round trip, a bad file ignored with a message that
// names it and the field, and a save that creates the folder.
#include "app/ui/settings.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace lv {
namespace {

std::string tempFolder() {
  const auto folder =
      std::filesystem::temp_directory_path() /
      ("lossviz-settings-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
       ::testing::UnitTest::GetInstance()->current_test_info()->name());
  std::filesystem::remove_all(folder);
  return folder.string();
}

TEST(Settings, PathFollowsXdgConfigHomeThenHome) {
  const char* savedXdg = std::getenv("XDG_CONFIG_HOME");
  const std::string keep = savedXdg ? savedXdg : "";
  setenv("XDG_CONFIG_HOME", "/tmp/cfg", 1);
  EXPECT_EQ(ui::settingsPath(), "/tmp/cfg/lossviz/settings.json");
  unsetenv("XDG_CONFIG_HOME");
  setenv("HOME", std::getenv("HOME") ? std::getenv("HOME") : "/home/x", 1);
  EXPECT_EQ(ui::settingsPath(), std::string(std::getenv("HOME")) + "/.config/lossviz/settings.json");
  if (savedXdg) setenv("XDG_CONFIG_HOME", keep.c_str(), 1);
}

TEST(Settings, SaveCreatesTheFolderAndRoundTrips) {
  const std::string path = tempFolder() + "/lossviz/settings.json";
  ui::Settings s;
  s.uiScale = 1.75f;
  s.windowWidth = 1600;
  s.windowHeight = 900;
  s.exportFolder = "/tmp/shots";
  s.lastScene = "/tmp/scene.json";
  std::string error;
  ASSERT_TRUE(ui::saveSettings(path, s, &error)) << error;
  const ui::Settings back = ui::loadSettings(path, &error);
  EXPECT_EQ(error, "");
  EXPECT_EQ(back.uiScale, 1.75f);
  EXPECT_EQ(back.windowWidth, 1600);
  EXPECT_EQ(back.windowHeight, 900);
  EXPECT_EQ(back.exportFolder, "/tmp/shots");
  EXPECT_EQ(back.lastScene, "/tmp/scene.json");
}

TEST(Settings, MissingFileIsDefaultsBadFileIsIgnoredWithAMessage) {
  std::string error;
  const ui::Settings none = ui::loadSettings(tempFolder() + "/none.json", &error);
  EXPECT_EQ(error, "");
  EXPECT_EQ(none.uiScale, 1.0f);
  const std::string folder = tempFolder();
  std::filesystem::create_directories(folder);
  const std::string path = folder + "/settings.json";
  std::ofstream(path) << R"({"uiScale": 9, "windowWidth": 1400})";
  const ui::Settings bad = ui::loadSettings(path, &error);
  EXPECT_EQ(bad.uiScale, 1.0f);
  EXPECT_EQ(bad.windowWidth, 1280);
  EXPECT_NE(error.find(path), std::string::npos) << error;
  EXPECT_NE(error.find("uiScale"), std::string::npos) << error;
  std::ofstream(path) << "{not json";
  error.clear();
  ui::loadSettings(path, &error);
  EXPECT_NE(error.find("not a JSON object"), std::string::npos) << error;
}

}  // namespace
}  // namespace lv
