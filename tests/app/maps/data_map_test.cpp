// The CPU engine on data landscapes (finite sums), against facts derived by hand from the rows:
// gradient descent on linear_regression's mean squared error reaches the least-squares minimum
// (normal equations) from every start; heavy ball diverges past lr·λmax = 2(1 + μ) (Polyak 1964),
// λmax the largest eigenvalue of the loss's Hessian 2/N·[Σu² Σu; Σu N]; and on logistic_regression
// (no closed form: the per-row loop) the final points zero the hand-written gradient of the mean
// binary cross-entropy, mean((σ(xu + y) − label)·(u, 1)).
#include "app/maps/convergence_map.h"
#include "tests/app/maps/data_map_spec.h"

#include "tests/app/maps/heavy_ball_theory.h"
#include "tests/app/maps/hyper_axes.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lv::maps {
namespace {

using test::dataMapSpec;
using test::handLeastSquares;

// ∇ of (1/N) Σ softplus(xu + y) − label·(xu + y): d/dz = σ(z) − label.
Vec2 handLogisticGradient(const landscapes::DataTable& table, const Vec2& p) {
  Vec2 sum = Vec2::Zero();
  for (size_t i = 0; i < table.rows(); ++i) {
    const double u = table.row(i)[0], label = table.row(i)[1];
    const double residual = 1 / (1 + std::exp(-(p.x() * u + p.y()))) - label;
    sum += residual * Vec2(u, 1);
  }
  return sum / double(table.rows());
}

TEST(DataMap, LinearRegressionBasinMapConvergesEverywhereToTheLeastSquaresMinimum) {
  MapSpec spec = dataMapSpec("linear_regression", "sgd", 0.3);
  spec.width = 9;
  spec.height = 7;
  spec.steps = 200;
  const Vec2 minimum = handLeastSquares(spec.data->data());
  // The generator's line t = 2u − 1, up to the noise.
  EXPECT_NEAR(minimum.x(), 2, 0.2);
  EXPECT_NEAR(minimum.y(), -1, 0.2);
  const ConvergenceMap map = computeMapCpu(spec, 2);
  for (const PixelResult& p : map.pixels) {
    EXPECT_FALSE(p.divergedStep);
    EXPECT_TRUE(p.convergedStep);
    EXPECT_NEAR(p.finalPoint.x(), minimum.x(), 1e-9);
    EXPECT_NEAR(p.finalPoint.y(), minimum.y(), 1e-9);
    EXPECT_EQ(p.basin, std::optional<int>(0));  // the data landscape's one known minimum
  }
}

TEST(DataMap, HeavyBallHyperMapOfADataLandscapeDivergesWhereTheoryPutsIt) {
  MapSpec spec = dataMapSpec("linear_regression", "momentum", 0.1);
  const landscapes::DataTable& table = spec.data->data();
  double n = 0, su = 0, suu = 0;
  for (size_t i = 0; i < table.rows(); ++i) {
    n += 1;
    su += table.row(i)[0];
    suu += table.row(i)[0] * table.row(i)[0];
  }
  const double a = 2 * suu / n, b = 2 * su / n, c = 2;  // the Hessian [a b; b c]
  const double lambdaMax = 0.5 * (a + c) + std::sqrt(0.25 * (a - c) * (a - c) + b * b);
  ASSERT_NO_FATAL_FAILURE(test::setHyperMap(spec, Vec2(0, 0), "lr:0.05:2:linear", "momentum:0:0.9"));
  spec.width = 24;
  spec.height = 10;
  spec.steps = 200;
  const ConvergenceMap map = computeMapCpu(spec, 2);
  Vec2 gradient;
  const double startLoss = spec.data->valueAndGradient(spec.start, gradient);
  int diverging = 0, stable = 0;
  const auto expectTheory = [&](const PixelResult& p, double ratio, const std::string& what) {
    if (ratio > 1.15) {
      EXPECT_TRUE(p.divergedStep || (p.finalLoss && *p.finalLoss > startLoss)) << what;
      ++diverging;
    } else if (ratio < 0.9) {
      EXPECT_FALSE(p.divergedStep) << what;
      ASSERT_TRUE(p.finalLoss) << what;
      EXPECT_LT(*p.finalLoss, startLoss) << what;
      ++stable;
    }
  };
  test::forEachHeavyBallPixel(spec, map, lambdaMax, expectTheory);
  EXPECT_GT(diverging, 40);
  EXPECT_GT(stable, 40);
}

// The loop path (no closed form), with gradients (sgd) and with the Hessian (newton).
TEST(DataMap, LogisticRegressionMapsEndWhereTheHandGradientVanishes) {
  for (const auto& [optimizer, lr, steps] : {std::tuple<const char*, double, long>{"sgd", 2.0, 600},
                                             std::tuple<const char*, double, long>{"newton", 1.0, 25}}) {
    MapSpec spec = dataMapSpec("logistic_regression", optimizer, lr);
    // Around the fit (x ≈ 2/noise² = 2, y ≈ 0), where Newton's quadratic model holds.
    spec.view = landscapes::Rect{1, 3, -1, 1};
    spec.width = spec.height = 4;
    spec.steps = steps;
    const ConvergenceMap map = computeMapCpu(spec, 2);
    for (const PixelResult& p : map.pixels) {
      EXPECT_FALSE(p.divergedStep) << optimizer;
      EXPECT_LT(handLogisticGradient(spec.data->data(), p.finalPoint).norm(), 1e-8) << optimizer;
      EXPECT_FALSE(p.basin) << optimizer;  // no known minimum: no basin label
    }
  }
}

}  // namespace
}  // namespace lv::maps
