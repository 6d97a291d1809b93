// MarkerPass pixel facts: each head shape fills where its outline says and nowhere else, the Cross
// a plus sign (arms lit, the diagonal corners a disc or diamond fills left dark), and a trail's head
// drawn by the Canvas takes the figure's shape, Cross included.
#include "app/render/canvas.h"
#include "app/render/gl_check.h"
#include "app/render/marker_pass.h"
#include "app/render/offscreen_target.h"
#include "tests/app/render/gl_test_context.h"

namespace lv::render {
namespace {

using figure::MarkerShape;
using test::pixelAt;

const View kView{0, 10, 0, 10};
const std::array<int, 3> kGreen{0, 255, 0}, kBlack{0, 0, 0};

// The pixel (dx, dy) from the centre (y up) of a 200-pixel picture of one green `shape` of radius 8
// at its centre.
std::array<int, 3> shapePixel(MarkerPass& pass, MarkerShape shape, int dx, int dy) {
  auto target = OffscreenTarget::create(200, 200);
  target->clear(0, 0, 0);
  pass.draw(kView, target->viewport(), {{MarkerKind::Shape, {5, 5}, {5, 5}, {0, 1, 0, 1}, 8, 1.5f, shape}});
  return pixelAt(target->readPixels(), 200, 100 + dx, 100 - dy);
}

TEST(MarkerPass, HeadShapesDifferWhereTheirOutlinesDo) {
  LV_REQUIRE_GL();
  MarkerPass pass;
  const auto fill = [&](MarkerShape shape, int dx, int dy) {
    return shapePixel(pass, shape, dx, dy) == kGreen;
  };
  EXPECT_TRUE(fill(MarkerShape::Square, 6, 6));  // a corner: outside the disc
  EXPECT_FALSE(fill(MarkerShape::Disc, 6, 6));
  EXPECT_TRUE(fill(MarkerShape::Diamond, 0, 8));  // a tip: at the disc's edge
  EXPECT_FALSE(fill(MarkerShape::Disc, 0, 8));
  EXPECT_FALSE(fill(MarkerShape::Diamond, 6, 6));
  EXPECT_TRUE(fill(MarkerShape::Triangle, 7, -6));  // a lower corner
  EXPECT_FALSE(fill(MarkerShape::Triangle, 6, 6));  // beside the upper tip
  EXPECT_TRUE(checkGlErrors("marker shapes"));
}

TEST(MarkerPass, CrossIsAPlusSign) {
  LV_REQUIRE_GL();
  MarkerPass pass;
  // Bars 0.7 r = 5.6 pixels wide, arms reaching 1.1 r = 8.8 pixels (cairo_marks.cpp's cross).
  for (const auto& [dx, dy] : {std::pair{0, 6}, {6, 0}, {0, -6}, {-6, 0}, {0, 0}})
    EXPECT_EQ(shapePixel(pass, MarkerShape::Cross, dx, dy), kGreen) << "arm at " << dx << ", " << dy;
  for (const auto& [dx, dy] : {std::pair{4, 4}, {-4, 4}, {4, -4}, {-4, -4}}) {
    EXPECT_NE(shapePixel(pass, MarkerShape::Cross, dx, dy), kGreen) << "corner at " << dx << ", " << dy;
    EXPECT_EQ(shapePixel(pass, MarkerShape::Disc, dx, dy), kGreen);
    EXPECT_EQ(shapePixel(pass, MarkerShape::Diamond, dx, dy), kGreen);
  }
  // Beyond the outline between two arms: nothing drawn at all.
  for (const auto& [dx, dy] : {std::pair{6, 6}, {-6, 6}, {6, -6}, {-6, -6}})
    EXPECT_EQ(shapePixel(pass, MarkerShape::Cross, dx, dy), kBlack) << "at " << dx << ", " << dy;
  EXPECT_TRUE(checkGlErrors("cross marker"));
}

TEST(Canvas, HeadTakesTheTrailStylesShape) {
  LV_REQUIRE_GL();
  Canvas canvas;
  canvas.trails().sync(0, {{2, 2}, {5, 5}}, 1);  // the head at the picture's centre
  CanvasStyle style;
  style.headRadius = 8;
  style.showMinima = style.showStarts = false;
  const auto headPixel = [&](MarkerShape shape, int dx, int dy) {
    auto target = OffscreenTarget::create(200, 200);
    target->clear(0, 0, 0);
    TrailStyle trail;
    trail.color = {0, 1, 0, 1};
    trail.width = 0.5f;  // the trail's core ends at the centre: it stays off the probed pixels
    trail.haloWidth = 0;
    trail.head = shape;
    canvas.draw(CanvasTarget::Image, kView, target->viewport(), style, {trail}, {}, {});
    return pixelAt(target->readPixels(), 200, 100 + dx, 100 - dy);
  };
  EXPECT_EQ(headPixel(MarkerShape::Cross, 6, 0), kGreen);
  EXPECT_NE(headPixel(MarkerShape::Cross, 4, -4), kGreen);
  EXPECT_EQ(headPixel(MarkerShape::Diamond, 4, -4), kGreen);
  EXPECT_EQ(headPixel(MarkerShape::Disc, 4, -4), kGreen);
  EXPECT_TRUE(checkGlErrors("canvas heads"));
}

}  // namespace
}  // namespace lv::render
