// Export paths: joined folders, timestamped names, and names that never replace an existing file.
#include "app/sim/paths.h"

#include <gtest/gtest.h>

#include <unistd.h>
#include <filesystem>
#include <fstream>

namespace lv::sim {
namespace {

TEST(Paths, JoinAndTimestamp) {
  EXPECT_EQ(joinPath(".", "a.png"), "a.png");
  EXPECT_EQ(joinPath("", "a.png"), "a.png");
  EXPECT_EQ(joinPath("/tmp", "a.png"), "/tmp/a.png");
  EXPECT_EQ(joinPath("/tmp/", "a.png"), "/tmp/a.png");
  const std::string name = timestampedName(".png", std::time(nullptr));
  EXPECT_EQ(name.rfind("lossviz-", 0), 0u);
  EXPECT_EQ(name.size(), std::string("lossviz-20260101-120000.png").size());
}

TEST(Paths, ExportsInOneSecondGetDistinctNamesAndNothingIsReplaced) {
  const auto dir = std::filesystem::path(testing::TempDir()) / ("lv_paths_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const std::time_t when = std::time(nullptr);
  const std::string first = uniqueExportPath(dir.string(), ".png", when);
  EXPECT_EQ(first, (dir / timestampedName(".png", when)).string());
  std::ofstream(first) << "first";
  const std::string second = uniqueExportPath(dir.string(), ".png", when);
  EXPECT_EQ(second, (dir / timestampedName("-2.png", when)).string());
  std::ofstream(second) << "second";
  const std::string third = uniqueExportPath(dir.string(), ".png", when);
  EXPECT_EQ(third, (dir / timestampedName("-3.png", when)).string());
  // Another extension is another name.
  EXPECT_EQ(uniqueExportPath(dir.string(), ".csv", when), (dir / timestampedName(".csv", when)).string());
  std::ifstream in(first);
  std::string content;
  in >> content;
  EXPECT_EQ(content, "first");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace lv::sim
