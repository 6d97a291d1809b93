// Session: scene → live runs → scene, the operations a user performs (one call each), landscape
// switching that keeps the last good formula, step limits, the memory cap and the stepper.
#include "app/sim/session.h"

#include "app/sim/run_label.h"
#include "app/sim/scene_json.h"

#include <gtest/gtest.h>

namespace lv::sim {
namespace {

Session defaultSession() { return Session::fromScene(defaultScene()); }

TEST(Session, DefaultSceneRacesFourOptimizersFromOnePoint) {
  Session session = defaultSession();
  ASSERT_GE(session.runs.size(), 4u);
  const char* expected[] = {"sgd", "momentum", "rmsprop", "adam"};
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(session.runs[i].run.optimizer().name(), expected[i]);
    EXPECT_EQ(session.runs[i].run.start(), session.runs[0].run.start());
  }
  session.advance(200);
  for (const LiveRun& live : session.runs) EXPECT_FALSE(live.run.diverged()) << live.run.optimizer().name();
}

TEST(Session, ToSceneRoundTripsStepsAndEdits) {
  Session session = defaultSession();
  session.advance(42);
  session.setParam(3, 1, 0.8);  // adam beta1, restart on change (the default)
  Scene scene = session.toScene();
  EXPECT_EQ(scene.steps, 42u);
  Session again = Session::fromScene(scene);
  EXPECT_EQ(*again.runs[3].run.optimizer().get("beta1"), 0.8);
  EXPECT_EQ(again.runs[3].run.stepCount(), 42u);
  EXPECT_EQ(again.runs[3].run.trajectory().points.back(), session.runs[3].run.trajectory().points.back());
}

TEST(Session, LiveEditsSavedToAFileReopenToThePathsOnScreen) {
  // "restart on change" off: edits act from the next step; the saved scene replays them.
  Session session = defaultSession();
  session.restartOnChange = false;
  session.advance(30);
  session.setParam(0, 0, 4e-3);  // sgd lr at step 30
  session.advance(20);
  session.setParam(3, 1, 0.5);   // adam beta1 at step 50
  session.setParam(0, 0, 1e-3);  // sgd lr back at step 50
  session.advance(25);
  std::string error;
  auto reopened = parseScene(sceneToJson(session.toScene()), &error);
  ASSERT_TRUE(reopened) << error;
  Session again = Session::fromScene(*reopened);
  ASSERT_EQ(again.runs.size(), session.runs.size());
  for (size_t i = 0; i < session.runs.size(); ++i) {
    EXPECT_EQ(again.runs[i].run.trajectory().points, session.runs[i].run.trajectory().points) << i;
    EXPECT_EQ(again.runs[i].run.optimizer().param(0), session.runs[i].run.optimizer().param(0)) << i;
  }
  // Without the record the path differs: the edits mattered.
  Scene plain = session.toScene();
  plain.runs[0].edits.clear();
  EXPECT_NE(Session::fromScene(plain).runs[0].run.trajectory().points.back(),
            session.runs[0].run.trajectory().points.back());
}

TEST(Session, AddDuplicateRemoveKeepTheStepCount) {
  Session session = defaultSession();
  session.advance(12);
  const size_t added = session.addRun("nadam", optim::Vec2(0, 0));
  EXPECT_EQ(added, 4u);
  EXPECT_EQ(session.runs[added].run.stepCount(), 12u);
  EXPECT_EQ(session.addRun("nope", optim::Vec2(0, 0)), session.runs.size());
  const size_t copy = session.duplicateRun(1);
  EXPECT_EQ(copy, 5u);
  EXPECT_EQ(session.runs[copy].run.trajectory().points, session.runs[1].run.trajectory().points);
  EXPECT_NE(session.runs[copy].color, session.runs[1].color);
  session.removeRun(0);
  EXPECT_EQ(session.runs.size(), 5u);
  EXPECT_EQ(session.runs[0].run.optimizer().name(), "momentum");
  session.removeRun(99);  // out of range: nothing
  EXPECT_EQ(session.runs.size(), 5u);
  while (session.runs.size() < kMaxRuns) session.addRun("sgd", optim::Vec2(0, 0));
  EXPECT_EQ(session.addRun("sgd", optim::Vec2(0, 0)), kMaxRuns);
  EXPECT_EQ(session.duplicateRun(0), kMaxRuns);
  EXPECT_EQ(session.runs.size(), kMaxRuns);
}

TEST(Session, MoveStartAndOptimizerSwitchAreOneCallKeepingTheStepCount) {
  Session session = defaultSession();
  session.advance(15);
  session.moveStart(2, optim::Vec2(0.5, 0.5));
  EXPECT_EQ(session.runs[2].run.start(), optim::Vec2(0.5, 0.5));
  EXPECT_EQ(session.runs[2].run.stepCount(), 15u);
  EXPECT_TRUE(session.setOptimizer(0, "adam"));
  EXPECT_EQ(session.runs[0].run.optimizer().name(), "adam");
  EXPECT_EQ(*session.runs[0].run.optimizer().get("lr"), 1e-3);  // sgd's lr 1e-3 was set by the scene
  EXPECT_EQ(session.runs[0].run.stepCount(), 15u);
  EXPECT_FALSE(session.setOptimizer(0, "nope"));
}

TEST(Session, StepAndRestart) {
  Session session = defaultSession();
  session.step();
  session.step();
  EXPECT_EQ(session.stepCount(), 2u);
  session.restart();
  EXPECT_EQ(session.stepCount(), 0u);
  for (const LiveRun& live : session.runs) EXPECT_EQ(live.run.trajectory().size(), 1u);
}

TEST(Session, BadFormulaKeepsTheLastGoodLandscape) {
  Session session = defaultSession();
  session.advance(10);
  landscapes::ParseError error;
  EXPECT_FALSE(session.setLandscape("x^2 + (y", &error));
  EXPECT_GT(error.column, 0);
  EXPECT_EQ(session.landscape().name, "rosenbrock");
  EXPECT_TRUE(session.setLandscape("x^2 + 3*y^2", &error));
  EXPECT_EQ(session.runs[0].run.stepCount(), 10u);  // recomputed on the new surface
  EXPECT_DOUBLE_EQ(session.runs[0].run.trajectory().losses[0], 1.5 * 1.5 + 3 * 4);
}

TEST(Session, StepLimitCapsAdvance) {
  Scene scene = defaultScene();
  scene.stepLimit = 30;
  Session session = Session::fromScene(scene);
  session.advance(25);
  session.advance(25);
  EXPECT_EQ(session.stepCount(), 30u);
}

TEST(Session, MemoryBudgetCapsTheStepLimitAndSaysWhy) {
  Session session = defaultSession();
  session.stepLimit = kMaxSteps;
  // 4 runs: 2 GiB / (4 × 40 B) = 13.4 M steps per run, above the 10 M limit: no cap.
  EXPECT_EQ(session.stepLimitCap(), kMaxSteps);
  EXPECT_EQ(session.stepLimitNote(), "");
  while (session.runs.size() < 16) session.addRun("sgd", optim::Vec2(0, 0));
  EXPECT_EQ(session.stepLimitCap(), kTrajectoryBudgetBytes / (16 * kBytesPerStoredStep));
  EXPECT_EQ(session.stepLimitInEffect(), session.stepLimitCap());
  EXPECT_NE(session.stepLimitNote().find("2048 MiB"), std::string::npos) << session.stepLimitNote();
}

TEST(Session, LabelsNameWhatDistinguishesRunsOfOneOptimizer) {
  Scene scene = defaultScene();
  scene.runs.resize(1);  // sgd lr 1e-3
  Session session = Session::fromScene(scene);
  EXPECT_EQ(runLabel(session, 0), "sgd");  // the only sgd
  session.duplicateRun(0);
  session.setParam(1, 0, 0.2);
  EXPECT_EQ(runLabel(session, 0), "sgd lr=0.001");
  EXPECT_EQ(runLabel(session, 1), "sgd lr=0.2");
  session.duplicateRun(1);  // identical to run 1: told apart by position
  EXPECT_EQ(runLabel(session, 1), "sgd lr=0.2 #1");
  EXPECT_EQ(runLabel(session, 2), "sgd lr=0.2 #2");
  session.setParam(2, 1, 0.5);  // momentum
  EXPECT_EQ(runLabel(session, 2), "sgd lr=0.2 momentum=0.5");
  EXPECT_EQ(runLabel(session, 1), "sgd lr=0.2 momentum=0");
  session.setLabel(1, "baseline\n");
  EXPECT_EQ(runLabel(session, 1), "baseline");  // control characters dropped
  session.addRun("adam", optim::Vec2(0, 0));
  EXPECT_EQ(runLabel(session, 3), "adam");
  session.duplicateRun(3);
  EXPECT_EQ(runLabel(session, 3), "adam #1");
  EXPECT_EQ(runLabel(session, 4), "adam #2");
  // Labels travel through scenes.
  Session again = Session::fromScene(*parseScene(sceneToJson(session.toScene()), nullptr));
  EXPECT_EQ(again.runs[1].label, "baseline");
  EXPECT_EQ(describeParams(session.runs[0].run.optimizer()),
            "lr=0.001 momentum=0 dampening=0 nesterov=0 weight_decay=0");
}

TEST(Session, LabelsAreTrimmedToValidUtf8) {
  EXPECT_EQ(sanitizedLabel("β1 \xff ok"), "β1  ok");
  EXPECT_EQ(sanitizedLabel(std::string(500, 'a')).size(), kMaxLabelBytes);
  // Cut at a character boundary: 2-byte characters over an odd limit.
  std::string betas;
  for (int i = 0; i < 150; ++i) betas += "β";
  EXPECT_EQ(sanitizedLabel(betas).size(), kMaxLabelBytes);
}

TEST(Stepper, IsIndependentOfFrameRate) {
  Stepper fast, slow;
  size_t fastSteps = 0, slowSteps = 0;
  for (int i = 0; i < 240; ++i) fastSteps += fast.due(1.0 / 240, 100);  // 1 s at 240 Hz
  for (int i = 0; i < 30; ++i) slowSteps += slow.due(1.0 / 30, 100);    // 1 s at 30 Hz
  EXPECT_NEAR(static_cast<double>(fastSteps), 100.0, 1.0);
  EXPECT_NEAR(static_cast<double>(slowSteps), 100.0, 1.0);
  Stepper stalled;
  EXPECT_LE(stalled.due(10.0, 1000), 250u);  // a 10 s stall does not burst 10 000 steps
}

}  // namespace
}  // namespace lv::sim
