// The scene file's "view3d" object: a round trip keeps the mode, camera and height scale exactly; a
// 2D scene writes no view3d; bad values are one message naming the field.
#include "app/sim/scene_json.h"

#include <gtest/gtest.h>

namespace lv::sim {
namespace {

TEST(View3dJson, RoundTripKeepsModeCameraAndHeight) {
  Scene scene = defaultScene();
  scene.view3d.mode = ViewMode::Split;
  scene.view3d.camera.yaw = -72.5;
  scene.view3d.camera.pitch = 90;
  scene.view3d.camera.distance = 2.25;
  scene.view3d.camera.target = Vec3(0.1, -0.3, 0.05);
  scene.view3d.heightScale = 1.4;
  std::string error;
  const auto back = parseScene(sceneToJson(scene), &error);
  ASSERT_TRUE(back) << error;
  EXPECT_TRUE(back->view3d == scene.view3d);
  EXPECT_EQ(back->view3d.camera.target, Vec3(0.1, -0.3, 0.05));
}

TEST(View3dJson, A2dSceneWritesNoView3d) {
  EXPECT_EQ(sceneToJson(defaultScene()).find("view3d"), std::string::npos);
  std::string error;
  const auto scene = parseScene(R"({"landscape": "saddle", "runs": [], "view3d": {"mode": "3d"}})", &error);
  ASSERT_TRUE(scene) << error;
  EXPECT_EQ(scene->view3d.mode, ViewMode::Surface);
  EXPECT_EQ(scene->view3d.camera.yaw, Camera{}.yaw);  // missing keys keep their defaults
}

TEST(View3dJson, BadValuesNameTheField) {
  const auto expectError = [](const std::string& view3d, const std::string& field) {
    std::string error;
    EXPECT_FALSE(parseScene(R"({"landscape": "saddle", "runs": [], "view3d": )" + view3d + "}", &error));
    EXPECT_NE(error.find(field), std::string::npos) << error;
  };
  expectError(R"({"mode": "4d"})", "view3d.mode");
  expectError(R"({"pitch": 120})", "view3d.pitch");
  expectError(R"({"distance": 0})", "view3d.distance");
  expectError(R"({"target": [0, 0]})", "view3d.target");
  expectError(R"({"zoom": 2})", "zoom");
  expectError(R"([1])", "view3d");
}

}  // namespace
}  // namespace lv::sim
