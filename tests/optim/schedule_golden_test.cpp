// Every schedule against torch.optim.lr_scheduler 1.13 over 600 updates: the golden CSVs written by
// scripts/torch_schedules.py (torch's SGD with momentum 0.9 and Adam, float64, on
// f = (x − 1)² + 3(y + 2)²). The lr, the cycled momentum / beta1 and both trajectories agree to 1e-9
// relative.
#include "optim/schedule.h"
#include "tests/optim/test_util.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace lv::optim {
namespace {

namespace fs = std::filesystem;

struct Golden {
  std::string spec;
  double baseLr = 0;
  std::vector<std::vector<double>> rows;  // k, lr, sgd_momentum, adam_beta1, sgd_x, sgd_y, adam_x, adam_y
};

Golden readGolden(const fs::path& file) {
  Golden golden;
  std::ifstream in(file);
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("# schedule=", 0) == 0) golden.spec = line.substr(11);
    if (line.rfind("# lr=", 0) == 0) golden.baseLr = std::stod(line.substr(5));
    if (line.empty() || line[0] == '#' || line[0] == 'k') continue;
    std::vector<double> row;
    std::stringstream cells(line);
    std::string cell;
    while (std::getline(cells, cell, ',')) row.push_back(std::stod(cell));
    golden.rows.push_back(row);
  }
  return golden;
}

/// Relative 1e-9, measured against at least 1e-3 so that a coordinate crossing 0 is not held to
/// 1e-9 of nothing.
::testing::AssertionResult near(double actual, double expected) {
  const double tolerance = 1e-9 * std::max(std::abs(expected), 1e-3);
  if (std::abs(actual - expected) <= tolerance) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "actual " << actual << " vs torch " << expected;
}

TEST(ScheduleGolden, EveryScheduleMatchesTorch) {
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(LV_GOLDEN_DIR)) {
    if (entry.path().extension() == ".csv") files.push_back(entry.path());
  }
  ASSERT_GE(files.size(), scheduleInfos().size());
  std::vector<bool> covered(scheduleInfos().size(), false);
  for (const fs::path& file : files) {
    SCOPED_TRACE(file.filename().string());
    const Golden golden = readGolden(file);
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
      const bool ok = near(*forSgd.lr, row[1]) && near(forSgd.momentum.value_or(0.9), row[2]) &&
                      near(forAdam.beta1.value_or(0.9), row[3]) && near(sgdPoint.x(), row[4]) &&
                      near(sgdPoint.y(), row[5]) && near(adamPoint.x(), row[6]) &&
                      near(adamPoint.y(), row[7]);
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
