// Tick labels carry enough digits that neighbours differ (issue 9 item 9: "0 0 0 1 1" at step 0,
// "0.9962 0.9962" at deep zoom), and ticks thin out until their labels do not touch.
#include "app/figure/ticks.h"

#include <gtest/gtest.h>

#include <set>

namespace lv::figure {
namespace {

TEST(TickLabel, HasTheDecimalsOfTheStep) {
  EXPECT_EQ(tickLabel(0, 0.5), "0");
  EXPECT_EQ(tickLabel(-1.5, 0.5), "-1.5");
  EXPECT_EQ(tickLabel(2, 1), "2");
  EXPECT_EQ(tickLabel(1500, 500), "1500");
  EXPECT_EQ(tickLabel(0.9962005, 5e-7), "0.9962005");
  EXPECT_EQ(tickLabel(0.25, 0.05), "0.25");
  // 1e-12 of rounding from 0.1 + 0.2 does not show.
  EXPECT_EQ(tickLabel(0.1 + 0.2, 0.1), "0.3");
}

TEST(TickLabel, IsScientificForHugeAndTinyValues) {
  EXPECT_EQ(tickLabel(2e6, 1e6), "2e6");
  EXPECT_EQ(tickLabel(2.5e6, 5e5), "2.5e6");
  EXPECT_EQ(tickLabel(2.5e-7, 5e-8), "2.5e-7");
  EXPECT_EQ(tickLabel(-3e-9, 1e-9), "-3e-9");
}

TEST(TickValues, StepAxisAtStepZeroHasWholeSteps) {
  double step = 0;
  EXPECT_EQ(tickValues(0, 1, 5, true, &step), (std::vector<double>{0, 1}));
  EXPECT_EQ(step, 1);
  EXPECT_EQ(tickValues(0, 3, 5, true), (std::vector<double>{0, 1, 2, 3}));
  EXPECT_EQ(tickValues(0, 1000, 5, true), (std::vector<double>{0, 200, 400, 600, 800, 1000}));
}

TEST(FittedTicks, NeighbouringLabelsDifferAtDeepZoom) {
  const TextMetrics metrics{16, {}};
  // 5e-5 wide around 0.9962 on 1000 pixels: labels need 6 or 7 decimals.
  const auto ticks = fittedTicks(0.99620, 0.99625, 0, 1000, 8, false, AxisDirection::Horizontal, metrics);
  ASSERT_GE(ticks.size(), 3u);
  std::set<std::string> labels;
  for (const Tick& t : ticks) labels.insert(t.label.text);
  EXPECT_EQ(labels.size(), ticks.size());
  EXPECT_EQ(ticks.front().label.text.substr(0, 6), "0.9962");
}

TEST(FittedTicks, MapValuesToPixelsLinearlyAndUpsideDownForY) {
  const TextMetrics metrics{16, {}};
  const auto x = fittedTicks(-2, 2, 0, 400, 8, false, AxisDirection::Horizontal, metrics);
  for (const Tick& t : x) EXPECT_DOUBLE_EQ(t.pixel, (t.value + 2) / 4 * 400);
  const auto y = fittedTicks(-1, 3, 300, 0, 6, false, AxisDirection::Vertical, metrics);
  ASSERT_FALSE(y.empty());
  for (const Tick& t : y) EXPECT_DOUBLE_EQ(t.pixel, 300 - (t.value + 1) / 4 * 300);
}

TEST(FittedTicks, ThinOutUntilLabelsLeaveAGap) {
  // "100000"-wide labels (6 × 0.6 × 32 = 115 px at a 32 px font) on 300 px.
  const TextMetrics metrics{32, {}};
  const auto ticks = fittedTicks(0, 1e6 - 1, 0, 300, 8, false, AxisDirection::Horizontal, metrics);
  ASSERT_GE(ticks.size(), 2u);
  for (size_t i = 1; i < ticks.size(); ++i)
    EXPECT_GE(ticks[i].pixel - ticks[i - 1].pixel,
              metrics.width(ticks[i - 1].label.text) + metrics.width("0"));
  // The same range on 1600 px keeps more.
  EXPECT_GT(fittedTicks(0, 1e6 - 1, 0, 1600, 8, false, AxisDirection::Horizontal, metrics).size(),
            ticks.size());
}

}  // namespace
}  // namespace lv::figure
