// The GPU engine against the float64 CPU reference: every optimizer's GLSL update (optim/glsl/)
// follows its C++ unit to float32 tolerance over the first steps on several landscapes, and maps
// agree pixel for pixel in basin labels and divergence. Needs a display (CTest runs it under Xvfb).
#include "app/maps/gpu_map.h"
#include "tests/app/render/gl_test_context.h"

#include "tests/app/maps/hyper_axes.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lv::maps {
namespace {

MapSpec basinSpec(const std::string& landscape, const std::string& optimizer, int side, long steps) {
  MapSpec spec(*landscapes::resolveLandscape(landscape), *optim::Optimizer::create(optimizer));
  spec.width = side;
  spec.height = side;
  spec.steps = steps;
  return spec;
}

ConvergenceMap gpuMap(const MapSpec& spec) {
  std::string error;
  auto map = computeMapGpu(spec, &error, 3);  // several passes: the state must survive ping-pong
  EXPECT_TRUE(map.has_value()) << error;
  return map ? *map : ConvergenceMap{};
}

// Float32 arithmetic over a few steps: relative error ~1e-6 per operation, amplified by the steps.
void expectClose(const Vec2& gpu, const Vec2& cpu, const std::string& what) {
  for (int i = 0; i < 2; ++i) EXPECT_NEAR(gpu[i], cpu[i], 2e-4 * std::max(1.0, std::abs(cpu[i]))) << what;
}

TEST(GpuMap, EveryOptimizerFollowsItsCpuUnitOverTheFirstSteps) {
  LV_REQUIRE_GL();
  for (const char* landscape : {"himmelblau", "rosenbrock", "booth", "six_hump_camel", "saddle"}) {
    for (const optim::OptimizerInfo& info : optim::optimizerInfos()) {
      MapSpec spec = basinSpec(landscape, info.name, 3, 7);
      std::string error;
      // A step size that moves visibly in 7 steps without diverging on these views.
      ASSERT_TRUE(spec.optimizer.set("lr", info.name == "newton" ? 0.5 : 1e-3, &error)) << error;
      // Newton divides by |λ| + damping: with the default 1e-3, a step near an inflection (λ ≈ 0)
      // amplifies float rounding a thousandfold, which is chaos, not a wrong formula.
      if (info.name == "newton") {
        ASSERT_TRUE(spec.optimizer.set("damping", 1.0, &error)) << error;
      }
      const ConvergenceMap cpu = computeMapCpu(spec, 1);
      const ConvergenceMap gpu = gpuMap(spec);
      ASSERT_EQ(gpu.pixels.size(), cpu.pixels.size());
      for (size_t i = 0; i < cpu.pixels.size(); ++i) {
        const std::string what = std::string(landscape) + " " + info.name + " pixel " + std::to_string(i);
        ASSERT_EQ(gpu.pixels[i].divergedStep, cpu.pixels[i].divergedStep) << what;
        expectClose(gpu.pixels[i].finalPoint, cpu.pixels[i].finalPoint, what);
      }
    }
  }
}

TEST(GpuMap, HyperparameterAxesMatchTheCpu) {
  LV_REQUIRE_GL();
  MapSpec spec(*landscapes::resolveLandscape("2*x^2 + 0.5*y^2"), *optim::Optimizer::create("momentum"));
  ASSERT_NO_FATAL_FAILURE(test::setHyperMap(spec, Vec2(1, 1), "lr:0.01:1.5:log", "momentum:0:0.9"));
  spec.width = 12;
  spec.height = 6;
  spec.steps = 10;
  const ConvergenceMap cpu = computeMapCpu(spec, 2);
  const ConvergenceMap gpu = gpuMap(spec);
  ASSERT_EQ(gpu.pixels.size(), cpu.pixels.size());
  for (size_t i = 0; i < cpu.pixels.size(); ++i)
    expectClose(gpu.pixels[i].finalPoint, cpu.pixels[i].finalPoint, "pixel " + std::to_string(i));
}

// The schedule's table (map_schedule.h) against optim::Schedule stepped by sim::Run: lr schedules,
// and onecycle/cyclic, which also drive momentum (sgd, rmsprop) or beta1 (the Adam family).
TEST(GpuMap, SchedulesFollowTheCpu) {
  LV_REQUIRE_GL();
  const char* schedules[] = {"cosine:T_max=4", "onecycle:total_steps=12",
                             "cyclic:step_size_up=3,base_lr=0.001", "step:step_size=2,gamma=0.3",
                             "warmup_cosine:warmup_steps=3,T_max=6"};
  for (const char* landscape : {"himmelblau", "booth"}) {
    for (const char* optimizer : {"momentum", "adam", "rmsprop", "nadam"}) {
      for (const char* schedule : schedules) {
        MapSpec spec = basinSpec(landscape, optimizer, 3, 11);
        std::string error;
        ASSERT_TRUE(spec.optimizer.set("lr", 1e-2, &error)) << error;
        if (std::string(optimizer) == "rmsprop") {
          ASSERT_TRUE(spec.optimizer.set("momentum", 0.5, &error)) << error;
        }
        spec.schedule = optim::parseSchedule(schedule, &error);
        ASSERT_TRUE(spec.schedule) << error;
        const ConvergenceMap cpu = computeMapCpu(spec, 1);
        const ConvergenceMap gpu = gpuMap(spec);
        ASSERT_EQ(gpu.pixels.size(), cpu.pixels.size());
        for (size_t i = 0; i < cpu.pixels.size(); ++i) {
          const std::string what =
              std::string(landscape) + " " + optimizer + " " + schedule + " pixel " + std::to_string(i);
          ASSERT_EQ(gpu.pixels[i].divergedStep, cpu.pixels[i].divergedStep) << what;
          expectClose(gpu.pixels[i].finalPoint, cpu.pixels[i].finalPoint, what);
        }
      }
    }
  }
}

// The same StepLR fact as the CPU test (convergence_map_test.cpp): 0.85 · 0.925 · 0.9625 from x = 1.
TEST(GpuMap, TheScheduleScalesTheSweptLr) {
  LV_REQUIRE_GL();
  MapSpec spec(*landscapes::resolveLandscape("0.5*x^2"), *optim::Optimizer::create("sgd"));
  spec.schedule = optim::parseSchedule("step:step_size=1,gamma=0.5");
  ASSERT_NO_FATAL_FAILURE(test::setHyperMap(spec, Vec2(1, 0), "lr:0.1:0.3", "dampening:0:1"));
  spec.width = spec.height = 2;
  spec.steps = 3;
  const ConvergenceMap gpu = gpuMap(spec);
  ASSERT_EQ(gpu.pixels.size(), 4u);
  EXPECT_NEAR(gpu.at(0, 0).finalPoint.x(), (1 - 0.15) * (1 - 0.075) * (1 - 0.0375), 1e-6);
  EXPECT_NEAR(gpu.at(1, 1).finalPoint.x(), (1 - 0.25) * (1 - 0.125) * (1 - 0.0625), 1e-6);
}

// The acceptance rule of issue 12 on a small map: basin labels agree on ≥ 98 % of the pixels whose
// CPU neighbours share their label (away from basin boundaries); diverged flags agree everywhere.
TEST(GpuMap, SmallBasinMapAgreesWithTheCpu) {
  LV_REQUIRE_GL();
  MapSpec spec = basinSpec("himmelblau", "adam", 32, 200);
  std::string error;
  ASSERT_TRUE(spec.optimizer.set("lr", 0.1, &error)) << error;
  spec.view = landscapes::Rect{-6, 6, -6, 6};  // includes starts that leave the basins far behind
  const ConvergenceMap cpu = computeMapCpu(spec, 2);
  const ConvergenceMap gpu = gpuMap(spec);
  ASSERT_EQ(gpu.pixels.size(), cpu.pixels.size());
  int interior = 0, agree = 0;
  for (int py = 1; py + 1 < cpu.height; ++py) {
    for (int px = 1; px + 1 < cpu.width; ++px) {
      EXPECT_EQ(gpu.at(px, py).divergedStep.has_value(), cpu.at(px, py).divergedStep.has_value());
      const auto label = cpu.at(px, py).basin;
      if (cpu.at(px - 1, py).basin != label || cpu.at(px + 1, py).basin != label ||
          cpu.at(px, py - 1).basin != label || cpu.at(px, py + 1).basin != label)
        continue;
      ++interior;
      agree += gpu.at(px, py).basin == label;
    }
  }
  EXPECT_GT(interior, 600);
  EXPECT_GE(agree, 0.98 * interior);
}

}  // namespace
}  // namespace lv::maps
