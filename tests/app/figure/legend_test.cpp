// Legend layout (issue 9 items 14 and 16): inside the area it is given, at the corner asked for,
// sized to the canvas (45 % of its width, 60 % of its height), dropping the loss column and then
// shortening names when narrow, "+N more" when runs do not fit, hit-testing rows for clicks.
#include "app/figure/legend.h"

#include <gtest/gtest.h>

namespace lv::figure {
namespace {

std::vector<LegendRow> rows(size_t n, const std::string& name = "sgd lr=0.2",
                            const std::string& detail = "loss 0.1234  running") {
  std::vector<LegendRow> r;
  for (size_t i = 0; i < n; ++i)
    r.push_back({i, name, detail, {1, 0, 0, 1}, DashPattern::Solid, MarkerShape::Disc, true});
  return r;
}

bool inside(const Box& inner, const Box& outer) {
  return inner.x0 >= outer.x0 - 1e-9 && inner.y0 >= outer.y0 - 1e-9 && inner.x1 <= outer.x1 + 1e-9 &&
         inner.y1 <= outer.y1 + 1e-9;
}

const Box kArea{40, 8, 1000, 560};
const TextMetrics kFont16{16, {}};

TEST(Legend, SitsInTheCornerAskedForInsideTheArea) {
  for (Corner corner : {Corner::TopRight, Corner::TopLeft, Corner::BottomRight, Corner::BottomLeft}) {
    const Legend legend = layoutLegend(rows(3), {}, {true, corner}, kArea, kFont16, false);
    ASSERT_FALSE(legend.box.empty());
    EXPECT_TRUE(inside(legend.box, kArea));
    const bool right = corner == Corner::TopRight || corner == Corner::BottomRight;
    const bool top = corner == Corner::TopRight || corner == Corner::TopLeft;
    EXPECT_DOUBLE_EQ(right ? legend.box.x1 : legend.box.x0, right ? kArea.x1 : kArea.x0);
    EXPECT_DOUBLE_EQ(top ? legend.box.y0 : legend.box.y1, top ? kArea.y0 : kArea.y1);
    ASSERT_EQ(legend.entries.size(), 3u);
    for (const LegendEntry& e : legend.entries) {
      EXPECT_TRUE(inside(e.row, legend.box));
      EXPECT_EQ(e.name.text, "sgd lr=0.2");
      EXPECT_EQ(e.detail.text, "loss 0.1234  running");
    }
    // Rows are stacked, 1.3 lines apart.
    EXPECT_DOUBLE_EQ(legend.entries[1].row.y0 - legend.entries[0].row.y0, 1.3 * 16);
  }
}

TEST(Legend, NarrowCanvasDropsTheLossColumnThenShortensNames) {
  // 45 % of 400 px = 180 px: "sgd lr=0.2" (96 px) fits only without its 192 px detail.
  const Box narrow{0, 0, 400, 400};
  Legend legend = layoutLegend(rows(2), {}, {}, narrow, kFont16, false);
  EXPECT_LE(legend.box.width(), 0.45 * 400 + 1e-9);
  EXPECT_EQ(legend.entries[0].name.text, "sgd lr=0.2");
  EXPECT_EQ(legend.entries[0].detail.text, "");
  // A 32 px font (UI scale 2) on the same canvas: the name itself is cut.
  const TextMetrics font32{32, {}};
  legend = layoutLegend(rows(2), {}, {}, narrow, font32, false);
  EXPECT_LE(legend.box.width(), 8 * 32 + 1e-9);
  const std::string& name = legend.entries[0].name.text;
  EXPECT_LT(name.size(), std::string("sgd lr=0.2").size() + 3);
  EXPECT_EQ(name.substr(name.size() - 3), "…");
  EXPECT_LE(legend.entries[0].name.at.x() + font32.width(name), legend.box.x1 + 1e-9);
}

TEST(Legend, ANameThatFitsBesideItsDetailIsNeverCut) {
  // With 0.61 em a character, (name + gap + detail) − gap − detail rounds below the name's width:
  // the room left for the name must be the name's own width, not that difference (SVG legends
  // showed "s…" for "sgd" with cairo's widths).
  const TextMetrics font{16, [](std::string_view text) { return 0.61 * 16 * double(text.size()); }};
  for (const auto& [name, detail] :
       {std::pair<std::string, std::string>{"a", "b"}, {"sgd", "loss 0.2297  running"}}) {
    const Legend legend = layoutLegend(rows(1, name, detail), {}, {}, kArea, font, false);
    ASSERT_EQ(legend.entries.size(), 1u);
    EXPECT_EQ(legend.entries[0].name.text, name);
    EXPECT_EQ(legend.entries[0].detail.text, detail);
  }
}

TEST(Legend, RunsBeyondSixtyPercentOfTheHeightBecomeMore) {
  // 60 % of 300 px = 180 px: 2 × 8 px padding leaves 164 px = 7 rows of 20.8 px.
  const Box area{0, 0, 1200, 300};
  const Legend legend = layoutLegend(rows(20), {}, {}, area, kFont16, false);
  EXPECT_LE(legend.box.height(), 180 + 1e-9);
  EXPECT_EQ(legend.entries.size(), 6u);
  EXPECT_EQ(legend.more.text, "+14 more");
}

TEST(Legend, ArrowKeyRowsFollowTheRuns) {
  const std::vector<KeyRow> key = {{ArrowKind::Descent, "−∇f", {1, 1, 1, 1}},
                                   {ArrowKind::Step, "last step", {1, 1, 1, 1}}};
  const Legend legend = layoutLegend(rows(2), key, {}, kArea, kFont16, false);
  ASSERT_EQ(legend.arrowKey.size(), 2u);
  EXPECT_GE(legend.arrowKey[0].swatch.y0, legend.entries[1].row.y1 - 1e-9);
  EXPECT_EQ(legend.arrowKey[1].text.text, "last step");
  EXPECT_TRUE(inside(legend.arrowKey[1].swatch, legend.box));
}

TEST(Legend, ClickFindsTheRunAndClosedLegendIsATab) {
  const Legend legend = layoutLegend(rows(3), {}, {}, kArea, kFont16, true);
  const Box& row = legend.entries[1].row;
  EXPECT_EQ(legendRunAt(legend, {row.x0 + 2, row.y0 + 2}), std::optional<size_t>(1));
  EXPECT_EQ(legendRunAt(legend, {kArea.x0 + 2, kArea.y1 - 2}), std::nullopt);
  EXPECT_FALSE(legend.toggle.empty());
  EXPECT_FALSE(legend.toggle.overlaps(row));
  const Legend closed = layoutLegend(rows(3), {}, {false, Corner::TopRight}, kArea, kFont16, true);
  EXPECT_TRUE(closed.box.empty());
  EXPECT_TRUE(closed.entries.empty());
  EXPECT_FALSE(closed.toggle.empty());
  EXPECT_DOUBLE_EQ(closed.toggle.x1, kArea.x1);
  // Not interactive (exported pictures): closed means nothing at all.
  EXPECT_TRUE(layoutLegend(rows(3), {}, {false, Corner::TopRight}, kArea, kFont16, false).toggle.empty());
}

TEST(Legend, DraggedLegendSnapsToTheNearestCorner) {
  EXPECT_EQ(nearestCorner(kArea, {900, 500}), Corner::BottomRight);
  EXPECT_EQ(nearestCorner(kArea, {100, 100}), Corner::TopLeft);
  EXPECT_EQ(nearestCorner(kArea, {100, 500}), Corner::BottomLeft);
  EXPECT_EQ(nearestCorner(kArea, {900, 10}), Corner::TopRight);
}

TEST(Ellipsized, CutsWholeCharacters) {
  const TextMetrics metrics{10, {}};  // 6 px a character
  EXPECT_EQ(ellipsized("abcdef", 36, metrics), "abcdef");
  EXPECT_EQ(ellipsized("abcdef", 30, metrics), "abcd…");
  EXPECT_EQ(ellipsized("aβγδεζ", 24, metrics), "aβγ…");
}

}  // namespace
}  // namespace lv::figure
