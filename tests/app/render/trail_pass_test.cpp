// TrailPass pixel and upload facts: a magenta polyline lands where it should and nowhere else;
// appending uploads only the new points (also across capacity growth); a new generation re-uploads;
// non-finite points never reach the GPU; heads and minima markers are drawn by the Canvas; dashes,
// dots and head shapes.
#include "app/render/trail_pass.h"
#include "app/render/canvas.h"
#include "app/render/gl_check.h"
#include "app/render/offscreen_target.h"
#include "app/sim/view.h"
#include "tests/app/render/gl_test_context.h"

#include <cmath>
#include <initializer_list>
#include <limits>

namespace lv::render {
namespace {

using test::pixelAt;

constexpr int kSize = 200;
const View kView{0, 10, 0, 10};
const std::array<int, 3> kMagenta{255, 0, 255};
const std::array<int, 3> kBlack{0, 0, 0};

TrailStyle magenta() {
  TrailStyle style;
  style.color = {1, 0, 1, 1};
  style.width = 4;
  style.haloWidth = 0;
  return style;
}

std::array<int, 3> at(const std::vector<std::uint8_t>& pixels, double x, double y) {
  Eigen::Vector2d p = sim::ViewTransform{kView, kSize, kSize}.toScreen({x, y});
  return pixelAt(pixels, kSize, int(p.x()), int(p.y()));
}

std::vector<std::uint8_t> draw(TrailPass& pass, const std::vector<TrailStyle>& styles) {
  auto target = OffscreenTarget::create(kSize, kSize);
  EXPECT_TRUE(target.has_value());
  target->clear(0, 0, 0);
  pass.draw(kView, target->viewport(), styles);
  std::string error;
  EXPECT_TRUE(checkGlErrors("trail draw", &error)) << error;
  return target->readPixels();
}

/// A point in landscape coordinates and the colour expected there.
struct Probe {
  double x, y;
  std::array<int, 3> colour;
};

/// Draws `pass` with one magenta style and expects each probe's colour; a failure names the point.
void expectMagentaDrawing(TrailPass& pass, std::initializer_list<Probe> probes) {
  const auto pixels = draw(pass, {magenta()});
  for (const Probe& probe : probes)
    EXPECT_EQ(at(pixels, probe.x, probe.y), probe.colour) << "at (" << probe.x << ", " << probe.y << ")";
}

TEST(TrailPass, PolylineCoversItsPathOnly) {
  LV_REQUIRE_GL();
  TrailPass pass;
  pass.sync(0, {{1, 1}, {9, 1}, {9, 9}}, 1);
  expectMagentaDrawing(pass, {{5, 1, kMagenta},
                              {9, 5, kMagenta},
                              {9, 1, kMagenta},  // the join
                              {5, 5, kBlack},
                              {5, 1.5, kBlack},  // 10 px away from a 4 px line
                              {5, 9, kBlack}});
  // Invisible trails and trails without a style are skipped.
  TrailStyle hidden = magenta();
  hidden.visible = false;
  EXPECT_EQ(at(draw(pass, {hidden}), 5, 1), kBlack);
  EXPECT_EQ(at(draw(pass, {}), 5, 1), kBlack);
}

TEST(TrailPass, HaloDarkensAroundTheLine) {
  LV_REQUIRE_GL();
  TrailPass pass;
  pass.sync(0, {{1, 5}, {9, 5}}, 1);
  auto target = OffscreenTarget::create(kSize, kSize);
  target->clear(1, 1, 1);
  TrailStyle style = magenta();
  style.haloWidth = 2;
  style.haloOpacity = 1;
  pass.draw(kView, target->viewport(), {style});
  auto pixels = target->readPixels();
  EXPECT_EQ(at(pixels, 5, 5), kMagenta);
  auto halo = pixelAt(pixels, kSize, 100, 100 - 3);  // 3 px above the centre line: in the halo
  EXPECT_LT(halo[1], 60);
  EXPECT_EQ(pixelAt(pixels, kSize, 100, 100 - 8)[1], 255);  // well clear of it
}

TEST(TrailPass, AppendingUploadsOnlyTheNewPoints) {
  LV_REQUIRE_GL();
  TrailPass pass;
  std::vector<Eigen::Vector2d> points{{1, 1}, {9, 1}, {9, 9}};
  pass.sync(0, points, 7);
  const TrailUploadStats before = pass.stats();
  EXPECT_EQ(before.bytes, 3 * 12u);  // x, y and arc length as floats
  EXPECT_EQ(at(draw(pass, {magenta()}), 5, 9), kBlack);

  points.push_back({1, 9});
  pass.sync(0, points, 7);
  EXPECT_EQ(pass.stats().bytes - before.bytes, 12u);
  EXPECT_EQ(pass.stats().calls - before.calls, 1u);
  EXPECT_EQ(pass.stats().fullUploads, 0u);
  pass.sync(0, points, 7);  // nothing new: nothing sent
  EXPECT_EQ(pass.stats().bytes - before.bytes, 12u);
  EXPECT_EQ(at(draw(pass, {magenta()}), 5, 9), kMagenta);
  EXPECT_EQ(pass.lastPoint(0).value(), Eigen::Vector2d(1, 9));

  // A recompute (new generation) replaces the trail.
  pass.sync(0, {{1, 5}, {9, 5}}, 8);
  EXPECT_EQ(pass.stats().fullUploads, 1u);
  EXPECT_EQ(pass.pointCount(0), 2u);
  expectMagentaDrawing(pass, {{5, 5, kMagenta}, {5, 9, kBlack}});
}

TEST(TrailPass, GrowingPastCapacityNeverResendsOldPoints) {
  LV_REQUIRE_GL();
  TrailPass pass;
  std::vector<Eigen::Vector2d> points;
  for (int i = 0; i < 1500; ++i) {
    points.push_back({1 + 8.0 * i / 1499, 3});
    pass.sync(0, points, 1);
  }
  EXPECT_EQ(pass.stats().bytes, 1500 * 12u);
  EXPECT_EQ(pass.pointCount(0), 1500u);
  expectMagentaDrawing(pass, {{2, 3, kMagenta}, {8.9, 3, kMagenta}});
}

TEST(TrailPass, NonFinitePointsAreNeverUploaded) {
  LV_REQUIRE_GL();
  TrailPass pass;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  pass.sync(0, {{1, 1}, {nan, 2}, {INFINITY, 1}, {9, 1}, {1e300, 1}}, 1);
  EXPECT_EQ(pass.pointCount(0), 2u);
  EXPECT_EQ(pass.stats().bytes, 2 * 12u);
  EXPECT_EQ(at(draw(pass, {magenta()}), 5, 1), kMagenta);
  pass.removeTrailsFrom(0);
  EXPECT_EQ(pass.trailCount(), 0u);
}

TEST(Canvas, DrawsHeadsStartsMinimaAndArrows) {
  LV_REQUIRE_GL();
  Canvas canvas;
  canvas.trails().sync(0, {{2, 2}, {5, 2}, {8, 8}}, 1);
  auto target = OffscreenTarget::create(kSize, kSize);
  target->clear(0, 0, 0);
  CanvasStyle style;
  TrailStyle trail = magenta();
  trail.color = {0, 1, 0, 1};
  std::vector<Arrow> arrows{{{2, 8}, {6, 8}, {1, 1, 0, 1}, 4}};
  canvas.draw(CanvasTarget::Image, kView, target->viewport(), style, {trail}, {{5, 5}}, arrows);
  std::string error;
  EXPECT_TRUE(checkGlErrors("canvas", &error)) << error;
  auto pixels = target->readPixels();
  EXPECT_EQ(at(pixels, 8, 8), (std::array<int, 3>{0, 255, 0}));      // head disc
  EXPECT_EQ(at(pixels, 5, 5), (std::array<int, 3>{255, 255, 255}));  // star at the minimum
  EXPECT_EQ(at(pixels, 4, 8), (std::array<int, 3>{255, 255, 0}));    // arrow shaft
  EXPECT_EQ(at(pixels, 5.8, 8), (std::array<int, 3>{255, 255, 0}));  // arrow head
  EXPECT_EQ(at(pixels, 6.5, 8), kBlack);                             // past the tip
  auto ringEdge = pixelAt(pixels, kSize, 40 - 4, 160);               // 4 px left of the start: on the ring
  EXPECT_GE(ringEdge[1], 240);
  EXPECT_LE(ringEdge[0], 10);
}

}  // namespace
}  // namespace lv::render

namespace lv::render {
namespace {

using test::pixelAt;

TEST(TrailPass, DashedAndDottedLinesLeaveGapsOfTheirLength) {
  LV_REQUIRE_GL();
  // 20 pixels per unit; the line starts at x = 1 (pixel 20), so arc length u = pixel - 20.
  const View view{0, 10, 0, 10};
  const std::array<int, 3> magenta{255, 0, 255}, black{0, 0, 0};
  TrailPass pass;
  pass.sync(0, {{1, 5}, {9, 5}}, 1);
  const auto draw = [&](DashPattern dash) {
    auto target = OffscreenTarget::create(200, 200);
    target->clear(0, 0, 0);
    TrailStyle style;
    style.color = {1, 0, 1, 1};
    style.width = 4;
    style.haloWidth = 0;
    style.dash = dash;
    pass.draw(view, target->viewport(), {style});
    return target->readPixels();
  };
  const auto dashed = draw({10, 10});  // drawn for u in [0, 10], [20, 30], ...: pixel centres at u + 0.5
  EXPECT_EQ(pixelAt(dashed, 200, 25, 100), magenta);
  EXPECT_EQ(pixelAt(dashed, 200, 35, 100), black);  // u = 15.5: 4.5 px from a dash, > 2 + 0.5
  EXPECT_EQ(pixelAt(dashed, 200, 45, 100), magenta);
  const auto dotted = draw({0, 10});  // round dots of the line's width at u = 0, 10, 20, ...
  EXPECT_EQ(pixelAt(dotted, 200, 30, 100), magenta);
  EXPECT_EQ(pixelAt(dotted, 200, 25, 100), black);
  EXPECT_EQ(dashPattern(LinePattern::Solid, 3), DashPattern{});
  EXPECT_GT(dashPattern(LinePattern::Dashed, 3).on, 0);
  EXPECT_EQ(dashPattern(LinePattern::Dotted, 3).on, 0);
}

TEST(MarkerPass, HeadShapesDifferWhereTheirOutlinesDo) {
  LV_REQUIRE_GL();
  // A marker of radius 8 at the centre of a 200-pixel image (pixel offsets from (100, 100), y up).
  const View view{0, 10, 0, 10};
  const std::array<int, 3> green{0, 255, 0};
  MarkerPass pass;
  const auto fill = [&](MarkerKind kind, int dx, int dy) {
    auto target = OffscreenTarget::create(200, 200);
    target->clear(0, 0, 0);
    pass.draw(view, target->viewport(), {{kind, {5, 5}, {5, 5}, {0, 1, 0, 1}, 8, 1.5f}});
    return pixelAt(target->readPixels(), 200, 100 + dx, 100 - dy) == green;
  };
  EXPECT_TRUE(fill(MarkerKind::Square, 6, 6));  // a corner: outside the disc
  EXPECT_FALSE(fill(MarkerKind::Disc, 6, 6));
  EXPECT_TRUE(fill(MarkerKind::Diamond, 0, 8));  // a tip: at the disc's edge
  EXPECT_FALSE(fill(MarkerKind::Disc, 0, 8));
  EXPECT_FALSE(fill(MarkerKind::Diamond, 6, 6));
  EXPECT_TRUE(fill(MarkerKind::Triangle, 7, -6));  // a lower corner
  EXPECT_FALSE(fill(MarkerKind::Triangle, 6, 6));  // beside the upper tip
  EXPECT_TRUE(checkGlErrors("marker shapes"));
}

}  // namespace
}  // namespace lv::render
