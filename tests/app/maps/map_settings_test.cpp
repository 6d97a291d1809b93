// The scene file's "map" object: every setting survives a save and a load, errors name the field,
// unknown keys are rejected like the rest of the scene, and the axis syntax is the CLI's.
#include "app/sim/map_settings.h"
#include "app/sim/scene_json.h"
#include "app/sim/session.h"

#include <gtest/gtest.h>

namespace lv::sim {
namespace {

Scene momentumScene() {
  Scene scene;
  RunSpec run;
  run.optimizer = *optim::Optimizer::create("momentum");
  scene.runs.push_back(run);
  run.optimizer = *optim::Optimizer::create("adam");
  scene.runs.push_back(run);
  return scene;
}

std::string withMap(const std::string& map) {
  return R"({"landscape": "himmelblau", "runs": [{"optimizer": "momentum", "start": [0, 0]}], "map": )" +
         map + "}";
}

std::string errorOf(const std::string& text) {
  std::string error;
  EXPECT_FALSE(parseScene(text, &error)) << text;
  return error;
}

TEST(MapSettings, EverySettingRoundTripsThroughTheSceneFile) {
  Scene scene = momentumScene();
  MapSettings map;
  map.show = true;
  map.mode = MapMode::Hyperparameters;
  map.run = 1;
  map.xAxis = MapAxis{"lr", 1e-4, 0.3, true};
  map.yAxis = MapAxis{"beta1", 0.1, 0.999, false};
  map.steps = 321;
  map.tolerance = 2.5e-7;
  map.coloring = MapColoring::Loss;
  map.opacity = 0.4;
  map.resolution = 300;
  scene.map = map;
  std::string error;
  const auto loaded = parseScene(sceneToJson(scene), &error);
  ASSERT_TRUE(loaded) << error;
  ASSERT_TRUE(loaded->map);
  EXPECT_EQ(*loaded->map, map);
  // And through the live session the window edits.
  EXPECT_EQ(Session::fromScene(*loaded).toScene().map, map);
}

TEST(MapSettings, ASceneWithoutAMapHasNone) {
  std::string error;
  const auto loaded = parseScene(sceneToJson(momentumScene()), &error);
  ASSERT_TRUE(loaded) << error;
  EXPECT_FALSE(loaded->map);
  EXPECT_EQ(sceneToJson(*loaded).find("\"map\""), std::string::npos);
}

TEST(MapSettings, BadFieldsAreNamed) {
  EXPECT_NE(errorOf(withMap(R"({"color": "basin"})")).find("map."), std::string::npos);
  EXPECT_NE(errorOf(withMap(R"({"mode": "phase"})")).find("map.mode"), std::string::npos);
  EXPECT_NE(errorOf(withMap(R"({"run": 1})")).find("map.run"), std::string::npos);
  EXPECT_NE(errorOf(withMap(R"({"x_param": "beta1:0:1"})")).find("map.x_param"), std::string::npos);
  EXPECT_NE(errorOf(withMap(R"({"x_param": "momentum:0:0.9:log"})")).find("LO > 0"), std::string::npos);
  EXPECT_NE(errorOf(withMap(R"({"x_param": "lr:0.1:1", "y_param": "lr:0.1:1"})")).find("map.y_param"),
            std::string::npos);
  EXPECT_NE(errorOf(withMap(R"({"opacity": 1.5})")).find("map.opacity"), std::string::npos);
  EXPECT_NE(errorOf(withMap(R"({"steps": 0})")).find("map.steps"), std::string::npos);
  EXPECT_NE(errorOf(withMap(R"({"coloring": "rainbow"})")).find("map.coloring"), std::string::npos);
  EXPECT_NE(errorOf(withMap("[]")).find("map"), std::string::npos);
}

TEST(MapSettings, AxisTextRoundTrips) {
  const optim::OptimizerInfo& info = *optim::findOptimizerInfo("momentum");
  const MapAxis axis{"lr", 0.1 / 3, 2.0 / 3, true};
  std::string error;
  const auto parsed = parseMapAxis(formatMapAxis(axis), info, "axis", &error);
  ASSERT_TRUE(parsed) << error;
  EXPECT_EQ(*parsed, axis);
}

}  // namespace
}  // namespace lv::sim
