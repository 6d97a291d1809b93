// The colour scale as data: positions and values by the published formulas (linear; log1p), contour
// levels at equal steps of t, and fits whose range comes from the data's order statistics.
#include "app/sim/color_scale.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lv::sim {
namespace {

TEST(ColorScale, LinearAndLogPositionsAndTheirInverse) {
  ColorScale linear{0.5, 9.5, false, 1e-6, 4, true};
  EXPECT_DOUBLE_EQ(linear.position(0.5), 0.0);
  EXPECT_DOUBLE_EQ(linear.position(9.5), 1.0);
  EXPECT_DOUBLE_EQ(linear.valueAt(0.5), 5.0);
  const std::vector<double> levels = linear.contourLevels();  // t = 1/4, 2/4, 3/4
  ASSERT_EQ(levels.size(), 3u);
  EXPECT_DOUBLE_EQ(levels[0], 2.75);
  EXPECT_DOUBLE_EQ(levels[2], 7.25);
  // log1p((f - lo) / eps) / log1p((hi - lo) / eps) with lo = 0, hi = 99, eps = 1: f = 9 is log 10 / log 100.
  ColorScale log{0, 99, true, 1, 2, true};
  EXPECT_NEAR(log.position(9), 0.5, 1e-15);
  EXPECT_NEAR(log.valueAt(0.5), 9, 1e-12);
  EXPECT_EQ(log.position(-5), 0.0);  // below lo: the low end
}

TEST(ColorScale, FitTakesTheRangeFromTheValues) {
  // f = x over [0, 10] × [0, 1] on a 10 × 10 grid of cell centres: values 0.5, 1.5, ..., 9.5, ten each.
  const auto f = [](const optim::Vec2& p) { return p.x(); };
  ColorScaleFit fit;
  fit.samples = 10;
  const ColorScale linear = fitColorScale(f, {0, 10, 0, 1}, false, 20, fit);
  EXPECT_TRUE(linear.valid);
  EXPECT_DOUBLE_EQ(linear.lo, 0.5);
  EXPECT_DOUBLE_EQ(linear.hi, 9.5);  // the 0.99 quantile: sample 98 of 100 in order
  fit.epsQuantile = 0.5;             // sample 49 in order: 4.5
  const ColorScale log = fitColorScale(f, {0, 10, 0, 1}, true, 20, fit);
  EXPECT_DOUBLE_EQ(log.hi, 9.5);
  EXPECT_DOUBLE_EQ(log.eps, 9.0 * 1e-2);  // 4.5 - 0.5 = 4, capped at 2 decades: span × 1e-2
  fit.epsQuantile = 0.05;                 // sample 4 in order: 0.5 again, so the floor 1e-12 span
  EXPECT_DOUBLE_EQ(fitColorScale(f, {0, 10, 0, 1}, true, 20, fit).eps, 9.0 * 1e-12);
}

// A fit samples n² points of an f that sums `terms` rows each: n² · terms stays within 96² · 256.
TEST(ColorScale, FitsOfManyRowsSampleFewerPoints) {
  EXPECT_EQ(fitSamples(1), 96);
  EXPECT_EQ(fitSamples(0), 96);
  EXPECT_EQ(fitSamples(256), 96);     // 96² · 256: the whole budget
  EXPECT_EQ(fitSamples(1024), 48);    // 48² · 1024 = 96² · 256
  EXPECT_EQ(fitSamples(9216), 16);    // 16² · 9216 = 96² · 256
  EXPECT_EQ(fitSamples(100000), 16);  // never under 16 per side
}

TEST(ColorScale, FlatOrNonFiniteViewsStillGiveAUsableScale) {
  const ColorScale flat = fitColorScale([](const optim::Vec2&) { return 3.0; }, {0, 1, 0, 1}, true, 10);
  EXPECT_TRUE(flat.valid);
  EXPECT_GT(flat.hi, flat.lo);
  EXPECT_GT(flat.eps, 0);
  const ColorScale none = fitColorScale([](const optim::Vec2&) { return NAN; }, {0, 1, 0, 1}, true, 10);
  EXPECT_FALSE(none.valid);
  EXPECT_GT(none.hi, none.lo);
}

}  // namespace
}  // namespace lv::sim
