// The largest stable lr of gradient descent and heavy ball on a quadratic: the bound by hand from the
// eigenvalues, and a run just below it contracting while one just above grows.
#include "app/sim/stability.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lv::sim {
namespace {

optim::Optimizer make(const char* name, double lr) {
  optim::Optimizer o = *optim::Optimizer::create(name);
  EXPECT_TRUE(o.set("lr", lr));
  return o;
}

/// |y| after `steps` updates from (1, 1) on f = x² + 10y² (Hessian diag(2, 20): λ_max = 20).
double yAfter(optim::Optimizer optimizer, size_t steps) {
  sim::Run run(*landscapes::Formula::parse("x^2 + 10*y^2"), optimizer, Vec2(1, 1));
  run.advance(steps);
  return std::abs(run.trajectory().points.back().y());
}

TEST(MaxStableLr, GradientDescentIsTwoOverLambdaMax) {
  sim::Run run(*landscapes::Formula::parse("x^2 + 10*y^2"), make("sgd", 0.01), Vec2(1, 1));
  ASSERT_TRUE(maxStableLr(run));
  EXPECT_DOUBLE_EQ(*maxStableLr(run), 2.0 / 20);
  EXPECT_LT(yAfter(make("sgd", 0.099), 2000), 1e-3);  // |1 − 0.099·20| = 0.98 per step
  EXPECT_GT(yAfter(make("sgd", 0.101), 2000), 1e3);   // 1.02 per step
}

TEST(MaxStableLr, HeavyBallIsTwoPlusTwoMuOverLambdaMax) {
  sim::Run run(*landscapes::Formula::parse("x^2 + 10*y^2"), make("momentum", 0.01), Vec2(1, 1));  // μ = 0.9
  EXPECT_DOUBLE_EQ(*maxStableLr(run), 3.8 / 20);
  EXPECT_LT(yAfter(make("momentum", 0.185), 4000), 1e-3);
  EXPECT_GT(yAfter(make("momentum", 0.195), 4000), 1e3);
  // Weight decay adds to every eigenvalue; dampening scales the gradient's share.
  optim::Optimizer damped = make("momentum", 0.01);
  ASSERT_TRUE(damped.set("dampening", 0.5));
  ASSERT_TRUE(damped.set("weight_decay", 0.5));
  EXPECT_DOUBLE_EQ(*maxStableLr(sim::Run(*landscapes::Formula::parse("x^2 + 10*y^2"), damped, Vec2(1, 1))),
                   3.8 / (0.5 * 20.5));
}

TEST(MaxStableLr, NoBoundWhereTheoryGivesNone) {
  const landscapes::Formula saddle = *landscapes::Formula::parse("-x^2 - y^2");
  EXPECT_FALSE(maxStableLr(sim::Run(saddle, make("sgd", 0.01), Vec2(1, 1))));  // nothing curves up
  const landscapes::Formula bowl = *landscapes::Formula::parse("x^2 + y^2");
  EXPECT_FALSE(maxStableLr(sim::Run(bowl, make("adam", 0.01), Vec2(1, 1))));
  EXPECT_FALSE(maxStableLr(sim::Run(bowl, make("nesterov", 0.01), Vec2(1, 1))));
}

}  // namespace
}  // namespace lv::sim
