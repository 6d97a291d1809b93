// Colormap tables: names, ends, monotone lightness of the sequential maps. No GL.
#include "app/sim/colormap.h"

#include <gtest/gtest.h>

namespace lv::sim {
namespace {

float lightness(const std::array<float, 3>& c) { return 0.2126f * c[0] + 0.7152f * c[1] + 0.0722f * c[2]; }

TEST(Colormap, ListsTheFiveMaps) {
  const auto names = colormapNames();
  ASSERT_EQ(names.size(), 5u);
  EXPECT_EQ(names.front(), "viridis");
  for (const char* name : {"viridis", "magma", "inferno", "cividis", "coolwarm"}) {
    EXPECT_TRUE(isColormap(name)) << name;
  }
  EXPECT_FALSE(isColormap("jet"));
  EXPECT_EQ(colormapNameList(), "viridis, magma, inferno, cividis, coolwarm");
}

TEST(Colormap, EndsMatchThePublishedMaps) {
  auto low = colormapColor("viridis", 0.0);
  EXPECT_NEAR(low[0], 68 / 255.0f, 1e-6);
  EXPECT_NEAR(low[2], 84 / 255.0f, 1e-6);
  auto high = colormapColor("viridis", 1.0);
  EXPECT_NEAR(high[0], 253 / 255.0f, 1e-6);
  auto below = colormapColor("magma", -3.0);  // clamped
  EXPECT_NEAR(below[0], 0.0f, 1e-6);
  auto mid = colormapColor("coolwarm", 0.5);  // the diverging map is grey in the middle
  EXPECT_NEAR(mid[0], mid[2], 0.03f);
}

TEST(Colormap, SequentialMapsGetLighter) {
  for (const char* name : {"viridis", "magma", "inferno", "cividis"}) {
    float previous = -1;
    for (int i = 0; i <= 16; ++i) {
      float l = lightness(colormapColor(name, i / 16.0));
      EXPECT_GT(l, previous) << name << " at " << i;
      previous = l;
    }
  }
}

}  // namespace
}  // namespace lv::sim
