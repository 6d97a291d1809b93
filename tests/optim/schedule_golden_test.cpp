// Every schedule against torch.optim.lr_scheduler 1.13 over 600 updates: the golden CSVs written by
// scripts/torch_schedules.py (torch's SGD with momentum 0.9 and Adam, float64, on
// f = (x − 1)² + 3(y + 2)²). The lr, the cycled momentum / beta1 and both trajectories agree to 1e-9
// relative.
#include "optim/schedule.h"
#include "tests/optim/schedule_golden.h"
#include "tests/optim/test_util.h"

#include <filesystem>
#include <string>
#include <vector>

namespace lv::optim {
namespace {

namespace fs = std::filesystem;

TEST(ScheduleGolden, EveryScheduleMatchesTorch) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(LV_GOLDEN_DIR)) {
    if (entry.path().extension() == ".csv") files.push_back(entry.path());
  }
  ASSERT_GE(files.size(), scheduleInfos().size());
  std::vector<bool> covered(scheduleInfos().size(), false);
  for (const fs::path& file : files) {
    SCOPED_TRACE(file.filename().string());
    const test::ScheduleGolden golden = test::readScheduleGolden(file);
    std::string error;
    const std::optional<ScheduleSpec> spec = parseSchedule(golden.spec, &error);
    ASSERT_TRUE(spec) << error;
    covered[static_cast<size_t>(spec->kind)] = true;
    ASSERT_GE(golden.rows.size(), 500u);
    Schedule sgdSchedule(*spec), adamSchedule(*spec);
    Optimizer sgd = test::make("momentum", {{"lr", golden.baseLr}});
    Optimizer adam = test::make("adam", {{"lr", golden.baseLr}});
    Vec2 sgdPoint(-1.5, 1.0), adamPoint(-1.5, 1.0);
    int failures = 0;
    for (const std::vector<double>& row : golden.rows) {
      const StepOverrides forSgd = sgdSchedule.next(*sgd.get("lr"));
      const StepOverrides forAdam = adamSchedule.next(*adam.get("lr"));
      sgdPoint =
          sgd.step(sgdPoint, Vec2(2 * (sgdPoint.x() - 1), 6 * (sgdPoint.y() + 2)), Mat2::Zero(), forSgd);
      adamPoint =
          adam.step(adamPoint, Vec2(2 * (adamPoint.x() - 1), 6 * (adamPoint.y() + 2)), Mat2::Zero(), forAdam);
      const bool ok = test::nearGolden(*forSgd.lr, row[1]) &&
                      test::nearGolden(forSgd.momentum.value_or(0.9), row[2]) &&
                      test::nearGolden(forAdam.beta1.value_or(0.9), row[3]) &&
                      test::nearGolden(sgdPoint.x(), row[4]) && test::nearGolden(sgdPoint.y(), row[5]) &&
                      test::nearGolden(adamPoint.x(), row[6]) && test::nearGolden(adamPoint.y(), row[7]);
      if (!ok && ++failures <= 3) {
        ADD_FAILURE() << "update " << row[0] << ": lr " << *forSgd.lr << " vs " << row[1] << ", momentum "
                      << forSgd.momentum.value_or(0.9) << " vs " << row[2] << ", beta1 "
                      << forAdam.beta1.value_or(0.9) << " vs " << row[3] << ", sgd (" << sgdPoint.x() << ", "
                      << sgdPoint.y() << ") vs (" << row[4] << ", " << row[5] << "), adam (" << adamPoint.x()
                      << ", " << adamPoint.y() << ") vs (" << row[6] << ", " << row[7] << ")";
      }
    }
    EXPECT_EQ(failures, 0);
  }
  for (size_t i = 0; i < covered.size(); ++i) EXPECT_TRUE(covered[i]) << scheduleInfos()[i].name;
}

}  // namespace
}  // namespace lv::optim
