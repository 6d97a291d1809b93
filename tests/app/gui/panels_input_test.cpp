// The side panel as a person drives it, headless: hover a slider for its tooltip, type a formula,
// pick another optimizer, type an exact value. Widgets are found by the text drawn on screen.
#include "app/sim/session.h"
#include "app/ui/panels.h"
#include "app/ui/ui_state.h"
#include "tests/app/gui/ui_driver.h"

#include <gtest/gtest.h>

namespace lv {
namespace {

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
  sim::Session session = *sim::Session::fromScene(sim::defaultScene(), nullptr);  // always valid
  ui::UiState state;
};

TEST_F(Panels, HoveringAHyperparameterShowsItsMeaning) {
  ASSERT_EQ(session.runs[0].run.optimizer().name(), "sgd");
  EXPECT_EQ(ui.count("learning rate (step size)"), 0);
  ui.moveTo(widgetOf("lr"));
  ui.frame();
  EXPECT_EQ(ui.count("learning rate (step size)"), 1) << ui.text();
}

}  // namespace
}  // namespace lv
