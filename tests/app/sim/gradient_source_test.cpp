// The gradient-source seam: seeded mini-batches and noise reach the optimizer; the trajectory keeps
// the full-data values apart from what each update used.
#include "app/sim/run.h"
#include "landscapes/data_catalog.h"

#include <gtest/gtest.h>

#include <cmath>
#include <memory>

namespace lv::sim {
namespace {

landscapes::FiniteSum linearRegression(std::size_t rows) {
  const auto* entry = landscapes::findDataCatalogEntry("linear_regression");
  EXPECT_NE(entry, nullptr);
  landscapes::DataGeneratorParams params = entry->defaults;
  params.rows = rows;
  auto data = std::make_shared<const landscapes::DataTable>(landscapes::generateData(*entry, params, false));
  auto formula = landscapes::Formula::parse(entry->lossFormula, data->columns);
  EXPECT_TRUE(formula.has_value());
  return landscapes::FiniteSum(*formula, data);
}

sim::Run sgdRun(double lr) {
  auto optimizer = optim::Optimizer::create("sgd");
  EXPECT_TRUE(optimizer && optimizer->set("lr", lr));
  return sim::Run(*landscapes::Formula::parse("x^2 + y^2"), *optimizer, Vec2(0.5, -0.5));
}

sim::Run miniBatchRun(std::size_t batch, std::uint64_t seed, std::size_t steps) {
  sim::Run run = sgdRun(0.05);
  run.setGradientSource(
      GradientSource(linearRegression(50), {batch, landscapes::Sampling::Shuffle, false}, seed));
  run.advance(steps);
  return run;
}

TEST(GradientSource, SameSeedSamePathOtherSeedAnother) {
  const sim::Run a = miniBatchRun(8, 7, 200), b = miniBatchRun(8, 7, 200), c = miniBatchRun(8, 8, 200);
  ASSERT_EQ(a.trajectory().size(), 201u);
  EXPECT_EQ(a.trajectory().points, b.trajectory().points);  // bit for bit
  EXPECT_EQ(a.trajectory().sampleGradients, b.trajectory().sampleGradients);
  EXPECT_NE(a.trajectory().points, c.trajectory().points);
}

TEST(GradientSource, RecomputeReplaysTheBatches) {
  sim::Run run = miniBatchRun(4, 3, 100);
  const auto before = run.trajectory().points;
  run.recompute();
  EXPECT_EQ(run.trajectory().points, before);
}

TEST(GradientSource, FullBatchShuffleIsGradientDescentToTheLastBit) {
  const landscapes::FiniteSum sum = linearRegression(50);
  const sim::Run run = miniBatchRun(50, 11, 300);
  EXPECT_FALSE(run.gradientSource().stochastic());
  EXPECT_TRUE(run.trajectory().sampleLosses.empty());
  // torch.optim.SGD with momentum 0: p ← p − lr·∇f(p), ∇f the full-data mean gradient.
  Eigen::Vector2d p(0.5, -0.5), g;
  for (std::size_t k = 0; k <= 300; ++k) {
    const double loss = sum.valueAndGradient(p, g);
    ASSERT_EQ(run.trajectory().points[k], p) << "step " << k;
    ASSERT_EQ(run.trajectory().losses[k], loss);
    p = p - 0.05 * g;
  }
}

TEST(GradientSource, MiniBatchUpdateUsesTheBatchMeanAtThePreviousPoint) {
  const landscapes::FiniteSum sum = linearRegression(50);
  GradientSource source(sum, {8, landscapes::Sampling::Replace, false}, 5);
  sim::Run run = sgdRun(0.05);
  run.setGradientSource(source);
  run.advance(20);
  const Trajectory& t = run.trajectory();
  ASSERT_EQ(t.sampleGradients.size(), t.size());
  std::vector<std::uint32_t> rows;
  for (std::size_t k = 1; k < t.size(); ++k) {
    source.batchOf(k, rows);
    ASSERT_EQ(rows.size(), 8u);
    // (1/B) Σ_b ∇ℓ(p; row_b), ℓ = (x·u + y − t)², ∇ = 2r·(u, 1), summed in batch order.
    Eigen::Vector2d g(0, 0);
    double loss = 0;
    for (std::uint32_t r : rows) {
      const double* row = sum.data().row(r);
      const Eigen::Vector2d& p = t.points[k - 1];
      const double residual = p.x() * row[0] + p.y() - row[1];
      loss += residual * residual;
      g += 2 * residual * Eigen::Vector2d(row[0], 1);
    }
    EXPECT_NEAR(t.sampleLosses[k], loss / 8, 1e-12 * (1 + loss));
    EXPECT_NEAR(t.sampleGradients[k].x(), g.x() / 8, 1e-12 * (1 + g.norm()));
    EXPECT_NEAR(t.sampleGradients[k].y(), g.y() / 8, 1e-12 * (1 + g.norm()));
    EXPECT_EQ(t.points[k], t.points[k - 1] - 0.05 * t.sampleGradients[k]);
  }
}

TEST(GradientSource, NoiseHasMeanZeroAndStandardDeviationSigma) {
  constexpr double kSigma = 0.5;
  constexpr std::size_t kSteps = 10000;
  sim::Run run = sgdRun(0.01);
  GradientSource source;
  source.setSeed(42);
  source.setNoise(kSigma);
  run.setGradientSource(source);
  run.advance(kSteps);
  const Trajectory& t = run.trajectory();
  ASSERT_EQ(t.size(), kSteps + 1);
  double sum = 0, sumSquares = 0;
  for (std::size_t k = 1; k <= kSteps; ++k) {
    const Vec2 noise = t.sampleGradients[k] - t.gradients[k - 1];  // used minus true
    for (int i = 0; i < 2; ++i) {
      sum += noise[i];
      sumSquares += noise[i] * noise[i];
    }
  }
  const double n = 2.0 * kSteps;
  const double mean = sum / n;
  const double sd = std::sqrt(sumSquares / n - mean * mean);
  // Standard error of the mean σ/√n = 0.0035: 5 of them.
  EXPECT_LT(std::abs(mean), 5 * kSigma / std::sqrt(n));
  EXPECT_NEAR(sd, kSigma, 0.05 * kSigma);
  // The true gradient stays the exact one: 2p on x² + y².
  EXPECT_EQ(t.gradients[10], 2 * t.points[10]);
}

TEST(GradientSource, ExactSourceStoresNoSamples) {
  sim::Run run = sgdRun(0.1);
  run.advance(10);
  EXPECT_FALSE(run.gradientSource().stochastic());
  EXPECT_TRUE(run.trajectory().sampleGradients.empty());
}

}  // namespace
}  // namespace lv::sim
