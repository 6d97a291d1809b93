// Scenes store a run's lr schedule as its text form; a bad one is refused naming the field and key.
#include "app/sim/scene_json.h"
#include "app/sim/session.h"

#include <gtest/gtest.h>

namespace lv::sim {
namespace {

TEST(SceneSchedule, RoundTripKeepsTheScheduleText) {
  std::string error;
  auto scene = parseScene(R"({"landscape": "rosenbrock", "runs": [
      {"optimizer": "sgd", "start": [-1, 2], "schedule": "cosine:T_max=200,eta_min=0.0001"},
      {"optimizer": "sgd", "start": [-1, 2], "schedule": "multistep:milestones=100;200"},
      {"optimizer": "sgd", "start": [-1, 2]}]})",
                          &error);
  ASSERT_TRUE(scene) << error;
  ASSERT_TRUE(scene->runs[0].schedule);
  EXPECT_EQ(scene->runs[0].schedule->kind, optim::ScheduleKind::Cosine);
  EXPECT_EQ(*scene->runs[0].schedule->get("T_max"), 200.0);
  EXPECT_EQ(*scene->runs[0].schedule->get("eta_min"), 1e-4);
  EXPECT_FALSE(scene->runs[2].schedule);
  auto again = parseScene(sceneToJson(*scene), &error);
  ASSERT_TRUE(again) << error;
  for (size_t i = 0; i < 2; ++i) {
    ASSERT_TRUE(again->runs[i].schedule);
    EXPECT_EQ(optim::formatSchedule(*again->runs[i].schedule),
              optim::formatSchedule(*scene->runs[i].schedule));
  }
  EXPECT_FALSE(again->runs[2].schedule);
  EXPECT_EQ(sceneToJson(*again), sceneToJson(*scene));
}

TEST(SceneSchedule, SessionsStepTheSceneSchedulesAndSaveThemBack) {
  std::string error;
  auto scene = parseScene(R"({"landscape": "x^2", "steps": 3, "runs": [
      {"optimizer": "sgd", "params": {"lr": 0.1}, "start": [1, 0], "schedule": "step:step_size=2,gamma=0.5"}]})",
                          &error);
  ASSERT_TRUE(scene) << error;
  const Session session = Session::fromScene(*scene);
  // lr 0.1, 0.1, 0.05: x = 1 → 0.8 → 0.64 → 0.576.
  EXPECT_NEAR(session.runs[0].run.trajectory().points[3].x(), 0.576, 1e-15);
  const Scene saved = session.toScene();
  ASSERT_TRUE(saved.runs[0].schedule);
  EXPECT_EQ(optim::formatSchedule(*saved.runs[0].schedule), "step:step_size=2,gamma=0.5");
}

TEST(SceneSchedule, BadSchedulesNameTheFieldAndKey) {
  struct Case {
    const char* schedule;
    const char* expected;
  };
  for (const Case& c : {Case{R"("cosine:T_max=0")", "runs[0].schedule: schedule 'cosine': T_max"},
                        Case{R"("step:gama=2")", "runs[0].schedule: "},
                        Case{R"("nope")", "runs[0].schedule: unknown schedule 'nope'"},
                        Case{"7", "runs[0].schedule: expected a string"}}) {
    std::string error;
    const std::string json =
        std::string(
            R"({"landscape": "rosenbrock", "runs": [{"optimizer": "sgd", "start": [0, 0], "schedule": )") +
        c.schedule + "}]}";
    EXPECT_FALSE(parseScene(json, &error)) << json;
    EXPECT_NE(error.find(c.expected), std::string::npos) << error;
  }
}

}  // namespace
}  // namespace lv::sim
