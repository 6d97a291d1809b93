// The side panel as a person drives it, headless: hover a slider for its tooltip, type a formula,
// pick another optimizer, type an exact value. Widgets are found by the text drawn on screen.
#include "app/sim/session.h"
#include "app/ui/panels.h"
#include "app/ui/ui_state.h"
#include "tests/app/gui/ui_driver.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <unistd.h>

namespace lv {
namespace {

// One folder per test process: two builds' suites run side by side must not clear each other's.
std::filesystem::path privateTempFolder(const std::string& name) {
  return std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid()));
}

constexpr float kPause = static_cast<float>(ui::kFormulaPauseSeconds) + 0.1f;

class Panels : public testing::Test {
 protected:
  void SetUp() override {
    ui.draw = [this] { ui::drawSidePanel(session, state); };
    ui.frame();
    ui.frame();
  }
  // The point over a labelled widget: the widget's frame lies left of its label.
  ImVec2 widgetOf(const std::string& label, int nth = 0) {
    const auto at = ui.find(label, nth);
    EXPECT_TRUE(at.has_value()) << "'" << label << "' not on screen: " << ui.text();
    return at ? ImVec2(at->x - 40, at->y + 4) : ImVec2(-1, -1);
  }

  test::UiDriver ui{1280, 1000};

  // Folds the sections open by default and opens Export, as a user does when the panel is taller
  // than the window (ImGui submits no items below the panel's visible end).
  void openExportAlone() {
    for (const char* section : {"Landscape", "Runs", "Export"}) {
      ui.click(*ui.find(section));
      ui.frame();
    }
  }
  sim::Session session = sim::Session::fromScene(sim::defaultScene());
  ui::UiState state;
};

TEST_F(Panels, HoveringAHyperparameterShowsItsMeaning) {
  ASSERT_EQ(session.runs[0].run.optimizer().name(), "sgd");
  EXPECT_EQ(ui.count("learning rate (step size)"), 0);
  ui.moveTo(widgetOf("lr"));
  ui.frame();
  EXPECT_EQ(ui.count("learning rate (step size)"), 1) << ui.text();
}

// Typing applies nothing until the formula is complete: no prefix (the plane "x") ever reaches the
// runs; an invalid text shows its column; a pause or Enter applies a valid one.
TEST_F(Panels, AFormulaIsAppliedWhenCompleteNotAtEveryKeystroke) {
  const std::string rosenbrock = session.landscape().formula.text();
  const double loss = session.runs[0].run.trajectory().losses.back();
  ui.click(widgetOf("f(x,y)"));
  ui.press(ImGuiKey_A, true);
  for (char c : std::string("(x-1)^2 + (y")) {
    ui.type(std::string(1, c));
    EXPECT_EQ(session.landscape().formula.text(), rosenbrock) << "applied after typing '" << c << "'";
  }
  ui.wait(1.0f);
  EXPECT_EQ(session.landscape().formula.text(), rosenbrock);
  EXPECT_EQ(session.runs[0].run.trajectory().losses.back(), loss);
  EXPECT_NE(state.formulaError.find("column"), std::string::npos) << state.formulaError;
  EXPECT_GT(state.formulaErrorColumn, 0);
  EXPECT_EQ(ui.count(state.formulaError), 1) << ui.text();

  ui.type("+2)^2");
  EXPECT_EQ(session.landscape().formula.text(), rosenbrock);
  EXPECT_EQ(state.formulaError, "");
  ui.wait(kPause);
  EXPECT_EQ(session.landscape().formula.text(), "(x-1)^2 + (y+2)^2");
  EXPECT_NE(session.runs[0].run.trajectory().losses.back(), loss);

  ui.type("*3");
  ui.press(ImGuiKey_Enter);
  EXPECT_EQ(session.landscape().formula.text(), "(x-1)^2 + (y+2)^2*3");
}

// Picking another optimizer keeps what both share (lr, momentum, weight_decay) and the step count.
TEST_F(Panels, SwitchingTheOptimizerKeepsTheSharedHyperparameters) {
  sim::Run& sgd = session.runs[0].run;
  const auto policy = sim::EditPolicy::RestartFromStart;
  ASSERT_TRUE(sgd.setParam("lr", 0.05, policy) && sgd.setParam("momentum", 0.5, policy) &&
              sgd.setParam("weight_decay", 0.1, policy) && sgd.setParam("nesterov", 1, policy));
  session.advance(7);
  ui.frame();
  ui.click(widgetOf("optimizer"));
  const int shown = ui.count("rmsprop");
  ASSERT_GE(shown, 2) << "the list did not open: " << ui.text();
  ui.click(*ui.find("rmsprop", shown - 1));  // the list is drawn over the panel, after it
  const optim::Optimizer& now = session.runs[0].run.optimizer();
  ASSERT_EQ(now.name(), "rmsprop");
  EXPECT_EQ(now.get("lr"), 0.05);
  EXPECT_EQ(now.get("momentum"), 0.5);
  EXPECT_EQ(now.get("weight_decay"), 0.1);
  EXPECT_EQ(now.get("alpha"), 0.99);  // not shared: rmsprop's default
  EXPECT_EQ(session.runs[0].run.stepCount(), 7u);
}

// beta2's slider spaces 1 − β evenly in log: three clicks equally far apart give equal steps of
// log(1 − β) (a linear slider gives equal steps of β). Ctrl+click types an exact value.
TEST_F(Panels, BetaSliderHasResolutionNearOneAndTypedValuesStayExact) {
  ui.click(*ui.find("3 adam"));
  ui.frame();  // the panel grows a scroll bar
  const optim::Optimizer& adam = session.runs[3].run.optimizer();
  std::vector<double> logs;
  for (float dx : {-100.0f, -60.0f, -20.0f}) {
    const ImVec2 label = *ui.find("beta2");
    ui.click(ImVec2(label.x + dx, label.y + 4));
    logs.push_back(std::log10(1 - *adam.get("beta2")));
  }
  EXPECT_LT(logs[2], logs[1]);
  EXPECT_NEAR(logs[1] - logs[0], logs[2] - logs[1], 0.05 * std::abs(logs[2] - logs[0]));

  ui.click(widgetOf("beta2"), true);
  ui.press(ImGuiKey_A, true);
  ui.type("0.99937");
  ui.press(ImGuiKey_Enter);
  EXPECT_EQ(adam.get("beta2"), 0.99937);
  EXPECT_EQ(ui.count("0.9994 beta2"), 1) << ui.text();

  // weight_decay: 0 at the left end of the slider, whatever was there.
  ui.click(widgetOf("weight_decay"), true);
  ui.press(ImGuiKey_A, true);
  ui.type("3e-5");
  ui.press(ImGuiKey_Enter);
  EXPECT_EQ(adam.get("weight_decay"), 3e-5);
  const ImVec2 wd = widgetOf("weight_decay");
  ui.drag(wd, ImVec2(1, wd.y));
  EXPECT_EQ(adam.get("weight_decay"), 0.0);
}

// With "all" selected the button says "Remove all" and removing says what it did.
TEST_F(Panels, RemoveSaysWhatItRemoves) {
  ui.click(*ui.find("Remove"));
  EXPECT_EQ(session.runs.size(), 3u);
  EXPECT_EQ(state.editStatus.text, "removed run 0 (sgd); Ctrl+Z brings it back");
  const ImVec2 all = *ui.find("all click the canvas");  // the radio button, not "shows them all"
  ui.click(ImVec2(all.x + 2, all.y + 4));
  ASSERT_EQ(state.selectedRun, -1);
  ui.frame();
  ASSERT_EQ(ui.count("Remove all"), 1) << ui.text();
  ui.click(*ui.find("Remove all"));
  EXPECT_TRUE(session.runs.empty());
  EXPECT_EQ(state.editStatus.text, "removed all 3 runs; Ctrl+Z brings them back");
}

TEST(ExportPath, InsideTheExportFolderAndAbsolute) {
  ui::UiState state;
  state.exportFolder = "/tmp/shots/";
  EXPECT_EQ(ui::exportPath(state, "a.png"), "/tmp/shots/a.png");
  EXPECT_EQ(ui::exportPath(state, "/var/b.json"), "/var/b.json");
  EXPECT_EQ(ui::exportPath(state, "../c.csv"), "/tmp/c.csv");
  state.exportFolder = "figures";
  EXPECT_EQ(ui::exportPath(state, "a.png"), (std::filesystem::current_path() / "figures/a.png").string());
  setenv("HOME", "/home/teacher", 1);
  state.exportFolder = "~/Pictures";
  EXPECT_EQ(ui::exportPath(state, "a.png"), "/home/teacher/Pictures/a.png");
}

// "Save scene" writes into the export folder and says the absolute path it wrote.
TEST_F(Panels, SavingASceneGoesToTheExportFolderAndNamesTheAbsolutePath) {
  const auto folder = privateTempFolder("lossviz-export-folder-test");
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  state.exportFolder = folder.string();
  state.scenePath = "lesson.json";
  openExportAlone();
  ASSERT_TRUE(ui.find("Save scene")) << ui.text();
  ui.click(*ui.find("Save scene"));
  EXPECT_TRUE(std::filesystem::exists(folder / "lesson.json"));
  EXPECT_EQ(state.sceneStatus.text, "saved " + (folder / "lesson.json").string());
  EXPECT_EQ(state.lastScene, (folder / "lesson.json").string());
  std::filesystem::remove_all(folder);
}

// "Export SVG" and "Export PDF" write the canvas's figure into the export folder (cairo, no GL).
TEST_F(Panels, ExportSvgAndPdfWriteVectorFiguresIntoTheExportFolder) {
  const auto folder = privateTempFolder("lossviz-export-vector-test");
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  state.exportFolder = folder.string();
  openExportAlone();
  for (const char* button : {"Export SVG", "Export PDF"}) {
    ASSERT_TRUE(ui.find(button)) << ui.text();
    ui.click(*ui.find(button));
    ui.frame();
    EXPECT_FALSE(state.exportStatus.isError) << state.exportStatus.text;
  }
  int svg = 0, pdf = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    std::ifstream in(entry.path(), std::ios::binary);
    std::string head(5, '\0');
    in.read(head.data(), 5);
    if (entry.path().extension() == ".svg" && head.rfind("<?xml", 0) == 0) ++svg;
    if (entry.path().extension() == ".pdf" && head == "%PDF-") ++pdf;
  }
  EXPECT_EQ(svg, 1);
  EXPECT_EQ(pdf, 1);
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace lv
