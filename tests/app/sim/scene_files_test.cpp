// Scenes on disk: save and load round trip, failures that name the path and leave nothing behind,
// and the size limit.
#include "app/sim/atomic_file.h"
#include "app/sim/scene_json.h"

#include <gtest/gtest.h>

#include <unistd.h>
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace lv::sim {
namespace {

// A fresh folder per test: CTest runs tests in parallel.
std::filesystem::path testFolder() {
  const auto* info = testing::UnitTest::GetInstance()->current_test_info();
  const auto dir = std::filesystem::path(testing::TempDir()) /
                   ("lv_scene_" + std::string(info->name()) + "_" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

TEST(Scene, SaveAndLoadRoundTripThroughAFile) {
  const auto dir = testFolder();
  const std::string path = (dir / "scene.json").string();
  Scene scene = defaultScene();
  scene.landscape = *landscapes::resolveLandscape("1/(x*x + y*y + 1) - exp(-x^2)");
  scene.view = landscapes::Rect{-3.5, 2.25, -1, 1e-3};
  scene.steps = 77;
  ASSERT_TRUE(scene.runs[0].optimizer.set("lr", 1.0 / 3.0));
  scene.runs[2].start = optim::Vec2(1e300, -0.1);
  std::string error;
  ASSERT_TRUE(saveScene(path, scene, &error)) << error;
  auto loaded = loadScene(path, &error);
  ASSERT_TRUE(loaded) << error;
  EXPECT_EQ(sceneToJson(*loaded), sceneToJson(scene));
  EXPECT_EQ(*loaded->runs[0].optimizer.get("lr"), 1.0 / 3.0);  // 17 digits survive the text
  EXPECT_EQ(loaded->runs[2].start.x(), 1e300);
  std::filesystem::remove_all(dir);
}

TEST(Scene, SaveFailuresNameThePathAndLeaveNothing) {
  const auto dir = testFolder();
  std::string error;
  EXPECT_FALSE(saveScene((dir / "missing_dir" / "s.json").string(), defaultScene(), &error));
  EXPECT_NE(error.find((dir / "missing_dir" / "s.json").string()), std::string::npos) << error;
  EXPECT_FALSE(std::filesystem::exists(dir / "missing_dir"));
  std::filesystem::create_directories(dir / "a_folder");
  EXPECT_FALSE(saveScene((dir / "a_folder").string(), defaultScene(), &error));
  EXPECT_NE(error.find("a_folder: Is a directory"), std::string::npos) << error;
  size_t count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    EXPECT_EQ(entry.path().filename().string(), "a_folder");  // no temp left
    ++count;
  }
  EXPECT_EQ(count, 1u);
  std::filesystem::remove_all(dir);
}

TEST(Scene, LoadFailuresNameThePath) {
  const auto dir = testFolder();
  std::string error;
  EXPECT_FALSE(loadScene((dir / "nope.json").string(), &error));
  EXPECT_NE(error.find("nope.json: No such file"), std::string::npos) << error;
  EXPECT_FALSE(loadScene(dir.string(), &error));
  EXPECT_NE(error.find(dir.string()), std::string::npos) << error;
  // Bad content: the path, then the field.
  std::ofstream(dir / "bad.json")
      << R"({"landscape": "booth", "runs": [{"optimizer": "adam", "start": [0, 0]}, {"optimizer": "sgd", "params": {"lr": -1}, "start": [1, 1]}]})";
  EXPECT_FALSE(loadScene((dir / "bad.json").string(), &error));
  EXPECT_EQ(error.rfind((dir / "bad.json").string() + ": runs[1].params.lr: ", 0), 0u) << error;
  std::filesystem::remove_all(dir);
}

TEST(Scene, FilesOverOneMebibyteAreRefusedNamingTheSize) {
  const auto dir = testFolder();
  // Valid JSON padded with spaces: refused for its size before it is parsed.
  std::string big =
      std::string(R"({"landscape": "booth", "steps": 10, "runs": [{"optimizer": "adam", "start": [0, 0]}]})");
  big.insert(1, std::string((1u << 20) + 100 - big.size(), ' '));
  ASSERT_EQ(big.size(), (1u << 20) + 100);
  std::ofstream(dir / "big.json") << big;
  std::string error;
  EXPECT_FALSE(loadScene((dir / "big.json").string(), &error));
  EXPECT_NE(error.find("big.json: file too large (1048676 bytes, limit 1048576)"), std::string::npos)
      << error;
  // Just under the limit is fine.
  big.erase(1, 200);
  std::ofstream(dir / "ok.json") << big;
  EXPECT_TRUE(loadScene((dir / "ok.json").string(), &error)) << error;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace lv::sim
