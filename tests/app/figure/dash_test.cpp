// The one definition of dash patterns: every pattern but Solid has a drawn and a skipped length
// (dash-dot two of each, its second drawn one a dot); butt-cap sequences show what round caps show;
// forEachDash, which the ImGui legend draws with, walks a sequence along a line.
#include "app/figure/dash.h"

#include <gtest/gtest.h>

#include <utility>
#include <vector>

namespace lv::figure {
namespace {

std::vector<std::pair<double, double>> stretches(DashPattern pattern, double from, double to, double width) {
  std::vector<std::pair<double, double>> drawn;
  forEachDash(pattern, LineCap::Butt, from, to, width, [&](double a, double b) { drawn.push_back({a, b}); });
  return drawn;
}

TEST(Dash, EachPatternHasItsSequence) {
  EXPECT_EQ(dashSequence(DashPattern::Solid).count, 0);
  EXPECT_EQ(dashSequence(DashPattern::Dashed).count, 2);
  EXPECT_EQ(dashSequence(DashPattern::Dotted).count, 2);
  EXPECT_EQ(dashSequence(DashPattern::Dotted).lengths[0], 0);  // a dot: the round cap alone
  const DashSequence dashDot = dashSequence(DashPattern::DashDot);
  ASSERT_EQ(dashDot.count, 4);
  EXPECT_GT(dashDot.lengths[0], 0);
  EXPECT_EQ(dashDot.lengths[2], 0);
  for (DashPattern pattern : {DashPattern::Dashed, DashPattern::Dotted, DashPattern::DashDot}) {
    const DashSequence round = dashSequence(pattern);
    // Every gap leaves at least half a line width dark between the round caps.
    for (int i = 1; i < round.count; i += 2) EXPECT_GE(round.lengths[i], 1.5) << int(pattern);
  }
}

TEST(Dash, ButtCapsShowWhatRoundCapsShow) {
  for (DashPattern pattern : {DashPattern::Dashed, DashPattern::Dotted, DashPattern::DashDot}) {
    const DashSequence round = dashSequence(pattern, LineCap::Round),
                       butt = dashSequence(pattern, LineCap::Butt);
    ASSERT_EQ(round.count, butt.count);
    EXPECT_DOUBLE_EQ(round.period(), butt.period());
    for (int i = 0; i < round.count; ++i)
      EXPECT_DOUBLE_EQ(butt.lengths[i], round.lengths[i] + (i % 2 == 0 ? 1 : -1)) << int(pattern) << " " << i;
  }
}

TEST(Dash, ForEachDashWalksTheSequence) {
  const DashSequence seen = dashSequence(DashPattern::DashDot, LineCap::Butt);
  const double width = 2, from = 10, to = 10 + 3 * seen.period() * width;
  const auto drawn = stretches(DashPattern::DashDot, from, to, width);
  ASSERT_EQ(drawn.size(), 6u);  // three periods: dash, dot, dash, dot, dash, dot
  double at = from;
  for (std::size_t k = 0; k < drawn.size(); ++k) {
    EXPECT_DOUBLE_EQ(drawn[k].first, at) << k;
    EXPECT_NEAR(drawn[k].second - drawn[k].first, seen.lengths[(2 * k) % 4] * width, 1e-9) << k;
    at = drawn[k].second + seen.lengths[(2 * k + 1) % 4] * width;
  }
  EXPECT_EQ(stretches(DashPattern::Solid, 1, 5, 2), (std::vector<std::pair<double, double>>{{1, 5}}));
  const auto cut = stretches(DashPattern::Dashed, 0, 3, 2);  // one dash, cut at the line's end
  ASSERT_EQ(cut.size(), 1u);
  EXPECT_EQ(cut[0].second, 3);
  EXPECT_EQ(stretches(DashPattern::Dashed, 0, 3, 0).size(), 1u);  // no width: drawn whole, no endless loop
}

}  // namespace
}  // namespace lv::figure
