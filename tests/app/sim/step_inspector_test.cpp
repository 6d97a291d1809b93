// StepInspector: the state at step k equals torch's numbers derived by hand, a checkpoint replay
// equals a straight one and the run's own state, and scrubbing back costs at most one interval.
#include "app/sim/step_inspector.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <string>

namespace lv::sim {
namespace {

landscapes::Formula formula(const char* text) { return *landscapes::Formula::parse(text); }

optim::Optimizer make(const char* name, std::map<std::string, double> values = {}) {
  optim::Optimizer o = *optim::Optimizer::create(name);
  for (const auto& [key, value] : values) EXPECT_TRUE(o.set(key, value)) << key;
  return o;
}

std::map<std::string, optim::Vec2> byName(const std::vector<optim::StateEntry>& entries) {
  std::map<std::string, optim::Vec2> values;
  for (const optim::StateEntry& e : entries) values[e.name] = e.value;
  return values;
}

::testing::AssertionResult near(double actual, double expected, double rel = 1e-13) {
  if (std::abs(actual - expected) <= rel * std::max(1.0, std::abs(expected)))
    return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << actual << " vs " << expected;
}

// torch.optim.Adam (1.13, _single_tensor_adam), written out for three updates on f = x² + 10y²
// (∇f = (2x, 20y)) from (1, 1): lr 0.1, betas (0.9, 0.999), eps 1e-8, under StepLR(step_size=2,
// gamma=0.5) stepped per update, so updates 1 and 2 use lr 0.1 and update 3 uses 0.05.
struct TorchAdam {
  optim::Vec2 p{1, 1}, m{0, 0}, v{0, 0};
  double bc1 = 0, bc2 = 0, lr = 0;
  void step(int t, double stepLr) {
    lr = stepLr;
    const optim::Vec2 g(2 * p.x(), 20 * p.y());
    m = 0.9 * m + 0.1 * g;
    v = 0.999 * v + 0.001 * g.cwiseProduct(g);
    bc1 = 1 - std::pow(0.9, t);
    bc2 = 1 - std::pow(0.999, t);
    const optim::Vec2 denom = (v.cwiseSqrt() / std::sqrt(bc2)).array() + 1e-8;
    p = p - (lr / bc1) * m.cwiseQuotient(denom);
  }
};

TEST(StepInspector, AdamAtStepKHasTorchsNumbers) {
  sim::Run run(formula("x^2 + 10*y^2"), make("adam", {{"lr", 0.1}}), Vec2(1, 1));
  run.setSchedule(optim::parseSchedule("step:step_size=2,gamma=0.5"));
  run.advance(5);
  TorchAdam torch;
  torch.step(1, 0.1);
  torch.step(2, 0.1);
  const optim::Vec2 p2 = torch.p;
  torch.step(3, 0.05);

  StepInspector inspector;
  const auto at3 = inspector.at(run, 3);
  ASSERT_TRUE(at3);
  EXPECT_EQ(at3->step, 3u);
  EXPECT_EQ(at3->lr, 0.05);
  ASSERT_TRUE(at3->overrides.lr);
  EXPECT_EQ(*at3->overrides.lr, 0.05);
  EXPECT_TRUE(near(at3->from.x(), p2.x()) && near(at3->from.y(), p2.y()));
  EXPECT_TRUE(near(at3->to.x(), torch.p.x()) && near(at3->to.y(), torch.p.y()));
  EXPECT_TRUE(near(at3->gradient.x(), 2 * p2.x()) && near(at3->gradient.y(), 20 * p2.y()));
  EXPECT_EQ(at3->replayed, at3->to);

  const auto state = byName(at3->optimizer.stateEntries());
  EXPECT_EQ(state.count("max_exp_avg_sq"), 0u);  // amsgrad off: torch has no such key
  EXPECT_EQ(state.at("step").x(), 3.0);
  EXPECT_TRUE(near(state.at("exp_avg").x(), torch.m.x()) && near(state.at("exp_avg").y(), torch.m.y()));
  EXPECT_TRUE(near(state.at("exp_avg_sq").x(), torch.v.x()) && near(state.at("exp_avg_sq").y(), torch.v.y()));

  const auto terms = byName(at3->stepTerms());
  EXPECT_TRUE(near(terms.at("bias_correction1").x(), torch.bc1));
  EXPECT_TRUE(near(terms.at("bias_correction2").x(), torch.bc2, 1e-11));  // 1 − 0.999³ cancels digits
  EXPECT_TRUE(near(terms.at("m_hat").y(), torch.m.y() / torch.bc1));
  EXPECT_TRUE(near(terms.at("v_hat").y(), torch.v.y() / torch.bc2, 1e-11));
  for (int i = 0; i < 2; ++i) {
    const double lrEff = 0.05 / (std::sqrt(torch.v[i]) / std::sqrt(torch.bc2) + 1e-8);
    EXPECT_TRUE(near(terms.at("lr/(sqrt(v_hat)+eps)")[i], lrEff, 1e-11)) << i;
    // The step taken is −lr/(√v̂+ε)·m̂, coordinate by coordinate.
    EXPECT_TRUE(near(at3->to[i] - at3->from[i], -lrEff * torch.m[i] / torch.bc1, 1e-11)) << i;
  }

  // Back to step 0: the fresh state, the start, update 1's lr.
  const auto at0 = inspector.at(run, 0);
  EXPECT_EQ(byName(at0->optimizer.stateEntries()).at("step").x(), 0.0);
  EXPECT_EQ(at0->from, Vec2(1, 1));
  EXPECT_EQ(at0->lr, 0.1);
  EXPECT_TRUE(at0->stepTerms().empty());
  // Past the end: the last stored step.
  EXPECT_EQ(inspector.at(run, 99)->step, 5u);
}

TEST(StepInspector, CheckpointReplayEqualsAStraightReplayAndTheRun) {
  // Momentum with a cosine schedule and a live lr edit at step 300, long enough for checkpoints.
  sim::Run run(formula("(1-x)^2 + 100*(y-x^2)^2"), make("momentum", {{"lr", 1e-4}}), Vec2(-1, 1.5));
  run.setSchedule(optim::parseSchedule("cosine:T_max=200"));
  run.advance(300);
  run.setParam(0, 2e-4, EditPolicy::FromNextStep);
  run.advance(400);
  ASSERT_EQ(run.stepCount(), 700u);
  StepInspector scrubbed;
  ASSERT_TRUE(scrubbed.at(run, 700));
  for (size_t k : {650u, 301u, 300u, 129u, 128u, 5u, 699u}) {
    StepInspector straight;
    const auto a = scrubbed.at(run, k);
    const auto b = straight.at(run, k);
    EXPECT_EQ(a->optimizer.stateEntries()[0].value, b->optimizer.stateEntries()[0].value) << k;
    EXPECT_EQ(a->replayed, run.trajectory().points[k]) << k;
    EXPECT_EQ(a->lr, b->lr) << k;
    EXPECT_EQ(a->optimizer.get("lr"), b->optimizer.get("lr")) << k;
  }
  // The replay reaches the run's own latest state bit for bit.
  EXPECT_EQ(scrubbed.at(run, 700)->optimizer.stateEntries()[0].value,
            run.optimizer().stateEntries()[0].value);
  EXPECT_EQ(*scrubbed.at(run, 700)->optimizer.get("lr"), 2e-4);
  EXPECT_EQ(*scrubbed.at(run, 300)->optimizer.get("lr"), 1e-4);
}

TEST(StepInspector, ScrubbingBackReplaysAtMostOneInterval) {
  sim::Run run(formula("x^2 + y^2"), make("adam"), Vec2(1, 1));
  run.advance(1000);
  StepInspector inspector;
  inspector.at(run, 1000);
  EXPECT_EQ(inspector.replayedUpdates(), 1000u);
  for (size_t k = 1000; k-- > 900;) {
    const size_t before = inspector.replayedUpdates();
    inspector.at(run, k);
    EXPECT_LE(inspector.replayedUpdates() - before, StepInspector::kCheckpointInterval) << k;
  }
  // One step forward costs one update.
  const size_t before = inspector.replayedUpdates();
  inspector.at(run, 901);
  EXPECT_EQ(inspector.replayedUpdates() - before, 1u);
}

TEST(StepInspector, FollowsARecomputedRun) {
  sim::Run run(formula("x^2 + y^2"), make("sgd", {{"lr", 0.1}}), Vec2(1, 0));
  run.advance(3);
  StepInspector inspector;
  EXPECT_EQ(inspector.at(run, 3)->to.x(), run.trajectory().points[3].x());
  run.moveStart(Vec2(2, 0));
  EXPECT_EQ(inspector.at(run, 3)->to.x(), run.trajectory().points[3].x());
  EXPECT_EQ(inspector.at(run, 3)->replayed, run.trajectory().points[3]);
}

TEST(StepInspector, StateColumnsSpanEditsThatAddEntries) {
  sim::Run run(formula("x^2 + y^2"), make("adam"), Vec2(1, 1));
  run.advance(2);
  EXPECT_EQ(stateColumns(run),
            (std::vector<std::string>{"step", "exp_avg_x", "exp_avg_y", "exp_avg_sq_x", "exp_avg_sq_y"}));
  run.setParam("amsgrad", 1, EditPolicy::FromNextStep);
  run.advance(1);
  const std::vector<std::string> columns = stateColumns(run);
  ASSERT_EQ(columns.size(), 7u);
  EXPECT_EQ(columns.back(), "max_exp_avg_sq_y");
  StepInspector inspector;
  std::string before, after;
  appendStateCells(inspector.at(run, 2)->optimizer, columns, before);
  appendStateCells(inspector.at(run, 3)->optimizer, columns, after);
  EXPECT_EQ(before.substr(before.size() - 2), ",,");  // no max_exp_avg_sq before amsgrad
  EXPECT_NE(after.substr(after.size() - 2), ",,");
  EXPECT_EQ(before.substr(0, 3), ",2,");
}

}  // namespace
}  // namespace lv::sim
