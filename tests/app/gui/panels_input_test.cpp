// The side panel as a person drives it, headless: hover a slider for its tooltip, type a formula,
// pick another optimizer, type an exact value. Widgets are found by the text drawn on screen.
#include "app/sim/session.h"
#include "app/ui/panels.h"
#include "app/ui/ui_state.h"
#include "tests/app/gui/ui_driver.h"

#include <gtest/gtest.h>

namespace lv {
namespace {

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
  optim::Optimizer& sgd = session.runs[0].run.optimizer();
  ASSERT_TRUE(sgd.set("lr", 0.05) && sgd.set("momentum", 0.5) && sgd.set("weight_decay", 0.1) &&
              sgd.set("nesterov", 1));
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

}  // namespace
}  // namespace lv
