// The export section's folder field and scene chooser as a person drives them, headless: a missing
// folder is said at once, Tab completes, a suggested subfolder is taken by a click, and "Browse..."
// walks into a folder and opens the scene file clicked there.
#include "app/sim/scene_json.h"
#include "app/sim/session.h"
#include "app/ui/panels.h"
#include "app/ui/ui_state.h"
#include "tests/app/gui/ui_driver.h"
#include "tests/app/temp_folder.h"

#include <gtest/gtest.h>

namespace lv {
namespace {

class PathFields : public testing::Test {
 protected:
  void SetUp() override {
    sim::Scene beale = sim::defaultScene();
    beale.landscape = *landscapes::resolveLandscape("beale");
    std::string error;
    ASSERT_TRUE(sim::saveScene(root + "/data/beale.json", beale, &error)) << error;
    ASSERT_TRUE(sim::saveScene(root + "/lesson.json", sim::defaultScene(), &error)) << error;
    state.exportFolder = root;
    ui.showInWindow("export", ImVec2(900, 900), [this] { ui::drawExportSection(session, state); });
    ui.frame();
    ui.frame();
  }
  void clickText(const std::string& text) { ui.clickLabel(text, 0, ImVec2(4, 4)); }
  void typeFolder(const std::string& text) {
    const auto at = ui.find("folder");
    ASSERT_TRUE(at.has_value()) << ui.text();
    ui.click(ImVec2(at->x - 40, at->y + 4));
    ui.press(ImGuiKey_A, true);
    ui.type(text);
  }

  const test::TempFolder folder{"path-fields", {"figures", "data"}};
  const std::string root = folder.path().string();
  test::UiDriver ui{1000, 1000};
  sim::Session session = sim::Session::fromScene(sim::defaultScene());
  ui::UiState state;
};

TEST_F(PathFields, AMissingFolderIsSaidBeforeAnyExport) {
  EXPECT_EQ(ui.count("folder does not exist"), 0) << ui.text();
  typeFolder(root + "/figurs");
  EXPECT_EQ(ui.count("folder does not exist"), 1) << ui.text();
  ui.press(ImGuiKey_Backspace);
  ui.press(ImGuiKey_Backspace);
  ui.type("res");
  EXPECT_EQ(state.exportFolder, root + "/figures");
  EXPECT_EQ(ui.count("folder does not exist"), 0) << ui.text();
}

TEST_F(PathFields, TabCompletesAUniqueFolder) {
  typeFolder(root + "/fi");
  ui.press(ImGuiKey_Tab);
  EXPECT_EQ(state.exportFolder, root + "/figures/");
}

TEST_F(PathFields, ASuggestedSubfolderIsTakenByAClick) {
  typeFolder(root + "/");
  EXPECT_EQ(ui.count("figures/"), 1) << ui.text();
  clickText("data/");
  EXPECT_EQ(state.exportFolder, root + "/data/");
  ui.frame();
  EXPECT_EQ(ui.count("figures/"), 0) << ui.text();
}

TEST_F(PathFields, TheChooserWalksIntoAFolderAndOpensTheSceneClicked) {
  clickText("Browse...");
  ui.frame();
  EXPECT_EQ(ui.count("lesson.json"), 1) << ui.text();
  clickText("data/");
  ui.frame();
  EXPECT_EQ(ui.count("lesson.json"), 0) << ui.text();
  clickText("beale.json");
  EXPECT_EQ(session.landscape().name, "beale");
  EXPECT_EQ(state.scenePath, "data/beale.json");
  EXPECT_EQ(state.sceneStatus.text, "opened " + root + "/data/beale.json");
}

}  // namespace
}  // namespace lv
