// Run with a learning-rate schedule: stepped once per update, reset with the path, the lr recorded
// per row; positions equal torch's (the golden CSVs of tests/optim/golden).
#include "app/sim/run.h"

#include "tests/optim/schedule_golden.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <string>
#include <vector>

namespace lv::sim {
namespace {

namespace fs = std::filesystem;

landscapes::Formula formula(const char* text) { return *landscapes::Formula::parse(text); }

optim::Optimizer optimizer(const char* name, double lr) {
  optim::Optimizer o = *optim::Optimizer::create(name);
  EXPECT_TRUE(o.set("lr", lr));
  return o;
}

optim::ScheduleSpec schedule(const char* text) {
  std::string error;
  auto spec = optim::parseSchedule(text, &error);
  EXPECT_TRUE(spec) << error;
  return *spec;
}

TEST(RunSchedule, StepDecayHalvesTheLrEveryStepSizeUpdates) {
  // SGD on f = x^2: x_{k+1} = (1 - 2 lr_k) x_k. StepLR(step_size=2, gamma=0.5) from lr 0.1 gives
  // 0.1, 0.1, 0.05, 0.05, 0.025 for updates 0..4.
  sim::Run run(formula("x^2"), optimizer("sgd", 0.1), Vec2(1.0, 0.0));
  run.setSchedule(schedule("step:step_size=2,gamma=0.5"));
  run.advance(5);
  const Trajectory& t = run.trajectory();
  const std::vector<double> lrs = {0.1, 0.1, 0.1, 0.05, 0.05, 0.025};  // row 0: update 0's lr
  const std::vector<double> xs = {1.0, 0.8, 0.64, 0.576, 0.5184, 0.49248};
  ASSERT_EQ(t.size(), 6u);
  ASSERT_EQ(t.learningRates.size(), 6u);
  for (size_t k = 0; k < 6; ++k) {
    EXPECT_NEAR(t.learningRates[k], lrs[k], 1e-15) << k;
    EXPECT_NEAR(t.points[k].x(), xs[k], 1e-15) << k;
  }
  ASSERT_TRUE(run.schedule());
  EXPECT_EQ(optim::formatSchedule(*run.schedule()), "step:step_size=2,gamma=0.5");
}

TEST(RunSchedule, WithoutAScheduleEveryRowRecordsTheLrAsSet) {
  sim::Run run(formula("x^2"), optimizer("sgd", 0.1), Vec2(1.0, 0.0));
  run.advance(3);
  for (double lr : run.trajectory().learningRates) EXPECT_EQ(lr, 0.1);
  run.setParam("lr", 0.2, EditPolicy::FromNextStep);
  run.advance(1);
  EXPECT_EQ(run.trajectory().learningRates.back(), 0.2);
}

TEST(RunSchedule, RecomputeAndRestartStartTheScheduleOver) {
  sim::Run run(formula("x^2"), optimizer("sgd", 0.1), Vec2(1.0, 0.0));
  run.setSchedule(schedule("step:step_size=2,gamma=0.5"));
  run.advance(5);
  run.moveStart(Vec2(2.0, 0.0));  // recompute
  EXPECT_NEAR(run.trajectory().points[5].x(), 2 * 0.49248, 1e-15);
  EXPECT_NEAR(run.trajectory().learningRates[5], 0.025, 1e-15);
  run.restart();
  EXPECT_EQ(run.trajectory().learningRates.size(), 1u);
  run.advance(3);
  EXPECT_NEAR(run.trajectory().learningRates[3], 0.05, 1e-15);
  run.setSchedule(std::nullopt);  // back to the lr as set, step count kept
  EXPECT_EQ(run.trajectory().size(), 4u);
  EXPECT_EQ(run.trajectory().learningRates[3], 0.1);
}

TEST(RunSchedule, PositionsEqualTorchsForEveryGoldenSchedule) {
  // torch's SGD (momentum 0.9) and Adam with each scheduler, on f = (x - 1)^2 + 3(y + 2)^2 from
  // (-1.5, 1); golden row k is the point after update k, i.e. the run's row k + 1.
  size_t files = 0;
  for (const auto& entry : fs::directory_iterator(LV_SOURCE_DIR "/tests/optim/golden")) {
    if (entry.path().extension() != ".csv") continue;
    ++files;
    SCOPED_TRACE(entry.path().filename().string());
    const optim::test::ScheduleGolden golden = optim::test::readScheduleGolden(entry.path());
    sim::Run sgd(formula("(x - 1)^2 + 3*(y + 2)^2"), optimizer("momentum", golden.baseLr), Vec2(-1.5, 1.0));
    sim::Run adam(formula("(x - 1)^2 + 3*(y + 2)^2"), optimizer("adam", golden.baseLr), Vec2(-1.5, 1.0));
    sgd.setSchedule(schedule(golden.spec.c_str()));
    adam.setSchedule(schedule(golden.spec.c_str()));
    sgd.advance(golden.rows.size());
    adam.advance(golden.rows.size());
    ASSERT_EQ(sgd.trajectory().size(), golden.rows.size() + 1);
    ASSERT_EQ(adam.trajectory().size(), golden.rows.size() + 1);
    int failures = 0;
    for (size_t k = 0; k < golden.rows.size() && failures < 3; ++k) {
      const std::vector<double>& row = golden.rows[k];
      const Vec2& s = sgd.trajectory().points[k + 1];
      const Vec2& a = adam.trajectory().points[k + 1];
      const bool ok = optim::test::nearGolden(sgd.trajectory().learningRates[k + 1], row[1]) &&
                      optim::test::nearGolden(s.x(), row[4]) && optim::test::nearGolden(s.y(), row[5]) &&
                      optim::test::nearGolden(a.x(), row[6]) && optim::test::nearGolden(a.y(), row[7]);
      if (!ok) {
        ++failures;
        ADD_FAILURE() << "update " << k << ": sgd (" << s.x() << ", " << s.y() << ") adam (" << a.x() << ", "
                      << a.y() << ")";
      }
    }
  }
  EXPECT_GE(files, 14u);
}

}  // namespace
}  // namespace lv::sim
