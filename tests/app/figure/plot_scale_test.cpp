// The loss plot's scale (issue 9 item 6): hidden runs do not count, a diverged run counts up to
// three decades above the others, no fake 1e-16 floor without a known f*, raw/minus-f* and
// linear/log switches, ticks that do not run together.
#include "app/figure/plot_scale.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lv::figure {
namespace {

const std::vector<double> kConverging = {10, 1, 0.1, 0.01};  // 1e-2 .. 1e1
const std::vector<double> kDiverging = {10, 1e3, 1e100, 1e300};

TEST(LossScale, HiddenRunsDoNotCount) {
  const auto scale = lossScale({{&kConverging, true, false}, {&kDiverging, false, true}}, 0.0, {});
  EXPECT_TRUE(scale.logScale);
  EXPECT_EQ(scale.quantity, LossQuantity::AboveMinimum);
  EXPECT_DOUBLE_EQ(scale.lo, -2);
  EXPECT_DOUBLE_EQ(scale.hi, 1);
  EXPECT_EQ(scale.title, "loss − f*  (log scale)");
  EXPECT_EQ(scale.note, "");
}

TEST(LossScale, DivergedRunsCountUpToThreeDecadesAboveTheOthers) {
  const auto scale = lossScale({{&kConverging, true, false}, {&kDiverging, true, true}}, 0.0, {});
  EXPECT_DOUBLE_EQ(scale.lo, -2);
  EXPECT_DOUBLE_EQ(scale.hi, 1 + kDivergedHeadroom);
  EXPECT_DOUBLE_EQ(plottedValue(scale, 1e300), scale.hi + (scale.hi - scale.lo));  // leaves the top
  // Alone, a diverged run is the whole range (up to the largest double).
  const auto alone = lossScale({{&kDiverging, true, true}}, 0.0, {});
  EXPECT_DOUBLE_EQ(alone.hi, 300);
}

TEST(LossScale, WithoutAKnownMinimumPlotsRawLossNotAFakeFloor) {
  const std::vector<double> losses = {5, 3, 2, 2};  // stalls at 2: loss − lowest would be 0 → 1e-16
  const auto scale = lossScale({{&losses, true, false}}, std::nullopt, {});
  EXPECT_EQ(scale.quantity, LossQuantity::Raw);
  EXPECT_EQ(scale.note, "no known minimum f*: raw loss");
  EXPECT_DOUBLE_EQ(scale.offset, 0);
  EXPECT_DOUBLE_EQ(scale.lo, 0);  // floor(log10 2)
  EXPECT_DOUBLE_EQ(scale.hi, 1);  // ceil(log10 5)
  EXPECT_EQ(scale.title, "loss  (log scale)");
}

TEST(LossScale, RawAndLinearSwitches) {
  const std::vector<double> losses = {13, 4, 3.5, 3};  // f* = 3 (Goldstein–Price-like)
  LossPlotOptions raw;
  raw.quantity = LossQuantity::Raw;
  auto scale = lossScale({{&losses, true, false}}, 3.0, raw);
  EXPECT_DOUBLE_EQ(scale.offset, 0);
  EXPECT_DOUBLE_EQ(scale.lo, 0);
  EXPECT_DOUBLE_EQ(scale.hi, 2);
  LossPlotOptions linear;
  linear.logScale = false;
  scale = lossScale({{&losses, true, false}}, 3.0, linear);
  EXPECT_FALSE(scale.logScale);
  EXPECT_DOUBLE_EQ(scale.lo, -0.5);  // 0..10 padded by 5 %
  EXPECT_DOUBLE_EQ(scale.hi, 10.5);
  EXPECT_DOUBLE_EQ(plottedValue(scale, 4), 1);
  EXPECT_EQ(scale.title, "loss − f*");
  // At f* exactly, loss − f* = 0 sits at the bottom of a log scale.
  scale = lossScale({{&losses, true, false}}, 3.0, {});
  EXPECT_TRUE(scale.logScale);
  EXPECT_DOUBLE_EQ(plottedValue(scale, 3), scale.lo);
}

TEST(LossScale, NegativeRawLossesFallBackToLinear) {
  const std::vector<double> losses = {0, -1, -4, -9};  // x² − y² leaving the saddle
  const auto scale = lossScale({{&losses, true, false}}, std::nullopt, {});
  EXPECT_FALSE(scale.logScale);
  EXPECT_NE(scale.note.find("log scale needs positive values"), std::string::npos);
  EXPECT_LT(scale.lo, -9);
  EXPECT_GT(scale.hi, 0);
}

TEST(LossScale, NoVisibleRunIsEmpty) {
  EXPECT_TRUE(lossScale({{&kConverging, false, false}}, 0.0, {}).empty);
  EXPECT_TRUE(lossScale({}, 0.0, {}).empty);
}

TEST(LossTicks, DecadesThinOutToOneAndAHalfLines) {
  LossScale scale;
  scale.logScale = true;
  scale.lo = -16;
  scale.hi = 4;
  // 20 decades on 120 px at a 24 px font: a label every 36 px = every 6 decades.
  const auto ticks = lossTicks(scale, 130, 10, {24, {}});
  ASSERT_GE(ticks.size(), 2u);
  EXPECT_EQ(ticks[0].label.text, "1e-16");
  EXPECT_DOUBLE_EQ(ticks[0].pixel, 130);
  EXPECT_EQ(ticks[1].label.text, "1e-10");
  for (size_t i = 1; i < ticks.size(); ++i) EXPECT_GE(ticks[i - 1].pixel - ticks[i].pixel, 36 - 1e-9);
}

TEST(StepTicks, AtStepZeroAreZeroAndOneAndNeverRunTogether) {
  const auto zero = stepTicks(0, 0, 400, {16, {}});
  ASSERT_EQ(zero.size(), 2u);
  EXPECT_EQ(zero[0].label.text, "0");
  EXPECT_EQ(zero[1].label.text, "1");
  // 10 000 steps on 200 px at a 32 px font (UI scale 2): "10000" is 96 px wide.
  const TextMetrics font32{32, {}};
  const auto ticks = stepTicks(10000, 0, 200, font32);
  for (size_t i = 1; i < ticks.size(); ++i)
    EXPECT_GE(ticks[i].pixel - ticks[i - 1].pixel, font32.width(ticks[i - 1].label.text) + font32.width("0"));
}

}  // namespace
}  // namespace lv::figure
