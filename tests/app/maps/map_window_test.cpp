// The window's map model: which map the settings ask for, when a shown map is stale, and what a
// click on a map pixel does to the run (values derived by hand from the pixel-centre rule of
// map_spec.h: pixel i of n spans [i/n, (i+1)/n] of its axis; row 0 is the top).
#include "app/maps/map_window.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lv::maps {
namespace {

sim::Session sessionWith(const std::string& landscape, const std::string& optimizer) {
  sim::Scene scene;
  scene.landscape = *landscapes::resolveLandscape(landscape);
  sim::RunSpec run;
  run.optimizer = *optim::Optimizer::create(optimizer);
  run.start = Vec2(1, 1);
  scene.runs.push_back(run);
  return sim::Session::fromScene(scene);
}

TEST(MapWindow, ClickOnABasinPixelMovesTheRunsStartToItsCentre) {
  sim::Session session = sessionWith("himmelblau", "adam");
  session.map.show = true;
  std::string why;
  auto spec = windowMapSpec(session, landscapes::Rect{-6, 6, -6, 6}, &why);
  ASSERT_TRUE(spec) << why;
  spec->width = spec->height = 4;
  applyMapPixel(session, 0, *spec, 1, 2);
  // x: -6 + 12 * 1.5/4 = -1.5; y: 6 - 12 * 2.5/4 = -1.5.
  EXPECT_DOUBLE_EQ(session.runs[0].run.start().x(), -1.5);
  EXPECT_DOUBLE_EQ(session.runs[0].run.start().y(), -1.5);
  // The pixel under that point is the one clicked.
  EXPECT_EQ(basinPixelAt(*spec, Vec2(-1.5, -1.5)), std::make_pair(1, 2));
  EXPECT_EQ(basinPixelAt(*spec, Vec2(-6.5, 0)), std::nullopt);
}

// A click on the canvas (ui::handleCanvasInput) puts the start where the pixel under the mouse was
// computed from, not at the raw mouse point: then the run shows what the pixel promised.
TEST(MapWindow, ClickOnTheCanvasSnapsToTheBasinPixelsCentre) {
  sim::Session session = sessionWith("himmelblau", "adam");
  session.map.show = true;
  MapDisplay display;
  display.spec = *windowMapSpec(session, landscapes::Rect{-6, 6, -6, 6}, nullptr);
  display.spec->width = display.spec->height = 4;  // pixels 3 units wide: centres at ±1.5, ±4.5
  display.map = ConvergenceMap{4, 4, 10, std::vector<PixelResult>(16)};
  // (0.2, 2.9) lies in column 2 ([0, 3]) and row 1 (y in [0, 3]): centre (1.5, 1.5).
  EXPECT_EQ(mapClickStart(session.map, display, Vec2(0.2, 2.9)), Vec2(1.5, 1.5));
  EXPECT_EQ(mapClickStart(session.map, display, Vec2(-5.9, -0.1)), Vec2(-4.5, -1.5));
  // Outside the map, with the map hidden, or with a hyperparameter map: the point itself.
  EXPECT_EQ(mapClickStart(session.map, display, Vec2(7, 0)), Vec2(7, 0));
  session.map.show = false;
  EXPECT_EQ(mapClickStart(session.map, display, Vec2(0.2, 2.9)), Vec2(0.2, 2.9));
  session.map.show = true;
  session.map.mode = sim::MapMode::Hyperparameters;
  EXPECT_EQ(mapClickStart(session.map, display, Vec2(0.2, 2.9)), Vec2(0.2, 2.9));
  // No finished map yet: nothing to snap to.
  session.map.mode = sim::MapMode::Basins;
  display.map.reset();
  EXPECT_EQ(mapClickStart(session.map, display, Vec2(0.2, 2.9)), Vec2(0.2, 2.9));
}

TEST(MapWindow, TheMapUsesTheRunsScheduleAndItsKeyChangesWithIt) {
  sim::Session session = sessionWith("himmelblau", "adam");
  const landscapes::Rect view{-6, 6, -6, 6};
  const std::string unscheduled = mapSpecKey(*windowMapSpec(session, view, nullptr));
  session.runs[0].run.setSchedule(optim::parseSchedule("cosine:T_max=50"));
  const auto spec = windowMapSpec(session, view, nullptr);
  ASSERT_TRUE(spec && spec->schedule);
  EXPECT_EQ(optim::formatSchedule(*spec->schedule), "cosine:T_max=50");
  EXPECT_TRUE(scheduleApplies(*spec));
  EXPECT_NE(mapSpecKey(*spec), unscheduled);
}

sim::Session dataSession(const sim::SceneData& data,
                         const std::optional<sim::RunBatch>& batch = std::nullopt) {
  sim::Scene scene;
  std::string error;
  auto resolved = sim::resolveSceneData(data, &error);
  EXPECT_TRUE(resolved) << error;
  scene.landscape = resolved->landscape;
  scene.data = std::move(*resolved);
  sim::RunSpec run;
  run.optimizer = *optim::Optimizer::create("adam");
  run.batch = batch;
  scene.runs.push_back(run);
  return sim::Session::fromScene(scene);
}

sim::SceneData linearRegression() {
  sim::SceneData data;
  data.catalog = "linear_regression";
  data.params = {20, 0.5, 1};
  data.batch.batch = 20;  // every row: full-batch gradient descent
  return data;
}

// A data landscape's map steps on the session's data as the canvas shows it: another data set
// (here the standardized features) is another map.
TEST(MapWindow, DataLandscapesAreMappedOnTheSessionsData) {
  sim::Session session = dataSession(linearRegression());
  const landscapes::Rect view{-1, 1, -1, 1};
  std::string why;
  const auto spec = windowMapSpec(session, view, &why);
  ASSERT_TRUE(spec) << why;
  ASSERT_TRUE(spec->data);
  EXPECT_EQ(spec->data->data().values, session.data()->sum().data().values);
  EXPECT_EQ(spec->data->perSample().text(), "(x*u + y - t)^2");
  sim::SceneData standardized = linearRegression();
  standardized.standardize = true;
  ASSERT_TRUE(session.setData(standardized, &why)) << why;
  const auto respec = windowMapSpec(session, view, &why);
  ASSERT_TRUE(respec && respec->data) << why;
  EXPECT_NE(respec->data->data().values, spec->data->data().values);
  EXPECT_NE(mapSpecKey(*respec), mapSpecKey(*spec));
  ASSERT_TRUE(session.setData(linearRegression(), &why)) << why;
  EXPECT_EQ(mapSpecKey(*windowMapSpec(session, view, &why)), mapSpecKey(*spec));
}

// The map's gradient is the exact full-data one whatever the run samples, and the panel says so.
TEST(MapWindow, TheNoteSaysWhenTheMapsGradientIsNotTheRuns) {
  EXPECT_EQ(mapGradientNote(dataSession(linearRegression())), "");  // full batch: the same gradient
  sim::RunBatch sgd;
  sgd.settings.batch = 1;
  EXPECT_EQ(mapGradientNote(dataSession(linearRegression(), sgd)),
            "map: full-data gradient (the run samples mini-batches)");
  sim::SceneData noisy = linearRegression();
  noisy.noise = 0.1;
  EXPECT_EQ(mapGradientNote(dataSession(noisy)), "map: full-data gradient (the run adds gradient noise)");
  sim::Session formula = sessionWith("himmelblau", "adam");
  EXPECT_EQ(mapGradientNote(formula), "");
  sim::GradientSource noise;
  noise.setNoise(0.5);
  formula.runs[0].run.setGradientSource(noise);
  EXPECT_EQ(mapGradientNote(formula), "map: exact gradient (the run adds gradient noise)");
}

TEST(MapWindow, ClickOnAHyperPixelSetsBothHyperparametersOnTheRun) {
  sim::Session session = sessionWith("0.5*x^2 + 5*y^2", "momentum");
  session.map.mode = sim::MapMode::Hyperparameters;
  session.map.xAxis = sim::MapAxis{"lr", 0.001, 1, true};
  session.map.yAxis = sim::MapAxis{"momentum", 0, 0.9, false};
  session.map.resolution = 16;
  std::string why;
  auto spec = windowMapSpec(session, landscapes::Rect{-1, 1, -1, 1}, &why);
  ASSERT_TRUE(spec) << why;
  spec->width = spec->height = 3;
  applyMapPixel(session, 0, *spec, 1, 0);
  const optim::Optimizer& o = session.runs[0].run.optimizer();
  EXPECT_NEAR(*o.get("lr"), 0.001 * std::sqrt(1000.0), 1e-12);  // t = 0.5 on a log axis
  EXPECT_NEAR(*o.get("momentum"), 0.9 * (1 - 0.5 / 3), 1e-12);  // top row: t = 1 - 0.5/3
  EXPECT_EQ(session.runs[0].run.start(), Vec2(1, 1));
}

TEST(MapWindow, BasinMapsFollowTheViewsAspect) {
  sim::Session session = sessionWith("himmelblau", "adam");
  session.map.resolution = 100;
  const auto spec = windowMapSpec(session, landscapes::Rect{0, 2, 0, 1}, nullptr);
  ASSERT_TRUE(spec);
  EXPECT_EQ(spec->width, 100);
  EXPECT_EQ(spec->height, 50);
}

TEST(MapWindow, TheKeyChangesWithWhatChangesPixelsOnly) {
  sim::Session session = sessionWith("himmelblau", "adam");
  const landscapes::Rect view{-6, 6, -6, 6};
  const std::string basins = mapSpecKey(*windowMapSpec(session, view, nullptr));
  EXPECT_NE(mapSpecKey(*windowMapSpec(session, landscapes::Rect{-5, 6, -6, 6}, nullptr)), basins);
  session.moveStart(0, Vec2(3, 3));  // a basin map starts everywhere: the run's start is no input
  EXPECT_EQ(mapSpecKey(*windowMapSpec(session, view, nullptr)), basins);
  session.setParam(0, 0, 0.02);
  EXPECT_NE(mapSpecKey(*windowMapSpec(session, view, nullptr)), basins);

  session.map.mode = sim::MapMode::Hyperparameters;  // default axes for adam: lr and beta1
  const std::string hyper = mapSpecKey(*windowMapSpec(session, view, nullptr));
  session.setParam(0, 0, 0.05);  // lr is swept: the run's own value is not used
  EXPECT_EQ(mapSpecKey(*windowMapSpec(session, view, nullptr)), hyper);
  session.moveStart(0, Vec2(1, 2));  // every pixel starts at the run's start
  EXPECT_NE(mapSpecKey(*windowMapSpec(session, view, nullptr)), hyper);
}

TEST(MapWindow, DefaultAxesComeFromTheRegistry) {
  const auto [x, y] = mapAxesFor(sim::MapSettings{}, *optim::findOptimizerInfo("momentum"));
  EXPECT_EQ(x.param, "lr");
  EXPECT_TRUE(x.logScale);
  EXPECT_EQ(y.param, "momentum");
  EXPECT_FALSE(y.logScale);
  sim::MapSettings settings;
  settings.xAxis = sim::MapAxis{"momentum", 0, 0.5, false};
  settings.yAxis = sim::MapAxis{"no_such", 0, 1, false};  // invalid: replaced
  const auto [x2, y2] = mapAxesFor(settings, *optim::findOptimizerInfo("momentum"));
  EXPECT_EQ(x2, *settings.xAxis);
  EXPECT_EQ(y2.param, "lr");
}

}  // namespace
}  // namespace lv::maps
