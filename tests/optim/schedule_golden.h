// The golden CSVs of torch's schedulers (tests/optim/golden, written by scripts/torch_schedules.py):
// one reader for every test that compares against them.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace lv::optim::test {

/// One golden file: the schedule's text form, the base lr, and per update k (0, 1, ...) the row
/// k, lr, sgd_momentum, adam_beta1, sgd_x, sgd_y, adam_x, adam_y (the points after update k).
struct ScheduleGolden {
  std::string spec;
  double baseLr = 0;
  std::vector<std::vector<double>> rows;
};

inline ScheduleGolden readScheduleGolden(const std::filesystem::path& file) {
  ScheduleGolden golden;
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
inline ::testing::AssertionResult nearGolden(double actual, double expected) {
  const double tolerance = 1e-9 * std::max(std::abs(expected), 1e-3);
  if (std::abs(actual - expected) <= tolerance) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "actual " << actual << " vs torch " << expected;
}

}  // namespace lv::optim::test
