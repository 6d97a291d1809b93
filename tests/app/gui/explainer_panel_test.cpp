// The Explainer section as a person drives it, headless: select a run, scrub to a step with the
// Playback section's "inspect" slider (Ctrl+click, type the step), and read the numbers of that
// update in the table. Values derived by hand for Adam (torch defaults β = (0.9, 0.999), ε = 1e-8,
// lr 0.1) on f = x² + 10y² from (1, 1): update 1 uses g = (2, 20), leaves m = 0.1·g = (0.2, 2) and
// v = 0.001·g² = (0.004, 0.4); bias corrections 1 − 0.9 = 0.1 and 1 − 0.999 = 0.001, so m̂ = (2, 20),
// v̂ = (4, 400), the step size lr/(√v̂ + ε) = (0.05, 0.005) and the step taken −lr·m̂/(√v̂ + ε) =
// (−0.1, −0.1) to (0.9, 0.9).
#include "app/sim/scene_json.h"
#include "app/sim/session.h"
#include "app/ui/panels.h"
#include "app/ui/ui_state.h"
#include "tests/app/gui/ui_driver.h"

#include <gtest/gtest.h>

namespace lv {
namespace {

sim::Session sessionOf(const std::string& runs) {
  std::string error;
  const auto scene =
      sim::parseScene(R"({"landscape": "x^2 + 10*y^2", "steps": 3, "runs": [)" + runs + "]}", &error);
  EXPECT_TRUE(scene) << error;
  return sim::Session::fromScene(scene.value_or(sim::defaultScene()));
}

class Explainer : public testing::Test {
 protected:
  void SetUp() override {
    ui.draw = [this] { ui::drawSidePanel(session, state); };
    state.playing = false;
    ui.frame();
    ui.frame();
    ASSERT_TRUE(ui.find("Explainer"));
    ui.click(*ui.find("Explainer"));
    ui.frame();
  }
  void scrubTo(const std::string& step) {
    const auto slider = ui.find("inspect");
    ASSERT_TRUE(slider) << ui.text();
    ui.click(ImVec2(slider->x - 60, slider->y + 4), true);
    ui.press(ImGuiKey_A, true);
    ui.type(step);
    ui.press(ImGuiKey_Enter);
    ui.frame();
  }

  test::UiDriver ui{1280, 1600};
  sim::Session session = sessionOf(R"({"optimizer": "sgd", "params": {"lr": 0.01}, "start": [1, 1]},
                  {"optimizer": "adam", "params": {"lr": 0.1}, "start": [1, 1]})");
  ui::UiState state;
};

TEST_F(Explainer, ScrubbingToAStepShowsThatAdamUpdatesNumbers) {
  // Select the Adam run in Runs, as a person would.
  ASSERT_TRUE(ui.find("1 adam")) << ui.text();
  ui.click(*ui.find("1 adam"));
  ui.frame();
  ASSERT_EQ(state.selectedRun, 1);
  EXPECT_EQ(ui.count("update 3 of 3 (live)"), 1) << ui.text();
  scrubTo("1");
  ASSERT_EQ(state.inspectedStep, 1u);
  const std::string text = ui.text();
  EXPECT_EQ(ui.count("update 1 of 3"), 1) << text;
  for (const char* row : {"g used 2 20", "exp_avg 0.2 2", "exp_avg_sq 0.004 0.4", "bias_correction1 0.1",
                          "bias_correction2 0.001", "m_hat 2 20", "v_hat 4 400",
                          "lr/(sqrt(v_hat)+eps) 0.05 0.005", "step taken -0.1 -0.1", "p after 0.9 0.9"})
    EXPECT_EQ(ui.count(row), 1) << row << " not in: " << text;
  // Scrubbing replays; it never recomputes the run.
  EXPECT_EQ(session.runs[1].run.stepCount(), 3u);
}

// Every optimizer's state entries and step terms reach the table under their own names: the panel
// shows whatever the unit visits.
TEST_F(Explainer, ShowsEveryEntryEachUnitVisits) {
  for (const optim::OptimizerInfo& info : optim::optimizerInfos()) {
    session = sessionOf(R"({"optimizer": ")" + info.name + R"(", "start": [1, 1]})");
    state.selectedRun = 0;
    state.inspectedStep = 2;
    ui.frame();
    ui.frame();  // the names' column fits what the frame before measured
    const sim::Run& run = session.runs[0].run;
    auto step = state.stepInspector.at(run, 2);
    ASSERT_TRUE(step) << info.name;
    std::vector<optim::StateEntry> entries = step->optimizer.stateEntries();
    for (const optim::StateEntry& term : step->stepTerms()) entries.push_back(term);
    for (const optim::StateEntry& entry : entries)
      EXPECT_GE(ui.count(entry.name), 1) << info.name << ": " << entry.name << " not in: " << ui.text();
  }
}

}  // namespace
}  // namespace lv
