// The progressive GPU map: run in chunks (by steps or by time) it gives exactly the one-shot map,
// its progress counts the updates done, and a cancelled job runs nothing more and has no result.
#include "app/maps/gpu_map.h"
#include "app/maps/gpu_map_job.h"
#include "tests/app/render/gl_test_context.h"

#include <gtest/gtest.h>

namespace lv::maps {
namespace {

MapSpec adamOnHimmelblau(int side, long steps) {
  MapSpec spec(*landscapes::resolveLandscape("himmelblau"), *optim::Optimizer::create("adam"));
  spec.width = side;
  spec.height = side + 3;  // not square: rows and columns must not be swapped anywhere
  spec.steps = steps;
  std::string error;
  EXPECT_TRUE(spec.optimizer.set("lr", 0.1, &error)) << error;
  return spec;
}

// Bit-for-bit: the same passes in the same float arithmetic, only split differently.
void expectSameMap(const ConvergenceMap& a, const ConvergenceMap& b) {
  ASSERT_EQ(a.pixels.size(), b.pixels.size());
  for (size_t i = 0; i < a.pixels.size(); ++i) {
    EXPECT_EQ(a.pixels[i].finalPoint, b.pixels[i].finalPoint) << "pixel " << i;
    EXPECT_EQ(a.pixels[i].finalLoss, b.pixels[i].finalLoss) << "pixel " << i;
    EXPECT_EQ(a.pixels[i].convergedStep, b.pixels[i].convergedStep) << "pixel " << i;
    EXPECT_EQ(a.pixels[i].divergedStep, b.pixels[i].divergedStep) << "pixel " << i;
    EXPECT_EQ(a.pixels[i].basin, b.pixels[i].basin) << "pixel " << i;
  }
}

TEST(GpuMapJob, ChunkedByStepsEqualsTheOneShotMap) {
  LV_REQUIRE_GL();
  const MapSpec spec = adamOnHimmelblau(24, 90);
  std::string error;
  const auto oneShot = computeMapGpu(spec, &error, 1);
  ASSERT_TRUE(oneShot) << error;
  auto job = GpuMapJob::create(spec, &error, 64);
  ASSERT_TRUE(job) << error;
  EXPECT_EQ(job->progress(), 0.0);
  EXPECT_FALSE(job->result(&error));
  job->advanceSteps(7);
  EXPECT_DOUBLE_EQ(job->progress(), 7.0 / 90.0);
  EXPECT_FALSE(job->finished());
  for (int i = 0; i < 100 && !job->finished(); ++i) job->advanceSteps(13);
  ASSERT_TRUE(job->finished());
  EXPECT_EQ(job->progress(), 1.0);
  const auto chunked = job->result(&error);
  ASSERT_TRUE(chunked) << error;
  expectSameMap(*chunked, *oneShot);
}

TEST(GpuMapJob, ChunkedByTimeEqualsTheOneShotMap) {
  LV_REQUIRE_GL();
  const MapSpec spec = adamOnHimmelblau(32, 120);
  std::string error;
  const auto oneShot = computeMapGpu(spec, &error);
  ASSERT_TRUE(oneShot) << error;
  auto job = GpuMapJob::create(spec, &error);
  ASSERT_TRUE(job) << error;
  int calls = 0;
  while (!job->finished() && calls < 100000) {
    job->advanceFor(0.002);
    ++calls;
  }
  ASSERT_TRUE(job->finished());
  const auto chunked = job->result(&error);
  ASSERT_TRUE(chunked) << error;
  expectSameMap(*chunked, *oneShot);
}

TEST(GpuMapJob, CancelStopsTheJob) {
  LV_REQUIRE_GL();
  std::string error;
  auto job = GpuMapJob::create(adamOnHimmelblau(16, 50), &error);
  ASSERT_TRUE(job) << error;
  job->advanceSteps(10);
  job->cancel();
  EXPECT_TRUE(job->cancelled());
  job->advanceSteps(100);
  job->advanceFor(0.01);
  EXPECT_DOUBLE_EQ(job->progress(), 10.0 / 50.0);
  EXPECT_FALSE(job->finished());
  EXPECT_FALSE(job->result(&error));
  EXPECT_EQ(error, "the map was cancelled");
}

TEST(GpuMapJob, LeavesBlendingAsItFoundIt) {
  LV_REQUIRE_GL();
  std::string error;
  auto job = GpuMapJob::create(adamOnHimmelblau(8, 5), &error);
  ASSERT_TRUE(job) << error;
  glEnable(GL_BLEND);
  job->advanceSteps(2);
  EXPECT_TRUE(glIsEnabled(GL_BLEND));
  glDisable(GL_BLEND);
  job->advanceFor(0.01);
  EXPECT_FALSE(glIsEnabled(GL_BLEND));
}

}  // namespace
}  // namespace lv::maps
