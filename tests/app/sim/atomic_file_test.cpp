// writeFileAtomic and readFile: whole files or nothing, and one-line errors naming the path, for
// every kind of path that cannot be written or read.
#include "app/sim/atomic_file.h"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace lv::sim {
namespace {

namespace fs = std::filesystem;

// A fresh folder per test: CTest runs tests in parallel.
fs::path testFolder() {
  const auto* info = testing::UnitTest::GetInstance()->current_test_info();
  const fs::path dir = fs::path(testing::TempDir()) /
                       ("lv_atomic_" + std::string(info->name()) + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string contents(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> entries(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

TEST(AtomicFile, WritesAndReplacesWhole) {
  const fs::path dir = testFolder();
  const std::string path = (dir / "out.csv").string();
  std::string error;
  ASSERT_TRUE(writeFileAtomic(path, "first\n", &error)) << error;
  ASSERT_TRUE(writeFileAtomic(path, std::string(3 << 20, 'x'), &error)) << error;
  EXPECT_EQ(contents(path), std::string(3 << 20, 'x'));
  EXPECT_EQ(entries(dir), std::vector<std::string>{"out.csv"});  // no temporary file left
  fs::remove_all(dir);
}

TEST(AtomicFile, MissingFolderNamesThePathAndCreatesNothing) {
  const fs::path dir = testFolder();
  const std::string path = (dir / "missing" / "out.csv").string();
  std::string error;
  EXPECT_FALSE(writeFileAtomic(path, "data", &error));
  EXPECT_NE(error.find(path), std::string::npos) << error;
  EXPECT_NE(error.find("No such file or directory"), std::string::npos) << error;
  EXPECT_TRUE(entries(dir).empty());
  fs::remove_all(dir);
}

TEST(AtomicFile, PathThatIsAFolderIsRefusedAndLeftAlone) {
  const fs::path dir = testFolder();
  fs::create_directories(dir / "target");
  const std::string path = (dir / "target").string();
  std::string error;
  EXPECT_FALSE(writeFileAtomic(path, "data", &error));
  EXPECT_NE(error.find(path), std::string::npos) << error;
  EXPECT_NE(error.find("Is a directory"), std::string::npos) << error;
  EXPECT_TRUE(fs::is_directory(dir / "target"));
  EXPECT_EQ(entries(dir), std::vector<std::string>{"target"});
  EXPECT_FALSE(writeFileAtomic("", "data", &error));
  EXPECT_NE(error.find("no file name"), std::string::npos) << error;
  fs::remove_all(dir);
}

TEST(AtomicFile, ReadOnlyFolderNamesThePathAndLeavesTheOldFile) {
  const fs::path dir = testFolder();
  fs::create_directories(dir / "locked");
  const fs::path old = dir / "locked" / "scene.json";
  std::ofstream(old) << "old";
  fs::permissions(dir / "locked", fs::perms::owner_read | fs::perms::owner_exec);
  fs::path folder = dir / "locked";
  // Root (as in CI containers) writes through permission bits; sysfs refuses new files to anyone.
  if (std::ofstream(folder / "probe").good()) {
    fs::remove(folder / "probe");
    folder = "/sys";
    if (!fs::is_directory(folder)) GTEST_SKIP() << "running privileged and no /sys to stand in";
  }
  const std::string path = (folder / "scene.json").string();
  std::string error;
  EXPECT_FALSE(writeFileAtomic(path, "new", &error));
  EXPECT_NE(error.find(path), std::string::npos) << error;
  EXPECT_TRUE(error.find("Permission denied") != std::string::npos ||
              error.find("Read-only file system") != std::string::npos)
      << error;
  fs::permissions(dir / "locked", fs::perms::owner_all);
  EXPECT_EQ(contents(old), "old");
  EXPECT_EQ(entries(dir / "locked"), std::vector<std::string>{"scene.json"});
  fs::remove_all(dir);
}

TEST(AtomicFile, ReadRefusesFoldersMissingAndOversizedFiles) {
  const fs::path dir = testFolder();
  std::string bytes, error;
  EXPECT_FALSE(readFile(dir.string(), 100, bytes, &error));
  EXPECT_NE(error.find(dir.string()), std::string::npos) << error;
  EXPECT_NE(error.find("folder"), std::string::npos) << error;
  EXPECT_FALSE(readFile((dir / "nope").string(), 100, bytes, &error));
  EXPECT_NE(error.find("nope: No such file"), std::string::npos) << error;
  ASSERT_EQ(::mkfifo((dir / "fifo").c_str(), 0600), 0);  // no writer: must not block
  EXPECT_FALSE(readFile((dir / "fifo").string(), 100, bytes, &error));
  EXPECT_NE(error.find("fifo: not a regular file"), std::string::npos) << error;
  std::ofstream(dir / "big") << std::string(101, 'x');
  EXPECT_FALSE(readFile((dir / "big").string(), 100, bytes, &error));
  EXPECT_NE(error.find("big: file too large (101 bytes, limit 100)"), std::string::npos) << error;
  ASSERT_TRUE(readFile((dir / "big").string(), 101, bytes, &error)) << error;
  EXPECT_EQ(bytes, std::string(101, 'x'));
  fs::remove_all(dir);
}

}  // namespace
}  // namespace lv::sim
