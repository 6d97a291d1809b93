// The Landscape section's colour scale as a person drives it, headless: a typed range is applied
// by "Set range" when valid and refused with the reason shown in the panel otherwise; "Refit to
// view" and the lock let the next frame fit the view again.
#include "app/sim/session.h"
#include "app/ui/panels.h"
#include "app/ui/ui_state.h"
#include "tests/app/gui/ui_driver.h"

#include <gtest/gtest.h>

namespace lv {
namespace {

class ColorScalePanel : public testing::Test {
 protected:
  void SetUp() override {
    session.colors.range = sim::ColorRange{0.5, 2500, 0.25};  // what the lock kept
    ui.draw = [this] { ui::drawSidePanel(session, state); };
    ui.frame();
    ui.frame();
    clickButton("colour range");  // the fields are folded by default
    ui.frame();
  }
  ImVec2 widgetOf(const std::string& label) {
    const auto at = ui.expectOnScreen(label);
    return at ? ImVec2(at->x - 40, at->y + 4) : ImVec2(-1, -1);
  }
  void typeInto(const std::string& label, const std::string& text) {
    ui.click(widgetOf(label));
    ui.press(ImGuiKey_A, true);
    ui.type(text);
  }
  void clickButton(const std::string& label) {
    const auto at = ui.find(label);
    ASSERT_TRUE(at.has_value()) << ui.text();
    ui.click(ImVec2(at->x + 4, at->y + 4));
  }

  test::UiDriver ui{1280, 1400};
  sim::Session session = sim::Session::fromScene(sim::defaultScene());
  ui::UiState state;
};

TEST_F(ColorScalePanel, TheFieldsShowTheRangeInForce) {
  EXPECT_EQ(state.colorRangeDraft, *session.colors.range);
  EXPECT_EQ(ui.count("2500"), 1) << ui.text();
}

TEST_F(ColorScalePanel, AnEmptyRangeIsRefusedWithItsReasonAndNothingChanges) {
  const sim::ColorRange kept = *session.colors.range;
  typeInto("colour min", "5");
  typeInto("colour max", "1");
  EXPECT_EQ(*session.colors.range, kept);  // typing applies nothing
  clickButton("Set range");
  ui.frame();
  EXPECT_EQ(*session.colors.range, kept);
  EXPECT_EQ(ui.count("colour range: min must be below max"), 1) << ui.text();

  typeInto("log offset", "0");
  typeInto("colour max", "50");
  clickButton("Set range");
  ui.frame();
  EXPECT_EQ(*session.colors.range, kept);
  EXPECT_EQ(ui.count("colour range: the log offset must be a positive number"), 1) << ui.text();

  typeInto("log offset", "0.01");
  clickButton("Set range");
  ui.frame();
  EXPECT_EQ(*session.colors.range, (sim::ColorRange{5, 50, 0.01}));
  EXPECT_EQ(ui.count("colour range:"), 0) << ui.text();
}

TEST_F(ColorScalePanel, RefitAndUnlockClearTheRangeSoTheViewIsFittedAgain) {
  clickButton("Refit to view");
  EXPECT_FALSE(session.colors.range.has_value());
  EXPECT_TRUE(session.colors.lockScale);
  session.colors.range = sim::ColorRange{1, 2, 0.5};
  clickButton("lock colour scale");  // a checkbox toggles on its label too
  EXPECT_FALSE(session.colors.lockScale);
}

}  // namespace
}  // namespace lv
