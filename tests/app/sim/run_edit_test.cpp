// Run's edit operations: moving the start, hyperparameter edits under both policies (and their
// replay), switching the optimizer, restart returning memory; and the run's status.
#include "app/sim/run.h"
#include "app/sim/run_status.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lv::sim {
namespace {

landscapes::Formula formula(const char* text) { return *landscapes::Formula::parse(text); }

optim::Optimizer sgd(double lr) {
  optim::Optimizer o = *optim::Optimizer::create("sgd");
  EXPECT_TRUE(o.set("lr", lr));
  return o;
}

TEST(RunEdit, MoveStartKeepsTheStepCount) {
  // SGD lr 0.1 on x^2 + y^2: p_k = 0.8^k p_0.
  sim::Run run(formula("x^2 + y^2"), sgd(0.1), Vec2(1, 1));
  run.advance(7);
  run.moveStart(Vec2(2, -1));
  EXPECT_EQ(run.stepCount(), 7u);
  EXPECT_EQ(run.start(), Vec2(2, -1));
  EXPECT_NEAR(run.trajectory().points[7].x(), 2 * std::pow(0.8, 7), 1e-15);
  EXPECT_NEAR(run.trajectory().points[7].y(), -std::pow(0.8, 7), 1e-15);
}

TEST(RunEdit, RestartPolicyRecomputesTheWholePathWithTheNewValue) {
  sim::Run run(formula("x^2 + y^2"), sgd(0.1), Vec2(1, 0));
  run.advance(4);
  run.setParam(0, 0.25, EditPolicy::RestartFromStart);  // lr: x_{k+1} = 0.5 x_k
  EXPECT_EQ(run.stepCount(), 4u);
  for (size_t k = 0; k <= 4; ++k) EXPECT_NEAR(run.trajectory().points[k].x(), std::pow(0.5, k), 1e-15);
  EXPECT_TRUE(run.edits().empty());
  EXPECT_EQ(*run.initialOptimizer().get("lr"), 0.25);
}

TEST(RunEdit, LivePolicyRecordsTheEditAndEveryRecomputeReplaysIt) {
  // lr 0.1 for updates 1-3 (x *= 0.8), then lr 0.25 (x *= 0.5).
  sim::Run run(formula("x^2 + y^2"), sgd(0.1), Vec2(1, 0));
  run.advance(3);
  run.setParam(0, 0.3, EditPolicy::FromNextStep);
  run.setParam(0, 0.25, EditPolicy::FromNextStep);  // same step: one edit, the last value
  run.advance(2);
  ASSERT_EQ(run.edits().size(), 1u);
  EXPECT_EQ(run.edits()[0], (ParamEdit{3, 0, 0.25}));
  EXPECT_EQ(*run.initialOptimizer().get("lr"), 0.1);
  const double expected = std::pow(0.8, 3) * std::pow(0.5, 2);
  EXPECT_NEAR(run.trajectory().points[5].x(), expected, 1e-15);
  // Moving the start and back, or changing the landscape and back, replays the edit.
  run.moveStart(Vec2(1, 0));
  EXPECT_NEAR(run.trajectory().points[5].x(), expected, 1e-15);
  run.setFormula(formula("x^2 + 2*y^2"));
  EXPECT_NEAR(run.trajectory().points[5].x(), expected, 1e-15);
  // A run built from the record reproduces the path bit for bit.
  sim::Run replay(formula("x^2 + 2*y^2"), run.initialOptimizer(), Vec2(1, 0), run.edits());
  replay.advance(5);
  EXPECT_EQ(replay.trajectory().points, run.trajectory().points);
  EXPECT_EQ(*replay.optimizer().get("lr"), 0.25);
}

TEST(RunEdit, ARestartEditAfterLiveEditsDropsTheRecord) {
  sim::Run run(formula("x^2 + y^2"), sgd(0.1), Vec2(1, 0));
  run.advance(2);
  run.setParam(0, 0.25, EditPolicy::FromNextStep);
  run.advance(2);
  run.setParam(0, 0.05, EditPolicy::RestartFromStart);  // x *= 0.9 throughout
  EXPECT_TRUE(run.edits().empty());
  EXPECT_NEAR(run.trajectory().points[4].x(), std::pow(0.9, 4), 1e-15);
}

TEST(RunEdit, ValidatedSetByNameRefusesBadValuesAndChangesNothing) {
  sim::Run run(formula("x^2"), sgd(0.1), Vec2(1, 0));
  run.advance(3);
  std::string error;
  EXPECT_FALSE(run.setParam("lr", -1, EditPolicy::RestartFromStart, &error));
  EXPECT_NE(error.find("lr"), std::string::npos);
  EXPECT_FALSE(run.setParam("betas", 0.9, EditPolicy::FromNextStep, &error));
  EXPECT_EQ(*run.optimizer().get("lr"), 0.1);
  EXPECT_TRUE(run.edits().empty());
}

TEST(RunEdit, SwitchingOptimizerKeepsTheValuesTheUserSetForSharedNames) {
  optim::Optimizer adam = *optim::Optimizer::create("adam");
  ASSERT_TRUE(adam.set("lr", 0.05));
  ASSERT_TRUE(adam.set("beta1", 0.5));
  sim::Run run(formula("x^2 + y^2"), adam, Vec2(1, 1));
  run.advance(9);
  ASSERT_TRUE(run.setOptimizer("adamw"));
  EXPECT_EQ(run.optimizer().name(), "adamw");
  EXPECT_EQ(*run.optimizer().get("lr"), 0.05);
  EXPECT_EQ(*run.optimizer().get("beta1"), 0.5);
  EXPECT_EQ(*run.optimizer().get("beta2"), 0.999);
  // adam's weight_decay was left at its default 0: adamw keeps its own default 0.01.
  EXPECT_EQ(*run.optimizer().get("weight_decay"), 0.01);
  EXPECT_EQ(run.stepCount(), 9u);
  // sgd's untouched momentum 0 does not turn momentum into plain SGD; its lr does travel.
  sim::Run plain(formula("x^2"), sgd(0.2), Vec2(1, 0));
  ASSERT_TRUE(plain.setOptimizer("momentum"));
  EXPECT_EQ(*plain.optimizer().get("momentum"), 0.9);
  EXPECT_EQ(*plain.optimizer().get("lr"), 0.2);
  EXPECT_FALSE(plain.setOptimizer("nope"));
  EXPECT_EQ(plain.optimizer().name(), "momentum");
}

TEST(RunEdit, RestartReturnsTheTrajectoryMemory) {
  sim::Run run(formula("x^2 + y^2"), sgd(1e-3), Vec2(1, 1));
  run.advance(200000);
  EXPECT_GE(run.trajectory().capacityBytes(), 200000 * kBytesPerStoredStep);
  run.restart();
  EXPECT_EQ(run.stepCount(), 0u);
  EXPECT_LE(run.trajectory().capacityBytes(), 64 * kBytesPerStoredStep);
  // Recompute (a slider drag) keeps the memory for the next path instead.
  run.advance(1000);
  const size_t held = run.trajectory().capacityBytes();
  run.setParam(0, 2e-3, EditPolicy::RestartFromStart);
  EXPECT_EQ(run.trajectory().capacityBytes(), held);
  EXPECT_EQ(kBytesPerStoredStep, 48u);  // 2 × Vec2 + loss + lr: the stated budget
}

TEST(RunStatus, ConvergedOnlyAtAMinimum) {
  // Newton on a quadratic bowl lands on (0, 0): gradient 0, Hessian diag(2, 6) positive definite.
  optim::Optimizer newton = *optim::Optimizer::create("newton");
  sim::Run bowl(formula("x^2 + 3*y^2"), newton, Vec2(1, 1));
  bowl.advance(3);
  EXPECT_EQ(runState(bowl, true, 100), RunState::Converged);
  EXPECT_EQ(statusText(bowl, true, 100), "converged");
  // Started exactly on the saddle of x^2 - y^2: gradient 0, Hessian diag(2, -2).
  sim::Run saddle(formula("x^2 - y^2"), sgd(0.1), Vec2(0, 0));
  saddle.advance(5);
  EXPECT_EQ(statusText(saddle, true, 100), "stalled at a saddle");
  // Flat but curved upwards only to fourth order: x^4 + y^4 at 0 has a zero Hessian, PSD.
  sim::Run quartic(formula("x^4 + y^4"), sgd(0.1), Vec2(0, 0));
  EXPECT_EQ(statusText(quartic, true, 100), "converged");
}

TEST(RunStatus, PausedRunningAndStoppedAtTheLimit) {
  sim::Run run(formula("x^2 + y^2"), sgd(1e-3), Vec2(1, 1));
  run.advance(10);
  EXPECT_EQ(statusText(run, true, 100), "running");
  EXPECT_EQ(statusText(run, false, 100), "paused");
  EXPECT_EQ(statusText(run, true, 10), "stopped at step limit");
  EXPECT_EQ(statusText(run, false, 10), "stopped at step limit");
}

}  // namespace
}  // namespace lv::sim
