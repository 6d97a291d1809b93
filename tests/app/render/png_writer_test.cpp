// writePng: writes a decodable file; fails cleanly, with no partial file, where it cannot.
#include "app/render/png_writer.h"

#include <gtest/gtest.h>

#include <unistd.h>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>

namespace lv::render {
namespace {

bool exists(const std::string& path) { return std::ifstream(path).good(); }

TEST(PngWriter, WritesAPngSignature) {
  const std::string path = testing::TempDir() + "lv_png_writer_test.png";
  std::vector<std::uint8_t> pixels(4 * 3 * 4, 200);
  std::string error;
  ASSERT_TRUE(writePng(path, pixels, 4, 3, &error)) << error;
  std::ifstream in(path, std::ios::binary);
  std::string head(8, '\0');
  in.read(head.data(), 8);
  EXPECT_EQ(head, std::string("\x89PNG\r\n\x1a\n", 8));
  EXPECT_FALSE(exists(path + ".tmp"));
  std::remove(path.c_str());
}

TEST(PngWriter, MissingFolderIsAClearError) {
  const std::string path = "/nonexistent-folder-lv/out.png";
  std::vector<std::uint8_t> pixels(4, 0);
  std::string error;
  EXPECT_FALSE(writePng(path, pixels, 1, 1, &error));
  EXPECT_NE(error.find(path), std::string::npos) << error;
  EXPECT_NE(error.find("No such file"), std::string::npos) << error;
  EXPECT_FALSE(exists(path));
}

TEST(PngWriter, UnwritablePathsNameThePathAndLeaveNothing) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::path(testing::TempDir()) / ("lv_png_unwritable_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "a_folder");
  std::vector<std::uint8_t> pixels(4, 0);
  std::string error;
  // A path that is a folder: the folder stays, no temporary file is left beside it.
  const std::string folder = (dir / "a_folder").string();
  EXPECT_FALSE(writePng(folder, pixels, 1, 1, &error));
  EXPECT_NE(error.find(folder), std::string::npos) << error;
  EXPECT_TRUE(fs::is_directory(folder));
  // Read-only: sysfs refuses new files even to root (permission bits do not stop root).
  if (fs::is_directory("/sys")) {
    EXPECT_FALSE(writePng("/sys/lossviz_png_test.png", pixels, 1, 1, &error));
    EXPECT_NE(error.find("/sys/lossviz_png_test.png"), std::string::npos) << error;
  }
  size_t entries = 0;
  for (const auto& entry : fs::directory_iterator(dir))
    entries += entry.path().filename() == "a_folder" ? 1 : 100;
  EXPECT_EQ(entries, 1u);
  fs::remove_all(dir);
}

TEST(PngWriter, RejectsMismatchedBuffer) {
  std::string error;
  EXPECT_FALSE(writePng(testing::TempDir() + "x.png", std::vector<std::uint8_t>(3), 1, 1, &error));
  EXPECT_FALSE(error.empty());
}

}  // namespace
}  // namespace lv::render
