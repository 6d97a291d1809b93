// Scenes with data: the JSON round trip (scene-wide data, per-run batches), what the runs of a
// data scene step on, CSV errors naming the file and line, and the session's landscape revision.
#include "app/sim/scene_json.h"
#include "app/sim/session.h"
#include "tests/app/sim/parsed_scene.h"

#include "app/sim/atomic_file.h"
#include "landscapes/checksum.h"

#include <gtest/gtest.h>

#include <unistd.h>

namespace lv::sim {
namespace {

const char* kDataScene = R"({
  "data": {"catalog": "linear_regression", "rows": 50, "generator_seed": 4, "batch": 0, "seed": 9},
  "steps": 30,
  "runs": [
    {"optimizer": "sgd", "params": {"lr": 0.05}, "start": [0, 0], "label": "GD"},
    {"optimizer": "sgd", "params": {"lr": 0.05}, "start": [0, 0], "label": "SGD",
     "batch": {"size": 1, "sampling": "shuffle", "drop_last": false, "seed": 3}}
  ]
})";

std::string parseError(const std::string& text) {
  std::string error;
  EXPECT_FALSE(parseScene(text, &error));
  return error;
}

TEST(DataScene, RoundTripReplaysEveryRunBitForBit) {
  const Session session = Session::fromScene(parsed(kDataScene));
  ASSERT_NE(session.data(), nullptr);
  EXPECT_EQ(session.data()->sum().data().rows(), 50u);
  ASSERT_EQ(session.runs.size(), 2u);
  EXPECT_FALSE(session.runs[0].run.gradientSource().stochastic());  // batch 0: all rows
  EXPECT_TRUE(session.runs[1].run.gradientSource().stochastic());
  EXPECT_EQ(session.runs[1].run.gradientSource().batchSettings().batch, 1u);
  EXPECT_EQ(session.runs[1].run.gradientSource().seed(), 3u);
  EXPECT_EQ(session.runs[0].run.stepCount(), 30u);

  const std::string saved = sceneToJson(session.toScene());
  EXPECT_EQ(saved.find("\"landscape\""), std::string::npos) << saved;  // the data is the landscape
  const Session again = Session::fromScene(parsed(saved));
  EXPECT_EQ(sceneToJson(again.toScene()), saved);
  for (size_t i = 0; i < 2; ++i)
    EXPECT_EQ(again.runs[i].run.trajectory().points, session.runs[i].run.trajectory().points) << i;
}

TEST(DataScene, RunsStepOnTheFullDataMeanAndTheLeastSquaresMinimumIsMarked) {
  const Session session = Session::fromScene(parsed(kDataScene));
  const landscapes::FiniteSum& sum = session.data()->sum();
  const Trajectory& gd = session.runs[0].run.trajectory();
  Eigen::Vector2d gradient;
  EXPECT_EQ(gd.losses[5], sum.valueAndGradient(gd.points[5], gradient));
  EXPECT_EQ(gd.gradients[5], gradient);
  // SGD with lr 0.05 on the full-data gradient: x₁ = x₀ − 0.05·∇f(x₀).
  sum.valueAndGradient(gd.points[0], gradient);
  EXPECT_EQ(gd.points[1], gd.points[0] - 0.05 * gradient);
  // The least-squares minimum has zero full-data gradient.
  ASSERT_EQ(session.landscape().minima.size(), 1u);
  sum.valueAndGradient(session.landscape().minima[0], gradient);
  EXPECT_LT(gradient.norm(), 1e-9);
  // The batch-1 run's updates used single rows: its sample gradients differ from the full ones.
  const Trajectory& sgd = session.runs[1].run.trajectory();
  ASSERT_GT(sgd.sampleGradients.size(), 1u);
  EXPECT_NE(sgd.sampleGradients[1], sgd.gradients[0]);
}

TEST(DataScene, BadDataIsNamedByFieldFileAndLine) {
  EXPECT_EQ(
      parseError(R"({"data": {"catalog": "linear_regression"}, "landscape": "rosenbrock", "runs": []})"),
      "landscape: give landscape or data, not both");
  EXPECT_EQ(parseError(R"({"data": {"catalog": "linear_regression", "rows": 10}, "runs": [
    {"optimizer": "sgd", "start": [0, 0], "batch": {"size": 11}}]})"),
            "runs[0].batch.size: 11 exceeds the 10 rows");
  EXPECT_EQ(parseError(R"({"landscape": "rosenbrock", "runs": [
    {"optimizer": "sgd", "start": [0, 0], "batch": {"size": 1}}]})"),
            "runs[0].batch: needs the scene's data");
  EXPECT_NE(parseError(R"({"data": {"catalog": "linear_regression"}, "runs": [
    {"optimizer": "sgd", "start": [0, 0], "batch": {"size": 1, "seed": -1}}]})")
                .find("runs[0].batch.seed"),
            std::string::npos);

  const std::string path = ::testing::TempDir() + "lv_ragged_" + std::to_string(::getpid()) + ".csv";
  const std::string ragged = "u,t\n1,2\n3\n";
  ASSERT_TRUE(writeFileAtomic(path, ragged, nullptr));
  const std::string scene = R"({"data": {"csv": ")" + path + R"(", "checksum": ")" +
                            landscapes::fnv1a64Hex(ragged) + R"(", "loss": "(x*u + y - t)^2"}, "runs": []})";
  const std::string error = parseError(scene);
  EXPECT_NE(error.find(path + ":3"), std::string::npos) << error;
  ::unlink(path.c_str());
}

TEST(DataScene, LandscapeRevisionGrowsOnEveryLandscapeOrDataChangeOnly) {
  Session session = Session::fromScene(defaultScene());
  const Session other = Session::fromScene(defaultScene());
  EXPECT_NE(session.landscapeRevision(), other.landscapeRevision());
  const Session copy = session;
  EXPECT_EQ(copy.landscapeRevision(), session.landscapeRevision());  // same landscape, same picture

  std::uint64_t revision = session.landscapeRevision();
  session.advance(3);
  session.setParam(0, 0, 0.01);
  EXPECT_EQ(session.landscapeRevision(), revision);
  landscapes::ParseError parseError;
  ASSERT_TRUE(session.setLandscape("x^2 + y^2", &parseError));
  EXPECT_GT(session.landscapeRevision(), revision);
  revision = session.landscapeRevision();
  EXPECT_FALSE(session.setLandscape("x^", &parseError));
  EXPECT_EQ(session.landscapeRevision(), revision);

  SceneData data;
  data.catalog = "logistic_regression";
  data.params = {30, 1.0, 2};
  std::string error;
  ASSERT_TRUE(session.setData(data, &error)) << error;
  EXPECT_GT(session.landscapeRevision(), revision);
  revision = session.landscapeRevision();
  EXPECT_EQ(session.runs[0].run.requestedSteps(), 3u);  // the runs kept their step count
  ASSERT_NE(session.runs[0].run.gradientSource().data(), nullptr);
  EXPECT_EQ(session.runs[0].run.gradientSource().data()->data().rows(), 30u);

  // A failed change keeps everything: the data, the revision, the runs' sources.
  SceneData missing;
  missing.csvPath = "/nonexistent/lossviz.csv";
  missing.loss = "x*u";
  EXPECT_FALSE(session.setData(missing, &error));
  EXPECT_NE(error.find("/nonexistent/lossviz.csv"), std::string::npos) << error;
  EXPECT_EQ(session.landscapeRevision(), revision);
  EXPECT_EQ(session.data()->settings.catalog, "logistic_regression");

  // Per-run sampling: validated against the rows, kept across a data change where it fits.
  EXPECT_FALSE(session.setRunBatch(0, {{31, landscapes::Sampling::Shuffle, false}, 0}, &error));
  EXPECT_EQ(error, "batch: 31 exceeds the 30 rows");
  ASSERT_TRUE(session.setRunBatch(0, {{4, landscapes::Sampling::Replace, false}, 5}, &error)) << error;
  EXPECT_TRUE(session.runs[0].run.gradientSource().stochastic());
  data.params.rows = 20;
  ASSERT_TRUE(session.setData(data, &error)) << error;
  EXPECT_EQ(session.runs[0].run.gradientSource().batchSettings().batch, 4u);
  EXPECT_EQ(session.runs[0].run.gradientSource().seed(), 5u);
  EXPECT_EQ(session.runs[0].run.gradientSource().data()->data().rows(), 20u);

  // Back to a formula: the data and the runs' stochastic sources go.
  ASSERT_TRUE(session.setLandscape("rosenbrock", &parseError));
  EXPECT_EQ(session.data(), nullptr);
  EXPECT_FALSE(session.runs[0].run.gradientSource().stochastic());
  EXPECT_EQ(session.runs[0].run.gradientSource().data(), nullptr);
}

}  // namespace
}  // namespace lv::sim
