// The colour bar states the surface shader's mapping: positions from the shader's formulas, ticks
// at decades of f − lo on a log scale, placed clear of a legend at the bottom right.
#include "app/figure/color_bar.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lv::figure {
namespace {

ColorMapping logMapping() {
  ColorMapping m;
  m.scale.logScale = true;
  m.scale.lo = 0;
  m.scale.hi = 1000;
  m.scale.eps = 0.1;  // (hi − lo) × 1e-4
  m.scale.valid = true;
  m.colors = {{0, 0, 0, 1}, {0.5f, 0.5f, 0.5f, 1}, {1, 1, 1, 1}};
  return m;
}

TEST(ColorMapping, PositionsAreTheShadersAndInvert) {
  const ColorMapping m = logMapping();
  const double span = std::log(1000.1) - std::log(0.1);
  EXPECT_DOUBLE_EQ(colorPosition(m, 0), 0);
  EXPECT_NEAR(colorPosition(m, 1000), 1, 1e-12);
  EXPECT_NEAR(colorPosition(m, 9.9), (std::log(10.0) - std::log(0.1)) / span, 1e-12);
  EXPECT_EQ(colorPosition(m, 1e9), 1);
  EXPECT_EQ(colorPosition(m, NAN), 0);
  for (double f : {0.5, 10.0, 300.0}) EXPECT_NEAR(valueAtPosition(m, colorPosition(m, f)), f, 1e-9 * f);
  ColorMapping linear = m;
  linear.scale.logScale = false;
  linear.scale.lo = 2;
  linear.scale.hi = 6;
  EXPECT_DOUBLE_EQ(colorPosition(linear, 3), 0.25);
  EXPECT_DOUBLE_EQ(valueAtPosition(linear, 0.75), 5);
}

TEST(ColorBar, LogTicksAreDecadesAtTheirPositions) {
  const TextMetrics metrics{16, {}};
  const auto bar = layoutColorBar(logMapping(), {0, 0, 1200, 700}, Corner::TopRight, metrics);
  ASSERT_TRUE(bar);
  EXPECT_EQ(bar->title.text, "f (log scale)");
  ASSERT_GE(bar->ticks.size(), 2u);
  EXPECT_EQ(bar->ticks.back().label.text, "1e3");  // the top decade is kept
  for (const Tick& t : bar->ticks) {
    const double expected = bar->bar.x0 + colorPosition(logMapping(), t.value) * bar->bar.width();
    EXPECT_NEAR(t.pixel, expected, 1e-9) << t.label.text;
    EXPECT_NEAR(std::log10(t.value), std::round(std::log10(t.value)), 1e-12);
  }
  ASSERT_EQ(bar->stops.size(), 3u);
  EXPECT_DOUBLE_EQ(bar->stops[1].t, 0.5);
  // Bottom right of the area, inside it.
  EXPECT_DOUBLE_EQ(bar->plate.x1, 1200);
  EXPECT_DOUBLE_EQ(bar->plate.y1, 700);
}

TEST(ColorBar, MovesToTheTopWhenTheLegendIsAtTheBottomRight) {
  const auto bar = layoutColorBar(logMapping(), {0, 10, 1200, 700}, Corner::BottomRight, {16, {}});
  ASSERT_TRUE(bar);
  EXPECT_DOUBLE_EQ(bar->plate.y0, 10);
}

TEST(ColorBar, NoneWithoutColoursOrRoom) {
  ColorMapping m = logMapping();
  EXPECT_FALSE(layoutColorBar(m, {0, 0, 60, 700}, Corner::TopRight, {16, {}}));
  m.colors.clear();
  EXPECT_FALSE(layoutColorBar(m, {0, 0, 1200, 700}, Corner::TopRight, {16, {}}));
}

}  // namespace
}  // namespace lv::figure
