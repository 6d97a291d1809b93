// The GPU engine on data landscapes: the full-data mean spliced from FiniteSum::glsl() and
// glslDerivatives() over the rows in t_data, against the float64 CPU reference (same basin label and
// divergence per pixel, final points to float tolerance) and the least-squares minimum computed by
// hand; data maps drawn in bands of rows give the one-shot map bit for bit. Needs a display.
#include "app/maps/gpu_map.h"
#include "app/maps/gpu_map_job.h"
#include "tests/app/maps/data_map_spec.h"
#include "tests/app/render/gl_test_context.h"

#include "tests/app/maps/hyper_axes.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace lv::maps {
namespace {

using test::dataMapSpec;

ConvergenceMap gpuMap(const MapSpec& spec) {
  std::string error;
  auto map = computeMapGpu(spec, &error, 4);  // several passes: the state must survive ping-pong
  EXPECT_TRUE(map.has_value()) << error;
  return map ? *map : ConvergenceMap{};
}

void expectSameClassesAndClosePoints(const ConvergenceMap& gpu, const ConvergenceMap& cpu,
                                     const std::string& what) {
  ASSERT_EQ(gpu.pixels.size(), cpu.pixels.size()) << what;
  for (size_t i = 0; i < cpu.pixels.size(); ++i) {
    const PixelResult &g = gpu.pixels[i], &c = cpu.pixels[i];
    const std::string pixel = what + " pixel " + std::to_string(i);
    EXPECT_EQ(g.divergedStep, c.divergedStep) << pixel;
    EXPECT_EQ(g.basin, c.basin) << pixel;
    for (int k = 0; k < 2; ++k)
      EXPECT_NEAR(g.finalPoint[k], c.finalPoint[k], 2e-4 * std::max(1.0, std::abs(c.finalPoint[k]))) << pixel;
  }
}

TEST(GpuDataMap, LinearRegressionBasinMapReachesTheHandMinimum) {
  LV_REQUIRE_GL();
  MapSpec spec = dataMapSpec("linear_regression", "sgd", 0.3);
  spec.width = 9;
  spec.height = 7;
  spec.steps = 200;
  const Vec2 minimum = test::handLeastSquares(spec.data->data());
  const ConvergenceMap map = gpuMap(spec);
  for (const PixelResult& p : map.pixels) {
    EXPECT_FALSE(p.divergedStep);
    EXPECT_NEAR(p.finalPoint.x(), minimum.x(), 1e-5);
    EXPECT_NEAR(p.finalPoint.y(), minimum.y(), 1e-5);
    EXPECT_EQ(p.basin, std::optional<int>(0));
  }
}

// Closed form (linear_regression, unscaled_features) and the per-row loop (logistic_regression),
// with gradients only and with the Hessian (newton).
TEST(GpuDataMap, DataMapsAgreeWithTheCpu) {
  LV_REQUIRE_GL();
  const std::tuple<const char*, const char*, double> cases[] = {
      {"linear_regression", "sgd", 0.1},      {"linear_regression", "adam", 0.1},
      {"linear_regression", "newton", 0.5},   {"unscaled_features", "momentum", 0.002},
      {"logistic_regression", "sgd", 1.0},    {"logistic_regression", "adam", 0.1},
      {"logistic_regression", "newton", 0.5},
  };
  for (const auto& [catalog, optimizer, lr] : cases) {
    MapSpec spec = dataMapSpec(catalog, optimizer, lr);
    spec.width = 6;
    spec.height = 5;
    spec.steps = 25;
    if (std::string(optimizer) == "newton") {
      std::string error;
      ASSERT_TRUE(spec.optimizer.set("damping", 1.0, &error)) << error;
    }
    expectSameClassesAndClosePoints(gpuMap(spec), computeMapCpu(spec, 2),
                                    std::string(catalog) + " " + optimizer);
  }
}

TEST(GpuDataMap, HyperMapOfADataLandscapeAgreesWithTheCpu) {
  LV_REQUIRE_GL();
  MapSpec spec = dataMapSpec("logistic_regression", "momentum", 0.1);
  ASSERT_NO_FATAL_FAILURE(test::setHyperMap(spec, Vec2(0, 0), "lr:0.1:10:log", "momentum:0:0.9"));
  spec.width = 8;
  spec.height = 4;
  spec.steps = 30;
  expectSameClassesAndClosePoints(gpuMap(spec), computeMapCpu(spec, 2), "hyper");
}

// The loop path has the GPU check the starts (map_inputs.h): where the mean of u·log(x) is NaN
// (x < 0), both engines say diverged at step 0.
TEST(GpuDataMap, StartsWhereTheLossIsNotFiniteDivergeAtStepZero) {
  LV_REQUIRE_GL();
  MapSpec spec = dataMapSpec("logistic_regression", "sgd", 0.01);
  auto formula = landscapes::Formula::parse("label*log(x) + y^2", spec.data->data().columns);
  ASSERT_TRUE(formula);
  spec.data = landscapes::FiniteSum(*formula, spec.data->sharedData());
  ASSERT_FALSE(spec.data->quadratic());
  spec.view = landscapes::Rect{-1, 1, -1, 1};
  spec.width = spec.height = 4;
  spec.steps = 5;
  const ConvergenceMap gpu = gpuMap(spec), cpu = computeMapCpu(spec, 1);
  expectSameClassesAndClosePoints(gpu, cpu, "log");
  for (int py = 0; py < 4; ++py)
    for (int px = 0; px < 4; ++px) {
      EXPECT_EQ(gpu.at(px, py).divergedStep, px < 2 ? std::optional<long>(0) : std::nullopt) << px;
      EXPECT_EQ(gpu.at(px, py).finalLoss.has_value(), px >= 2) << px;
    }
}

// 5000 rows: the first timed pass (2^20 sample evaluations) covers 13 of the 40 rows, a band;
// later ones may cover parts of a row.
TEST(GpuDataMap, BandsOfPixelsGiveTheOneShotMap) {
  LV_REQUIRE_GL();
  MapSpec spec = dataMapSpec("logistic_regression", "adam", 0.1, 5000);
  spec.width = 16;
  spec.height = 40;
  spec.steps = 6;
  std::string error;
  const auto oneShot = computeMapGpu(spec, &error);
  ASSERT_TRUE(oneShot) << error;
  auto job = GpuMapJob::create(spec, &error);
  ASSERT_TRUE(job) << error;
  job->advanceFor(1e-6);
  EXPECT_GT(job->progress(), 0.0);
  EXPECT_LT(job->progress(), 1.0 / 6.0);  // part of the first round
  for (int calls = 0; calls < 100000 && !job->finished(); ++calls) job->advanceFor(0.002);
  ASSERT_TRUE(job->finished());
  const auto banded = job->result(&error);
  ASSERT_TRUE(banded) << error;
  for (size_t i = 0; i < oneShot->pixels.size(); ++i) {
    EXPECT_EQ(banded->pixels[i].finalPoint, oneShot->pixels[i].finalPoint) << "pixel " << i;
    EXPECT_EQ(banded->pixels[i].finalLoss, oneShot->pixels[i].finalLoss) << "pixel " << i;
    EXPECT_EQ(banded->pixels[i].divergedStep, oneShot->pixels[i].divergedStep) << "pixel " << i;
  }
}

}  // namespace
}  // namespace lv::maps
