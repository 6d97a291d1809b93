// A scene's data settings: round trip through JSON, validation naming the field, and the gradient
// source they resolve to.
#include "app/sim/scene_data.h"

#include "app/sim/atomic_file.h"
#include "landscapes/checksum.h"

#include <gtest/gtest.h>

#include <unistd.h>

namespace lv::sim {
namespace {

std::string fieldError(const std::string& text) {
  try {
    parseSceneData(json::Json::parse(text));
  } catch (const json::FieldError& e) {
    return e.message;
  }
  return "";
}

TEST(SceneData, CatalogSettingsRoundTrip) {
  SceneData d;
  d.catalog = "linear_regression";
  d.params = {40, 0.25, 9};
  d.standardize = true;
  d.batch = {8, landscapes::Sampling::Replace, true};
  d.seed = 123456789;
  d.noise = 0.5;
  const SceneData back = parseSceneData(json::Json::parse(sceneDataToJson(d).dump()));
  EXPECT_TRUE(back == d);
}

TEST(SceneData, CsvSettingsRoundTripAndResolve) {
  const std::string path = ::testing::TempDir() + "lv_scene_data_" + std::to_string(::getpid()) + ".csv";
  const std::string text = "u,t\n1,1\n2,3\n";
  ASSERT_TRUE(writeFileAtomic(path, text, nullptr));
  SceneData d;
  d.csvPath = path;
  d.csvChecksum = landscapes::fnv1a64Hex(text);
  d.loss = "(x*u + y - t)^2";
  d.batch.batch = 0;  // all rows
  const SceneData back = parseSceneData(json::Json::parse(sceneDataToJson(d).dump()));
  EXPECT_TRUE(back == d);
  std::string error;
  auto source = gradientSourceFor(back, &error);
  ASSERT_TRUE(source) << error;
  EXPECT_FALSE(source->stochastic());  // full batch, no noise
  // f(0, 0) = ((0 − 1)² + (0 − 3)²)/2 = 5.
  Eigen::Vector2d g;
  EXPECT_EQ(source->data()->valueAndGradient(Eigen::Vector2d(0, 0), g), 5.0);

  d.csvChecksum = "0000000000000000";
  EXPECT_FALSE(gradientSourceFor(d, &error));
  EXPECT_NE(error.find("checksum"), std::string::npos) << error;
  d.csvChecksum = landscapes::fnv1a64Hex(text);
  d.batch.batch = 3;
  EXPECT_FALSE(gradientSourceFor(d, &error));
  EXPECT_EQ(error, "data.batch: 3 exceeds the 2 rows");
  d.batch.batch = 1;
  d.loss = "x*q";
  EXPECT_FALSE(gradientSourceFor(d, &error));
  EXPECT_EQ(error.rfind("data.loss: column 3", 0), 0u) << error;
}

TEST(SceneData, BadFieldsAreNamed) {
  EXPECT_EQ(fieldError(R"({"catalog": "nope"})"), "data.catalog: unknown data landscape 'nope'");
  EXPECT_EQ(fieldError(R"({"catalog": "linear_regression", "csv": "a.csv"})").rfind("data: ", 0), 0u);
  EXPECT_EQ(fieldError(R"({})").rfind("data: ", 0), 0u);
  EXPECT_NE(fieldError(R"({"catalog": "linear_regression", "sampling": "sometimes"})").find("data.sampling"),
            std::string::npos);
  EXPECT_NE(fieldError(R"({"catalog": "linear_regression", "noise": -1})").find("data.noise"),
            std::string::npos);
  EXPECT_NE(fieldError(R"({"catalog": "linear_regression", "batch": 1.5})").find("data.batch"),
            std::string::npos);
  EXPECT_NE(fieldError(R"({"catalog": "linear_regression", "rows": 0})").find("data.rows"),
            std::string::npos);
  EXPECT_NE(fieldError(R"({"catalog": "linear_regression", "colour": 1})").find("colour"), std::string::npos);
  EXPECT_NE(fieldError(R"({"csv": "a.csv", "checksum": "00", "loss": ""})").find("data.loss"),
            std::string::npos);
}

}  // namespace
}  // namespace lv::sim
