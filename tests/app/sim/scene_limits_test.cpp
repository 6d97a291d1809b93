// Every scene field at the ends of its range: what the app can save, it can open (save → open
// round trip through a file), one step past an end is refused naming the field, and the window's
// session writes scenes that reopen.
#include "app/sim/colormap.h"
#include "app/sim/scene_json.h"
#include "app/sim/session.h"

#include <gtest/gtest.h>

#include <unistd.h>
#include <cstdio>
#include <filesystem>

namespace lv::sim {
namespace {

std::string savedAndReopened(const Scene& scene) {
  const std::string path = testing::TempDir() + "lv_scene_limits_" + std::to_string(::getpid()) + "_" +
                           testing::UnitTest::GetInstance()->current_test_info()->name() + ".json";
  std::string error;
  EXPECT_TRUE(saveScene(path, scene, &error)) << error;
  auto loaded = loadScene(path, &error);
  std::remove(path.c_str());
  EXPECT_TRUE(loaded) << error << "\n" << sceneToJson(scene);
  return loaded ? sceneToJson(*loaded) : "";
}

// A scene with every optimizer's every hyperparameter at one end of its range, an edit to the other
// end, and the scene's numeric fields at the same end.
Scene sceneAtEnd(bool upper) {
  Scene scene;
  for (const optim::OptimizerInfo& info : optim::optimizerInfos()) {
    RunSpec run;
    run.optimizer = *optim::Optimizer::create(info.name);
    for (size_t p = 0; p < info.params.size(); ++p) {
      const optim::ParamInfo& param = info.params[p];
      run.optimizer.setParam(p, upper ? param.max : param.min);
      run.edits.push_back({upper ? kMaxSteps : 0, p, upper ? param.min : param.max});
    }
    run.start = upper ? optim::Vec2(1.7e308, -1.7e308) : optim::Vec2(-4.9e-324, 0);
    run.color = upper ? Rgba{1, 1, 1, 1} : Rgba{0, 0, 0, 1};
    run.visible = upper;
    run.label = upper ? std::string(kMaxLabelBytes, 'x') : "";
    scene.runs.push_back(run);
  }
  while (upper && scene.runs.size() < kMaxRuns) scene.runs.push_back(scene.runs.back());
  scene.steps = upper ? kMaxSteps : 0;
  scene.stepLimit = static_cast<size_t>(upper ? kStepLimitRange.max : kStepLimitRange.min);
  scene.stepsPerSecond = upper ? kStepsPerSecondRange.max : kStepsPerSecondRange.min;
  scene.colors.contourCount = static_cast<int>(upper ? kContourRange.max : kContourRange.min);
  scene.colors.colormap = upper ? sim::colormapNames().back() : sim::colormapNames().front();
  scene.colors.logScale = upper;
  scene.restartOnChange = !upper;
  const double extent = upper ? kViewExtentRange.max : kViewExtentRange.min;
  scene.view = landscapes::Rect{-extent / 2, extent / 2, 1, 1 + extent};
  return scene;
}

TEST(SceneLimits, EveryFieldAtEitherEndSurvivesSaveAndOpen) {
  for (bool upper : {false, true}) {
    const Scene scene = sceneAtEnd(upper);
    EXPECT_EQ(savedAndReopened(scene), sceneToJson(scene)) << (upper ? "upper" : "lower");
  }
}

TEST(SceneLimits, StepCountsAboveAMillionReopen) {
  // The window accepts a step limit up to kMaxSteps: a scene saved with it must reopen.
  Scene scene = defaultScene();
  scene.stepLimit = 10'000'000;
  scene.steps = 2'000'000;
  EXPECT_EQ(savedAndReopened(scene), sceneToJson(scene));
}

std::string errorOf(const std::string& json) {
  std::string error;
  EXPECT_FALSE(parseScene(json, &error).has_value()) << json;
  return error;
}

TEST(SceneLimits, OnePastEitherEndIsRefusedNamingTheField) {
  const std::string head = R"({"landscape": "booth", "runs": [], )";
  EXPECT_EQ(errorOf(head + R"("steps": 10000001})"), "steps: 1e+07 out of range [0, 1e+07]");
  EXPECT_EQ(errorOf(head + R"("step_limit": 10000001})"), "step_limit: 1e+07 out of range [1, 1e+07]");
  EXPECT_EQ(errorOf(head + R"("steps_per_second": 5000.5})"),
            "steps_per_second: 5000.5 out of range [1, 5000]");
  EXPECT_EQ(errorOf(head + R"("colors": {"contours": -1}})"), "colors.contours: -1 out of range [0, 100]");
  const std::string run = R"({"landscape": "booth", "runs": [{"optimizer": "sgd", "start": [0, 0], )";
  EXPECT_EQ(errorOf(run + "\"label\": \"" + std::string(kMaxLabelBytes + 1, 'x') + "\"}]}"),
            "runs[0].label: longer than 200 bytes");
  EXPECT_EQ(errorOf(run + R"("edits": [{"step": 3, "param": "lr", "value": 20}]}]})")
                .rfind("runs[0].edits[0]: hyperparameter 'lr' = 20 out of range", 0),
            0u);
  EXPECT_EQ(errorOf(run + R"("edits": [{"step": 3, "param": "beta1", "value": 0.5}]}]})")
                .rfind("runs[0].edits[0]: unknown hyperparameter 'beta1' for sgd", 0),
            0u);
  EXPECT_EQ(
      errorOf(
          run +
          R"("edits": [{"step": 3, "param": "lr", "value": 0.1}, {"step": 2, "param": "lr", "value": 0.1}]}]})"),
      "runs[0].edits[1].step: edits must be in step order");
  EXPECT_EQ(errorOf(run + R"("edits": [{"step": 3, "value": 0.1}]}]})"),
            "runs[0].edits[0].param: missing field");
  EXPECT_EQ(errorOf(run + R"("edits": {}}]})"),
            "runs[0].edits: expected an array of {\"step\", \"param\", \"value\"}");
}

TEST(SceneLimits, WhatASessionSavesAlwaysReopens) {
  Session session = Session::fromScene(defaultScene());
  session.stepLimit = kMaxSteps;
  session.restartOnChange = false;
  session.advance(3);
  session.setParam(0, 0, optim::findOptimizerInfo("sgd")->params[0].max);
  session.setLabel(1, std::string("\xce\xb2\xff\n", 4) + std::string(300, 'y'));
  session.advance(2);
  const Scene scene = session.toScene();
  EXPECT_EQ(savedAndReopened(scene), sceneToJson(scene));
}

}  // namespace
}  // namespace lv::sim
