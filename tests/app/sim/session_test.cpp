// Session: scene → live runs → scene, landscape switching that keeps the last good formula,
// step limits and the fixed-timestep stepper.
#include "app/sim/session.h"

#include <gtest/gtest.h>

namespace lv::sim {
namespace {

TEST(Session, DefaultSceneRacesFourOptimizersFromOnePoint) {
  std::string error;
  auto session = Session::fromScene(defaultScene(), &error);
  ASSERT_TRUE(session) << error;
  ASSERT_GE(session->runs.size(), 4u);
  const char* expected[] = {"sgd", "momentum", "rmsprop", "adam"};
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(session->runs[i].run.optimizer().name(), expected[i]);
    EXPECT_EQ(session->runs[i].run.start(), session->runs[0].run.start());
  }
  session->advance(200);
  for (const LiveRun& live : session->runs) EXPECT_FALSE(live.run.diverged()) << live.run.optimizer().name();
}

TEST(Session, ToSceneRoundTripsStepsAndEdits) {
  std::string error;
  auto session = Session::fromScene(defaultScene(), &error);
  ASSERT_TRUE(session);
  session->advance(42);
  ASSERT_TRUE(session->runs[3].run.optimizer().set("beta1", 0.8));
  // A scene stores hyperparameters, not their history: it reproduces the restart-on-change path.
  session->runs[3].run.recompute();
  Scene scene = session->toScene();
  EXPECT_EQ(scene.steps, 42u);
  auto again = Session::fromScene(scene, &error);
  ASSERT_TRUE(again) << error;
  EXPECT_EQ(*again->runs[3].run.optimizer().get("beta1"), 0.8);
  EXPECT_EQ(again->runs[3].run.stepCount(), 42u);
  EXPECT_EQ(again->runs[3].run.trajectory().points.back(), session->runs[3].run.trajectory().points.back());
}

TEST(Session, BadFormulaKeepsTheLastGoodLandscape) {
  auto session = Session::fromScene(defaultScene(), nullptr);
  ASSERT_TRUE(session);
  session->advance(10);
  landscapes::ParseError error;
  EXPECT_FALSE(session->setLandscape("x^2 + (y", &error));
  EXPECT_GT(error.column, 0);
  EXPECT_EQ(session->landscape().name, "rosenbrock");
  EXPECT_TRUE(session->setLandscape("x^2 + 3*y^2", &error));
  EXPECT_EQ(session->runs[0].run.stepCount(), 10u);  // recomputed on the new surface
  EXPECT_DOUBLE_EQ(session->runs[0].run.trajectory().losses[0], 1.5 * 1.5 + 3 * 4);
}

TEST(Session, StepLimitCapsAdvance) {
  Scene scene = defaultScene();
  scene.stepLimit = 30;
  auto session = Session::fromScene(scene, nullptr);
  ASSERT_TRUE(session);
  session->advance(25);
  session->advance(25);
  EXPECT_EQ(session->stepCount(), 30u);
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
