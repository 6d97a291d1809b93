// Label placement (label_placement.h): spots beside a point in a preferred order, farther out when
// those are taken, always inside the area.
#include "app/figure/label_placement.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace lv::figure {
namespace {

const Box kArea{0, 0, 400, 300};

TEST(LabelPlacement, BoxBesideTouchesTheAnchorsCornerOrSideAtTheOffset) {
  const Box upRight = boxBeside({100, 100}, {1, -1}, 40, 20, 5);
  EXPECT_DOUBLE_EQ(upRight.x0, 105);
  EXPECT_DOUBLE_EQ(upRight.y1, 95);
  EXPECT_DOUBLE_EQ(upRight.width(), 40);
  const Box right = boxBeside({100, 100}, {3, 0}, 40, 20, 5);  // any length: only the direction counts
  EXPECT_DOUBLE_EQ(right.x0, 105);
  EXPECT_DOUBLE_EQ(right.y0, 90);
  EXPECT_DOUBLE_EQ(right.y1, 110);
}

TEST(LabelPlacement, TakesTheFirstClearSpotAroundThePreferredDirection) {
  const std::vector<Vec2> around = directionsAround({0, 2});  // down on the screen
  ASSERT_EQ(around.size(), 8u);
  EXPECT_NEAR(around[0].y(), 1, 1e-12);
  EXPECT_NEAR(around[7].y(), -1, 1e-12);
  const Vec2 tip{200, 150};
  const Box free = placeLabel(tip, around, 40, 20, kArea, {}, 4);
  EXPECT_DOUBLE_EQ(free.y0, 154);  // just below the tip
  // Below taken: the next spot turns 45° and stays beside the tip.
  const std::vector<Box> below{{150, 152, 250, 200}};
  const Box moved = placeLabel(tip, around, 40, 20, kArea, below, 4);
  EXPECT_FALSE(moved.overlaps(below[0]));
  EXPECT_LT((Vec2(0.5 * (moved.x0 + moved.x1), 0.5 * (moved.y0 + moved.y1)) - tip).norm(), 40);
}

TEST(LabelPlacement, GoesFartherOutWhenEverySpotBesideIsTakenAndStaysInTheArea) {
  const Vec2 tip{200, 150};
  const std::vector<Box> ring{{170, 130, 230, 170}};  // covers every spot beside the tip
  const Box b = placeLabel(tip, directionsAround({1, 0}), 20, 10, kArea, ring, 4);
  EXPECT_FALSE(b.overlaps(ring[0]));
  EXPECT_LT((Vec2(0.5 * (b.x0 + b.x1), 0.5 * (b.y0 + b.y1)) - tip).norm(), 60);
  // At the area's corner the spots are clamped inside it.
  const Box corner = placeLabel({398, 2}, directionsAround({1, -1}), 40, 20, kArea, {}, 4);
  EXPECT_TRUE(corner.x0 >= 0 && corner.y0 >= 0 && corner.x1 <= 400 && corner.y1 <= 300);
}

TEST(LabelPlacement, ArrowBoxesCoverTheShaftAndTheHeadOnly) {
  std::vector<Box> boxes;  // along x, 100 px: head 2.4 × 5 = 12 px long, 5 px wide each side at its base
  addArrowBoxes({0, 0}, {100, 0}, 5, 2, boxes);
  auto covered = [&](const Vec2& p) {
    return std::any_of(boxes.begin(), boxes.end(), [&](const Box& b) { return b.contains(p); });
  };
  for (const Vec2& p : {Vec2(0, 0), Vec2(50, 1.5), Vec2(88.5, 4.5), Vec2(88.5, -4.5), Vec2(99.5, 0)})
    EXPECT_TRUE(covered(p)) << p.transpose();
  for (const Vec2& p : {Vec2(50, 5), Vec2(104, 0), Vec2(-4, 0)}) EXPECT_FALSE(covered(p)) << p.transpose();
  const Box ring = markerBox({10, 20}, 9, 3);
  EXPECT_DOUBLE_EQ(ring.x0, -2);
  EXPECT_DOUBLE_EQ(ring.y1, 32);
}

}  // namespace
}  // namespace lv::figure
