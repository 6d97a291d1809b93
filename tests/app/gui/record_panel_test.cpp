// The Export section's "Record animation" group as a person drives it, headless: opened, its choices
// land in state.record and Record asks the window to start; while a recording runs the group is open
// and shows "frame i / n" and a Cancel button instead of the settings.
#include "app/sim/session.h"
#include "app/ui/panels.h"
#include "app/ui/ui_state.h"
#include "tests/app/gui/ui_driver.h"

#include <gtest/gtest.h>

namespace lv {
namespace {

class RecordPanel : public testing::Test {
 protected:
  void SetUp() override {
    ui.showInWindow("export", ImVec2(500, 700), [this] { ui::drawExportSection(session, state); });
    ui.frame();
    ui.frame();
  }
  void clickOn(const std::string& label, int nth = 0) { ui.clickLabel(label, nth); }

  test::UiDriver ui{500, 700};
  sim::Session session = sim::Session::fromScene(sim::defaultScene());
  ui::UiState state;
};

TEST_F(RecordPanel, ChoicesLandInTheSettingsAndRecordAsksTheWindow) {
  EXPECT_EQ(ui.count("fps"), 0) << "folded until opened: " << ui.text();
  clickOn("Record animation");
  ui.frame();
  clickOn("GIF");
  EXPECT_EQ(state.record.format, exports::OutputFormat::Gif);
  clickOn("seconds");
  EXPECT_TRUE(state.record.bySeconds);
  ui.frame();
  EXPECT_EQ(ui.count("length (s)"), 1) << ui.text();
  EXPECT_FALSE(state.record.startRequested);
  clickOn("Record", 1);  // the button, after the group's title
  EXPECT_TRUE(state.record.startRequested);
}

TEST_F(RecordPanel, WhileRecordingProgressAndCancel) {
  state.record.active = true;
  state.record.framesWritten = 2;
  state.record.framesTotal = 5;
  ui.frame();
  EXPECT_EQ(ui.count("frame 3 / 5"), 1) << ui.text();
  EXPECT_EQ(ui.count("fps"), 0) << "the settings make way for the progress: " << ui.text();
  clickOn("Cancel");
  EXPECT_TRUE(state.record.cancelRequested);
  state.record.framesWritten = 5;
  ui.frame();
  EXPECT_EQ(ui.count("encoding..."), 1) << ui.text();
}

}  // namespace
}  // namespace lv
