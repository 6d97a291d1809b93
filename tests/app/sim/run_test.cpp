// Run: trajectory bookkeeping and divergence. The edit operations are in run_edit_test.cpp.
#include "app/sim/run.h"

#include "app/sim/run_status.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lv::sim {
namespace {

landscapes::Formula formula(const char* text) { return *landscapes::Formula::parse(text); }
optim::Optimizer optimizer(const char* name) { return *optim::Optimizer::create(name); }

TEST(Run, RowKIsThePointAfterKUpdatesWithItsLossAndGradient) {
  // Plain SGD on f = x^2 + y^2 with lr 0.1: p_k = 0.8^k p_0, f = |p|^2, grad = 2p.
  optim::Optimizer sgd = optimizer("sgd");
  ASSERT_TRUE(sgd.set("lr", 0.1));
  sim::Run run(formula("x^2 + y^2"), sgd, Vec2(1.0, -2.0));
  run.advance(3);
  const Trajectory& t = run.trajectory();
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(run.stepCount(), 3u);
  for (size_t k = 0; k < 4; ++k) {
    const double s = std::pow(0.8, static_cast<double>(k));
    EXPECT_NEAR(t.points[k].x(), s * 1.0, 1e-15);
    EXPECT_NEAR(t.points[k].y(), s * -2.0, 1e-15);
    EXPECT_NEAR(t.losses[k], s * s * 5.0, 1e-14);
    EXPECT_NEAR(t.gradients[k].x(), 2 * s, 1e-15);
    EXPECT_NEAR(t.gradients[k].y(), -4 * s, 1e-15);
  }
  EXPECT_FALSE(run.diverged());
}

TEST(Run, DivergenceStopsAtTheLastFinitePoint) {
  // SGD with lr 1.5 on x^2: x_{k+1} = (1 - 3) x_k = -2 x_k, overflowing after ~1020 steps.
  optim::Optimizer sgd = optimizer("sgd");
  ASSERT_TRUE(sgd.set("lr", 1.5));
  sim::Run run(formula("x^2"), sgd, Vec2(1.0, 0.0));
  run.advance(5000);
  ASSERT_TRUE(run.diverged());
  const size_t k = *run.divergedAt();
  EXPECT_EQ(run.trajectory().size(), k);
  EXPECT_LT(k, 1100u);
  EXPECT_GT(k, 400u);
  for (size_t i = 0; i < run.trajectory().size(); ++i) {
    EXPECT_TRUE(std::isfinite(run.trajectory().losses[i]));
    EXPECT_TRUE(std::isfinite(run.trajectory().points[i].x()));
  }
  EXPECT_EQ(statusText(run, true, 10000), "diverged at step " + std::to_string(k));
  run.advance(10);  // stays stopped
  EXPECT_EQ(run.trajectory().size(), k);
}

TEST(Run, NonFiniteStartIsDivergedAtStepZero) {
  sim::Run run(formula("log(x)"), optimizer("adam"), Vec2(-1.0, 0.0));
  EXPECT_EQ(run.divergedAt(), std::optional<size_t>(0));
  EXPECT_EQ(run.trajectory().size(), 0u);
  run.advance(3);
  EXPECT_EQ(run.trajectory().size(), 0u);
}

TEST(Run, PoleOrLogAtTheStartIsDivergedAtStepZero) {
  // f infinite (1/x, log(x) at x = 0) or only the gradient infinite (sqrt(x) at 0).
  for (const char* text : {"1/x", "log(x)", "sqrt(x) + y^2", "1/(x*x + y*y)"}) {
    sim::Run run(formula(text), optimizer("sgd"), Vec2(0.0, 0.0));
    EXPECT_EQ(run.divergedAt(), std::optional<size_t>(0)) << text;
    EXPECT_EQ(run.trajectory().size(), 0u) << text;
    EXPECT_EQ(run.stepCount(), 0u) << text;
    EXPECT_EQ(statusText(run, true, 10000), "diverged at step 0") << text;
    run.advance(5);
    run.recompute();
    EXPECT_EQ(run.trajectory().size(), 0u) << text;
    // Moving the start off the pole revives it.
    run.moveStart(Vec2(0.5, 0.5));  // keeps the 5 steps asked for
    EXPECT_FALSE(run.diverged()) << text;
    EXPECT_EQ(run.trajectory().size(), 6u) << text;
  }
}

TEST(Run, HugeButFiniteValuesAreKeptAndOverflowDiverges) {
  // A linear slope at 1e300: every point, loss and gradient is finite, so the run goes on.
  optim::Optimizer sgd = optimizer("sgd");
  ASSERT_TRUE(sgd.set("lr", 0.1));
  sim::Run far(formula("x + y"), sgd, Vec2(1e300, -1e300));
  far.advance(10);
  EXPECT_FALSE(far.diverged());
  EXPECT_EQ(far.trajectory().size(), 11u);
  EXPECT_EQ(far.trajectory().losses.back(), 0.0);
  // 1e300 * |p|^2: 2e300 at the start, then the step overshoots and the loss overflows.
  sim::Run steep(formula("1e300*(x^2 + y^2)"), sgd, Vec2(1.0, 1.0));
  steep.advance(10);
  EXPECT_EQ(steep.divergedAt(), std::optional<size_t>(1));
  ASSERT_EQ(steep.trajectory().size(), 1u);
  EXPECT_EQ(steep.trajectory().losses[0], 2e300);
  // Squaring 1e300 overflows at once.
  sim::Run squared(formula("x^2"), sgd, Vec2(1e300, 0.0));
  EXPECT_EQ(squared.divergedAt(), std::optional<size_t>(0));
}

TEST(Run, RecomputeWithASmallerRateUndoesTheDivergence) {
  optim::Optimizer sgd = optimizer("sgd");
  ASSERT_TRUE(sgd.set("lr", 0.1));
  sim::Run run(formula("(1-x)^2 + 100*(y-x^2)^2"), sgd, Vec2(-1.5, 2.0));
  run.advance(500);
  ASSERT_TRUE(run.diverged());
  for (size_t k = 0; k < run.trajectory().size(); ++k) {
    EXPECT_TRUE(std::isfinite(run.trajectory().losses[k]));
    EXPECT_TRUE(run.trajectory().gradients[k].allFinite());  // norm() itself may overflow
  }
  ASSERT_TRUE(run.setParam("lr", 1e-4, EditPolicy::RestartFromStart));
  EXPECT_FALSE(run.diverged());
  EXPECT_EQ(run.stepCount(), 500u);
}

TEST(Run, RecomputeAfterAnEditReplaysTheWholePath) {
  sim::Run run(formula("(1-x)^2 + 100*(y-x^2)^2"), optimizer("adam"), Vec2(-1.5, 2.0));
  run.advance(50);
  const uint64_t generation = run.generation();
  ASSERT_TRUE(run.setParam("lr", 0.05, EditPolicy::RestartFromStart));
  EXPECT_NE(run.generation(), generation);
  EXPECT_EQ(run.stepCount(), 50u);

  optim::Optimizer fresh = optimizer("adam");
  ASSERT_TRUE(fresh.set("lr", 0.05));
  sim::Run reference(formula("(1-x)^2 + 100*(y-x^2)^2"), fresh, Vec2(-1.5, 2.0));
  reference.advance(50);
  EXPECT_EQ(run.trajectory().points.back(), reference.trajectory().points.back());
}

TEST(Run, LiveEditAppliesFromTheNextStepOnly) {
  sim::Run run(formula("x^2 + y^2"), optimizer("sgd"), Vec2(1.0, 1.0));
  run.advance(2);
  const Vec2 before = run.trajectory().points[2];
  ASSERT_TRUE(run.setParam("lr", 0.25, EditPolicy::FromNextStep));
  run.advance(1);
  EXPECT_EQ(run.trajectory().points[2], before);                         // history untouched
  EXPECT_NEAR(run.trajectory().points[3].x(), before.x() * 0.5, 1e-15);  // 1 - 2*0.25
}

TEST(Run, NewtonUsesTheExactHessian) {
  // One undamped Newton step on a quadratic lands on its minimum (damping 1e-8 leaves ~1e-8 error).
  optim::Optimizer newton = optimizer("newton");
  ASSERT_TRUE(newton.set("damping", 1e-8));
  sim::Run run(formula("0.5*(x^2 + 50*y^2)"), newton, Vec2(2.0, 1.0));
  run.advance(1);
  EXPECT_NEAR(run.trajectory().points[1].x(), 0.0, 1e-7);
  EXPECT_NEAR(run.trajectory().points[1].y(), 0.0, 1e-7);
}

}  // namespace
}  // namespace lv::sim
