// Scene JSON: round trip, and every kind of bad file rejected with a message naming the field.
#include "app/sim/scene_json.h"

#include "app/sim/atomic_file.h"

#include <gtest/gtest.h>

#include <unistd.h>
#include <cstdio>
#include <filesystem>
#include <fstream>

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
  EXPECT_EQ(scene->landscape.name, "rosenbrock");
  ASSERT_EQ(scene->runs.size(), 1u);
  EXPECT_EQ(scene->runs[0].optimizer.name(), "adam");
  EXPECT_EQ(scene->runs[0].start, optim::Vec2(-1, 2));
  EXPECT_FALSE(scene->view.has_value());
  EXPECT_EQ(scene->colors.colormap, "viridis");
}

TEST(Scene, RoundTripKeepsEveryField) {
  Scene scene = defaultScene();
  scene.landscape = *landscapes::resolveLandscape("sin(x)*y^2");
  scene.view = landscapes::Rect{-2, 3, -1, 4};
  scene.colors = {"magma", false, 7, true, ColorRange{-1, 9, 0.5}};
  scene.steps = 123;
  scene.stepLimit = 999;
  scene.stepsPerSecond = 250;
  scene.restartOnChange = false;
  ASSERT_TRUE(scene.runs[1].optimizer.set("lr", 0.25));
  ASSERT_TRUE(scene.runs[1].optimizer.set("momentum", 0.5));
  scene.runs[1].edits = {{5, 0, 0.5}, {9, 1, 0.25}};
  scene.runs[1].label = "heavy ball";
  scene.runs[2].visible = false;
  scene.runs[3].color = {1.0f, 0.0f, 0.2f, 1.0f};
  std::string error;
  auto back = parseScene(sceneToJson(scene), &error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(sceneToJson(*back), sceneToJson(scene));
  EXPECT_EQ(back->landscape.name, "sin(x)*y^2");
  EXPECT_FALSE(back->landscape.isCatalog);
  EXPECT_EQ(back->view->xmax, 3);
  EXPECT_EQ(back->colors.colormap, "magma");
  EXPECT_FALSE(back->colors.logScale);
  EXPECT_EQ(back->steps, 123u);
  EXPECT_FALSE(back->restartOnChange);
  EXPECT_EQ(*back->runs[1].optimizer.get("momentum"), 0.5);
  EXPECT_EQ(back->runs[1].edits, scene.runs[1].edits);
  EXPECT_EQ(back->runs[1].label, "heavy ball");
  EXPECT_FALSE(back->runs[2].visible);
  EXPECT_NEAR(back->runs[3].color[2], 0.2f, 0.003f);
}

TEST(Scene, BadFilesNameTheField) {
  EXPECT_NE(errorOf("{not json").find("not valid JSON"), std::string::npos);
  EXPECT_NE(errorOf("[1, 2]").find("top level"), std::string::npos);
  EXPECT_EQ(errorOf(R"({"runs": []})"), "landscape: missing field");
  EXPECT_EQ(errorOf(R"({"landscape": "rosenbrock"})"), "runs: missing field");
  EXPECT_EQ(errorOf(R"({"landscape": 3, "runs": []})"), "landscape: expected a string, got number");
  EXPECT_NE(errorOf(R"({"landscape": "x +* y", "runs": []})").find("landscape: formula error at column"),
            std::string::npos);
  EXPECT_NE(errorOf(R"({"landscape": "booth", "runs": [{"optimizer": "adamm", "start": [0, 0]}]})")
                .find("runs[0].optimizer: unknown optimizer 'adamm' (valid: "),
            std::string::npos);
  EXPECT_NE(
      errorOf(
          R"({"landscape": "booth", "runs": [{"optimizer": "adam", "params": {"beta1": 1.5}, "start": [0, 0]}]})")
          .find("runs[0].params.beta1: "),
      std::string::npos);
  EXPECT_NE(
      errorOf(
          R"({"landscape": "booth", "runs": [{"optimizer": "adam", "params": {"lrr": 1}, "start": [0, 0]}]})")
          .find("runs[0].params.lrr: "),
      std::string::npos);
  EXPECT_EQ(errorOf(R"({"landscape": "booth", "runs": [{"optimizer": "adam"}]})"),
            "runs[0].start: missing field");
  EXPECT_EQ(errorOf(R"({"landscape": "booth", "runs": [{"optimizer": "adam", "start": [0]}]})"),
            "runs[0].start: expected [x, y]");
  EXPECT_EQ(errorOf(R"({"landscape": "booth", "runs": [{"optimizer": "adam", "start": [0, "a"]}]})"),
            "runs[0].start[1]: expected a number, got string");
  EXPECT_NE(
      errorOf(R"({"landscape": "booth", "runs": [{"optimizer": "adam", "start": [0, 0], "color": "red"}]})")
          .find("runs[0].color: expected a colour"),
      std::string::npos);
  EXPECT_EQ(
      errorOf(R"({"landscape": "booth", "view": {"xmin": 1, "xmax": 0, "ymin": 0, "ymax": 1}, "runs": []})"),
      "view: empty rectangle (need xmin < xmax and ymin < ymax)");
  EXPECT_NE(errorOf(R"({"landscape": "booth", "colors": {"colormap": "jet"}, "runs": []})")
                .find("colors.colormap: unknown colormap 'jet'"),
            std::string::npos);
  EXPECT_EQ(errorOf(R"({"landscape": "booth", "steps_per_second": 0, "runs": []})"),
            "steps_per_second: 0 out of range [1, 5000]");
  EXPECT_NE(errorOf(R"({"landscape": "booth", "runs": [], "colour": 1})").find("colour: unknown field"),
            std::string::npos);
}

// A valid scene with one field replaced by `value` (raw JSON text).
std::string sceneWith(const std::string& field, const std::string& value) {
  std::string runs =
      R"([{"optimizer": "adam", "start": [0, 0]}, {"optimizer": "sgd", "params": {"lr": 0.01}, "start": [1, 1]}])";
  std::string json = R"({"landscape": "booth", "steps": 10, "runs": )" + runs + "}";
  const size_t at = json.find("\"" + field + "\": ");
  if (at != std::string::npos) {
    const size_t begin = at + field.size() + 4;
    size_t end = begin, depth = 0;
    for (; end < json.size(); ++end) {
      const char c = json[end];
      if (c == '[' || c == '{') ++depth;
      if (c == ']' || c == '}') {
        if (depth == 0) break;
        --depth;
      }
      if (c == ',' && depth == 0) break;
    }
    return json.substr(0, begin) + value + json.substr(end);
  }
  return json.substr(0, json.size() - 1) + ", \"" + field + "\": " + value + "}";
}

TEST(Scene, NotJsonGivesLineAndColumn) {
  EXPECT_EQ(errorOf("{\n  \"landscape\": \"booth\",\n  runs: []\n}")
                .rfind("not valid JSON at line 3, column 3: ", 0),
            0u)
      << errorOf("{\n  \"landscape\": \"booth\",\n  runs: []\n}");
  EXPECT_EQ(errorOf("").rfind("not valid JSON at line 1, column 1: ", 0), 0u) << errorOf("");
  EXPECT_NE(errorOf(sceneWith("steps", "10") + " trailing").find("not valid JSON at line 1"),
            std::string::npos);
  // Raw bytes of the file never reach the message (it is shown in the UI and on one stderr line).
  const std::string binary = errorOf("{\"landscape\": \"\xff\xfe\n\"}");
  for (char c : binary) EXPECT_TRUE(c >= 0x20 && c < 0x7f) << binary;
}

TEST(Scene, NonFiniteNumbersNameTheField) {
  // JSON has no NaN or inf: a literal is not JSON, an overflowing number is named by its field.
  EXPECT_NE(errorOf(sceneWith("steps", "NaN")).find("not valid JSON at line 1"), std::string::npos);
  EXPECT_EQ(errorOf(sceneWith("steps", "1e999"))
                .rfind("steps: not a finite number (number overflow parsing '1e999')", 0),
            0u)
      << errorOf(sceneWith("steps", "1e999"));
  EXPECT_EQ(errorOf(sceneWith("lr", "-1e400")).rfind("runs[1].params.lr: not a finite number", 0), 0u)
      << errorOf(sceneWith("lr", "-1e400"));
  EXPECT_EQ(errorOf(R"({"landscape": "booth", "runs": [{"optimizer": "adam", "start": [0, 1e999]}]})")
                .rfind("runs[0].start[1]: not a finite number", 0),
            0u);
  EXPECT_EQ(
      errorOf(
          R"({"landscape": "booth", "runs": [{"optimizer": "adam", "start": [0, 0]}, {"optimizer": "adam", "start": [1e999, 0]}]})")
          .rfind("runs[1].start[0]: not a finite number", 0),
      0u);
  EXPECT_EQ(
      errorOf(
          R"({"landscape": "booth", "view": {"xmin": -1e999, "xmax": 1, "ymin": 0, "ymax": 1}, "runs": []})")
          .rfind("view.xmin: not a finite number", 0),
      0u);
  EXPECT_EQ(errorOf(R"({"landscape": "booth", "runs": [{"optimizer": "adam", "start": ["inf", 0]}]})"),
            "runs[0].start[0]: expected a number, got string");
}

TEST(Scene, WrongTypesNameTheField) {
  EXPECT_EQ(errorOf(sceneWith("steps", "\"10\"")), "steps: expected a number, got string");
  EXPECT_EQ(errorOf(sceneWith("steps", "12.5")), "steps: expected a whole number, got 12.5");
  EXPECT_EQ(errorOf(sceneWith("step_limit", "[1]")), "step_limit: expected a number, got array");
  EXPECT_EQ(errorOf(sceneWith("restart_on_change", "1")),
            "restart_on_change: expected true or false, got number");
  EXPECT_EQ(errorOf(sceneWith("runs", "{}")), "runs: expected an array, got object");
  EXPECT_EQ(errorOf(sceneWith("runs", "[3]")), "runs[0]: expected an object");
  EXPECT_EQ(errorOf(sceneWith("colors", R"({"log": "yes"})")),
            "colors.log: expected true or false, got string");
  EXPECT_EQ(errorOf(sceneWith("colors", R"({"contours": 2.5})")),
            "colors.contours: expected a whole number, got 2.5");
  EXPECT_EQ(errorOf(sceneWith("colors", "[]")), "colors: expected an object");
  EXPECT_NE(errorOf(sceneWith("view", "[0, 1, 0, 1]")).find("view: expected {"), std::string::npos);
  EXPECT_EQ(errorOf(sceneWith("lr", "null")), "runs[1].params.lr: expected a number, got null");
  EXPECT_EQ(errorOf(sceneWith("params", "[0.1]")), "runs[1].params: expected an object of name: number");
  EXPECT_EQ(errorOf(sceneWith("optimizer", "1")), "runs[0].optimizer: expected a string, got number");
  EXPECT_EQ(errorOf(sceneWith("lossviz_scene", "2")),
            "lossviz_scene: unsupported format version (this build reads 1)");
}

TEST(Scene, UnknownNamesAndOutOfRangeValuesNameTheField) {
  EXPECT_EQ(errorOf(sceneWith("lr", "-1")),
            "runs[1].params.lr: hyperparameter 'lr' = -1 out of range [1e-06, 10] for sgd");
  EXPECT_EQ(errorOf(sceneWith("lr", "100")).rfind("runs[1].params.lr: ", 0), 0u);
  EXPECT_EQ(errorOf(sceneWith("params", R"({"betas": 0.9})"))
                .rfind("runs[1].params.betas: unknown hyperparameter 'betas' for sgd (valid: lr", 0),
            0u)
      << errorOf(sceneWith("params", R"({"betas": 0.9})"));
  EXPECT_EQ(errorOf(sceneWith("optimizer", "\"sgdd\""))
                .rfind("runs[0].optimizer: unknown optimizer 'sgdd' (valid: sgd, ", 0),
            0u);
  EXPECT_EQ(errorOf(sceneWith("steps", "-1")), "steps: -1 out of range [0, 1e+07]");
  EXPECT_EQ(errorOf(sceneWith("steps", "10000001")), "steps: 1e+07 out of range [0, 1e+07]");
  EXPECT_EQ(errorOf(sceneWith("steps", "18446744073709551616")),
            "steps: 1.84467e+19 out of range [0, 1e+07]");
  EXPECT_EQ(errorOf(sceneWith("step_limit", "0")), "step_limit: 0 out of range [1, 1e+07]");
  EXPECT_EQ(errorOf(sceneWith("colors", R"({"contours": 101})")),
            "colors.contours: 101 out of range [0, 100]");
  EXPECT_EQ(errorOf(sceneWith("view", R"({"xmin": -1e300, "xmax": 1e300, "ymin": 0, "ymax": 1})")),
            "view: rectangle too large");
  EXPECT_NE(errorOf(sceneWith("landscape", "\"1/x +\"")).find("landscape: formula error at column"),
            std::string::npos);
  EXPECT_NE(errorOf(sceneWith("landscape", "\"foo(x)\"")).find("landscape: formula error at column 1"),
            std::string::npos)
      << errorOf(sceneWith("landscape", "\"foo(x)\""));
  EXPECT_NE(
      errorOf(sceneWith("landscape", "\"" + std::string(5000, 'x') + "\"")).find("landscape: formula error"),
      std::string::npos);
  std::string many = "[";
  for (int i = 0; i < 65; ++i)
    many += std::string(i ? "," : "") + R"({"optimizer": "adam", "start": [0, 0]})";
  EXPECT_EQ(errorOf(sceneWith("runs", many + "]")), "runs: too many runs (limit 64)");
}

TEST(Scene, MissingFieldsAreNamed) {
  EXPECT_EQ(errorOf(R"({"runs": []})"), "landscape: missing field");
  EXPECT_EQ(errorOf(R"({"landscape": "booth"})"), "runs: missing field");
  EXPECT_EQ(errorOf(R"({"landscape": "booth", "runs": [{"start": [0, 0]}]})"),
            "runs[0].optimizer: missing field");
  EXPECT_EQ(
      errorOf(
          R"({"landscape": "booth", "runs": [{"optimizer": "adam", "start": [0, 0]}, {"optimizer": "adam"}]})"),
      "runs[1].start: missing field");
  EXPECT_EQ(errorOf(sceneWith("view", R"({"xmin": 0, "xmax": 1, "ymin": 0})")), "view.ymax: missing field");
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
