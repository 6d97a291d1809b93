// Runs differ by more than colour (issue 9 item 14): no white run (the arrows are white), no colour
// repeated within the palette, and (colour, head shape, dash) unique over the first 40 runs; the
// legend names what distinguishes runs ("sgd lr=0.2").
#include "app/figure/run_style.h"

#include <gtest/gtest.h>

#include <set>
#include <tuple>

namespace lv::figure {
namespace {

TEST(RunStyle, PaletteHasNoWhiteAndNoRepeatWithinARound) {
  std::set<std::array<float, 3>> colours;
  for (size_t i = 0; i < kPaletteSize; ++i) {
    const sim::Rgba c = sim::paletteColor(i);
    EXPECT_FALSE(c[0] > 0.9f && c[1] > 0.9f && c[2] > 0.9f) << "run " << i << " is white like the arrows";
    colours.insert({c[0], c[1], c[2]});
  }
  EXPECT_EQ(colours.size(), kPaletteSize);
  EXPECT_EQ(sim::paletteColor(kPaletteSize), sim::paletteColor(0));  // kPaletteSize is the period
}

TEST(RunStyle, FirstFortyRunsAllLookDifferent) {
  std::set<std::tuple<std::array<float, 4>, MarkerShape, DashPattern>> looks;
  for (size_t i = 0; i < 40; ++i) looks.insert({sim::paletteColor(i), runMarkerShape(i), runDashPattern(i)});
  EXPECT_EQ(looks.size(), 40u);
  for (size_t i = 0; i < kPaletteSize; ++i) EXPECT_EQ(runDashPattern(i), DashPattern::Solid);
  EXPECT_EQ(runDashPattern(kPaletteSize), DashPattern::Dashed);
  EXPECT_NE(runMarkerShape(0), runMarkerShape(1));
}

}  // namespace
}  // namespace lv::figure
