// Seeded ensembles: quantiles by linear interpolation against values worked by hand, the loss band
// of known member losses, and a session's ensemble: member j is the run with seed s+j (bit for bit
// the path a lone run with that seed takes), the mean path is the mean of the members' points, and
// members follow stepping, edits and the scene round trip.
#include "app/sim/ensemble.h"
#include "app/sim/scene_json.h"
#include "app/sim/session.h"
#include "tests/app/sim/parsed_scene.h"

#include <gtest/gtest.h>

namespace lv::sim {
namespace {

const char* kSgdScene = R"({
  "data": {"catalog": "linear_regression", "rows": 40, "generator_seed": 2, "batch": 1, "seed": 5},
  "steps": 20,
  "runs": [{"optimizer": "sgd", "params": {"lr": 0.05}, "start": [0, 0], "seeds": 6}]
})";

TEST(Ensemble, QuantilesInterpolateLinearlyBetweenOrderStatistics) {
  // numpy.quantile(..., method="linear"): position q·(n−1).
  const std::vector<double> four = {0, 10, 20, 30};
  EXPECT_DOUBLE_EQ(interpolatedQuantile(four, 0.1), 3);   // position 0.3
  EXPECT_DOUBLE_EQ(interpolatedQuantile(four, 0.5), 15);  // position 1.5
  EXPECT_DOUBLE_EQ(interpolatedQuantile(four, 0.9), 27);  // position 2.7
  EXPECT_DOUBLE_EQ(interpolatedQuantile({7}, 0.9), 7);
  const std::vector<double> eleven = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
  EXPECT_DOUBLE_EQ(interpolatedQuantile(eleven, 0.1), 2);
  EXPECT_DOUBLE_EQ(interpolatedQuantile(eleven, 0.9), 10);
}

TEST(Ensemble, LossBandOfKnownMemberLosses) {
  // On f = x the loss at the start is the start's x: members starting at 0, 3, 6, ..., 27.
  const landscapes::Formula f = *landscapes::Formula::parse("x");
  const optim::Optimizer sgd = *optim::Optimizer::create("sgd");
  const sim::Run run(f, sgd, {27, 0});
  Ensemble ensemble;
  for (int j = 0; j < 9; ++j) ensemble.members.emplace_back(f, sgd, optim::Vec2(3.0 * j, 0));
  std::vector<double> scratch;
  const LossQuantiles q = lossQuantilesAt(run, ensemble, 0, scratch);
  EXPECT_EQ(q.count, 10u);
  EXPECT_DOUBLE_EQ(q.q10, 2.7);                                     // position 0.9 between 0 and 3
  EXPECT_DOUBLE_EQ(q.median, 13.5);                                 // between 12 and 15
  EXPECT_DOUBLE_EQ(q.q90, 24.3);                                    // position 8.1 between 24 and 27
  EXPECT_EQ(lossQuantilesAt(run, ensemble, 1, scratch).count, 0u);  // no member reached step 1
}

TEST(Ensemble, MemberJIsTheRunWithSeedSPlusJAndTheMeanPathTheirMean) {
  Session session = Session::fromScene(parsed(kSgdScene));
  ASSERT_EQ(session.runs.size(), 1u);
  const LiveRun& live = session.runs[0];
  ASSERT_EQ(live.ensemble.seeds(), 6u);
  for (size_t j = 1; j < 6; ++j) {
    Scene lone = parsed(kSgdScene);
    lone.runs[0].seeds = 1;
    lone.runs[0].batch = RunBatch{{1, landscapes::Sampling::Shuffle, false}, 5 + j};
    const Session alone = Session::fromScene(lone);
    EXPECT_EQ(live.ensemble.members[j - 1].trajectory().points, alone.runs[0].run.trajectory().points) << j;
  }
  EXPECT_NE(live.ensemble.members[0].trajectory().points, live.run.trajectory().points);
  ASSERT_EQ(live.ensemble.meanPath.size(), 21u);
  for (size_t k : {0, 7, 20}) {
    optim::Vec2 sum = live.run.trajectory().points[k];
    for (const sim::Run& m : live.ensemble.members) sum += m.trajectory().points[k];
    EXPECT_NEAR((live.ensemble.meanPath[k] - sum / 6).norm(), 0, 1e-15) << k;
  }

  session.advance(5);
  for (const sim::Run& m : session.runs[0].ensemble.members) EXPECT_EQ(m.stepCount(), 25u);
  EXPECT_EQ(session.runs[0].ensemble.meanPath.size(), 26u);

  session.setParam(0, 0, 0.02);  // lr, restart on change: every member recomputes
  for (const sim::Run& m : session.runs[0].ensemble.members) {
    EXPECT_EQ(m.optimizer().get("lr"), 0.02);
    EXPECT_EQ(m.stepCount(), 25u);
  }

  const std::string saved = sceneToJson(session.toScene());
  EXPECT_NE(saved.find("\"seeds\": 6"), std::string::npos) << saved;
  const Session again = Session::fromScene(parsed(saved));
  EXPECT_EQ(again.runs[0].ensemble.meanPath, session.runs[0].ensemble.meanPath);

  session.setSeeds(0, 1);
  EXPECT_TRUE(session.runs[0].ensemble.members.empty());
  EXPECT_EQ(session.runs[0].ensemble.meanPath, session.runs[0].run.trajectory().points);
}

TEST(Ensemble, SeedsOutsideOneToSixtyFourAreRejectedNamingTheField) {
  std::string error;
  std::string text = kSgdScene;
  text.replace(text.find("\"seeds\": 6"), 10, "\"seeds\": 65");
  EXPECT_FALSE(parseScene(text, &error));
  EXPECT_NE(error.find("runs[0].seeds"), std::string::npos) << error;
}

TEST(Ensemble, MembersCountAgainstTheTrajectoryBudget) {
  Session session = Session::fromScene(parsed(kSgdScene));
  const size_t withSix = session.stepLimitCap();
  session.setSeeds(0, 1);
  EXPECT_EQ(session.stepLimitCap(), std::min(kMaxSteps, withSix * 6));
}

}  // namespace
}  // namespace lv::sim
