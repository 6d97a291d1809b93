// Scene JSON: round trip, and every kind of bad file rejected with a message naming the field.
#include "app/sim/scene.h"

#include "app/sim/atomic_file.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>

namespace lv::sim {
namespace {

std::string errorOf(const std::string& json) {
  std::string error;
  EXPECT_FALSE(parseScene(json, &error).has_value()) << json;
  return error;
}

const char* kValid = R"({"landscape": "rosenbrock", "runs": [{"optimizer": "adam", "start": [-1, 2]}]})";

TEST(Scene, MinimalFileUsesDefaults) {
  std::string error;
  auto scene = parseScene(kValid, &error);
  ASSERT_TRUE(scene) << error;
  EXPECT_EQ(scene->landscape, "rosenbrock");
  ASSERT_EQ(scene->runs.size(), 1u);
  EXPECT_EQ(scene->runs[0].optimizer, "adam");
  EXPECT_EQ(scene->runs[0].start, optim::Vec2(-1, 2));
  EXPECT_FALSE(scene->view.has_value());
  EXPECT_EQ(scene->colors.colormap, "viridis");
}

TEST(Scene, RoundTripKeepsEveryField) {
  Scene scene = defaultScene();
  scene.landscape = "sin(x)*y^2";
  scene.view = landscapes::Rect{-2, 3, -1, 4};
  scene.colors = {"magma", false, 7};
  scene.steps = 123;
  scene.stepLimit = 999;
  scene.stepsPerSecond = 250;
  scene.restartOnChange = false;
  scene.runs[1].params = {{"lr", 0.25}, {"momentum", 0.5}};
  scene.runs[2].visible = false;
  scene.runs[3].color = {1.0f, 0.0f, 0.2f, 1.0f};
  std::string error;
  auto back = parseScene(sceneToJson(scene), &error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(sceneToJson(*back), sceneToJson(scene));
  EXPECT_EQ(back->landscape, "sin(x)*y^2");
  EXPECT_EQ(back->view->xmax, 3);
  EXPECT_EQ(back->colors.colormap, "magma");
  EXPECT_FALSE(back->colors.logScale);
  EXPECT_EQ(back->steps, 123u);
  EXPECT_FALSE(back->restartOnChange);
  EXPECT_EQ(back->runs[1].params[1].second, 0.5);
  EXPECT_FALSE(back->runs[2].visible);
  EXPECT_NEAR(back->runs[3].color[2], 0.2f, 0.003f);
}

TEST(Scene, BadFilesNameTheField) {
  EXPECT_NE(errorOf("{not json").find("not valid JSON"), std::string::npos);
  EXPECT_NE(errorOf("[1, 2]").find("top level"), std::string::npos);
  EXPECT_EQ(errorOf(R"({"runs": []})"), "landscape: missing field");
  EXPECT_EQ(errorOf(R"({"landscape": "rosenbrock"})"), "runs: missing field");
  EXPECT_EQ(errorOf(R"({"landscape": 3, "runs": []})"), "landscape: expected a string, got number");
  EXPECT_NE(errorOf(R"({"landscape": "x +* y", "runs": []})").find("landscape: formula error at column"), std::string::npos);
  EXPECT_NE(errorOf(R"({"landscape": "booth", "runs": [{"optimizer": "adamm", "start": [0, 0]}]})")
                .find("runs[0].optimizer: unknown optimizer 'adamm' (valid: "),
            std::string::npos);
  EXPECT_NE(errorOf(R"({"landscape": "booth", "runs": [{"optimizer": "adam", "params": {"beta1": 1.5}, "start": [0, 0]}]})")
                .find("runs[0].params.beta1: "),
            std::string::npos);
  EXPECT_NE(errorOf(R"({"landscape": "booth", "runs": [{"optimizer": "adam", "params": {"lrr": 1}, "start": [0, 0]}]})")
                .find("runs[0].params.lrr: "),
            std::string::npos);
  EXPECT_EQ(errorOf(R"({"landscape": "booth", "runs": [{"optimizer": "adam"}]})"), "runs[0].start: missing field");
  EXPECT_EQ(errorOf(R"({"landscape": "booth", "runs": [{"optimizer": "adam", "start": [0]}]})"), "runs[0].start: expected [x, y]");
  EXPECT_EQ(errorOf(R"({"landscape": "booth", "runs": [{"optimizer": "adam", "start": [0, "a"]}]})"),
            "runs[0].start[1]: expected a number, got string");
  EXPECT_NE(errorOf(R"({"landscape": "booth", "runs": [{"optimizer": "adam", "start": [0, 0], "color": "red"}]})")
                .find("runs[0].color: expected a colour"),
            std::string::npos);
  EXPECT_EQ(errorOf(R"({"landscape": "booth", "view": {"xmin": 1, "xmax": 0, "ymin": 0, "ymax": 1}, "runs": []})"),
            "view: empty rectangle (need xmin < xmax and ymin < ymax)");
  EXPECT_NE(errorOf(R"({"landscape": "booth", "colors": {"colormap": "jet"}, "runs": []})").find("colors.colormap: unknown colormap 'jet'"),
            std::string::npos);
  EXPECT_EQ(errorOf(R"({"landscape": "booth", "steps_per_second": 0, "runs": []})"), "steps_per_second: 0 out of range [1, 5000]");
  EXPECT_NE(errorOf(R"({"landscape": "booth", "runs": [], "colour": 1})").find("colour: unknown field"), std::string::npos);
}

TEST(Scene, SaveIsAtomicAndFailsCleanly) {
  const auto dir = std::filesystem::temp_directory_path() / "lossviz_scene_test";
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "scene.json").string();
  std::string error;
  ASSERT_TRUE(saveScene(path, defaultScene(), &error)) << error;
  auto loaded = loadScene(path, &error);
  ASSERT_TRUE(loaded) << error;
  EXPECT_EQ(loaded->runs.size(), 4u);
  EXPECT_FALSE(saveScene((dir / "missing_dir" / "s.json").string(), defaultScene(), &error));
  EXPECT_NE(error.find("missing_dir"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(dir / "missing_dir"));
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    EXPECT_EQ(entry.path().filename().string().find(".tmp"), std::string::npos);  // no temp left
  EXPECT_FALSE(loadScene((dir / "nope.json").string(), &error));
  EXPECT_NE(error.find("nope.json"), std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST(Scene, ShippedScenesAllLoad) {
  const auto dir = std::filesystem::path(LV_SOURCE_DIR) / "assets" / "scenes";
  size_t count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::string error;
    EXPECT_TRUE(loadScene(entry.path().string(), &error)) << error;
    ++count;
  }
  EXPECT_GE(count, 6u);
}

}  // namespace
}  // namespace lv::sim
