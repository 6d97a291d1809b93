// TrailPass pixel and upload facts: a magenta polyline lands where it should and nowhere else;
// appending uploads only the new points (also across capacity growth); a new generation re-uploads;
// non-finite points never reach the GPU; heads and minima markers are drawn by the Canvas; every
// dash pattern shows figure::dashSequence's lit and dark lengths along the line.
#include "app/render/trail_pass.h"
#include "app/figure/dash.h"
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

// The lit runs (red channel >= 128) of pixel row `row` of a 200-pixel picture: {first pixel, length}.
std::vector<std::pair<int, int>> litRuns(const std::vector<std::uint8_t>& pixels, int row) {
  std::vector<std::pair<int, int>> runs;
  for (int x = 0; x < 200; ++x) {
    if (pixelAt(pixels, 200, x, row)[0] < 128) continue;
    if (!runs.empty() && runs.back().first + runs.back().second == x)
      ++runs.back().second;
    else
      runs.push_back({x, 1});
  }
  return runs;
}

TEST(TrailPass, DashesShowTheFiguresSequence) {
  LV_REQUIRE_GL();
  // 20 pixels per unit: a 160-pixel line 4 pixels wide along row 100.
  TrailPass pass;
  pass.sync(0, {{1, 5}, {9, 5}}, 1);
  for (figure::DashPattern pattern :
       {figure::DashPattern::Dashed, figure::DashPattern::Dotted, figure::DashPattern::DashDot}) {
    TrailStyle style = magenta();
    style.dash = pattern;
    const auto runs = litRuns(draw(pass, {style}), 100);
    // What shows of a round-capped pattern is its butt-cap sequence: dash, gap, dot, gap for dash-dot.
    const figure::DashSequence seen = figure::dashSequence(pattern, figure::LineCap::Butt);
    ASSERT_GE(runs.size(), 5u) << int(pattern);
    for (std::size_t k = 0; k + 1 < runs.size(); ++k) {  // the last run may be cut by the line's end
      const double lit = seen.lengths[(2 * k) % seen.count] * style.width;
      const double gap = seen.lengths[(2 * k + 1) % seen.count] * style.width;
      EXPECT_NEAR(runs[k].second, lit, 1.0) << "pattern " << int(pattern) << ", run " << k;
      EXPECT_NEAR(runs[k + 1].first - runs[k].first - runs[k].second, gap, 1.0)
          << "pattern " << int(pattern) << ", gap " << k;
    }
    if (pattern == figure::DashPattern::DashDot) {  // short lit runs between long ones
      for (std::size_t k = 0; k + 1 < runs.size(); ++k)
        EXPECT_EQ(runs[k].second > 2 * style.width, k % 2 == 0) << "run " << k;
    }
  }
  TrailStyle solid = magenta();
  EXPECT_EQ(litRuns(draw(pass, {solid}), 100).size(), 1u);
}

TEST(TrailPass, DashPixelsScaleTheSequenceByTheWidth) {
  EXPECT_EQ(dashPixels(figure::DashPattern::Solid, 3), (std::array<float, 4>{}));
  EXPECT_EQ(dashPixels(figure::DashPattern::Dashed, 2), (std::array<float, 4>{6, 5, 0, 0}));
  const std::array<float, 4> dashDot = dashPixels(figure::DashPattern::DashDot, 2);
  EXPECT_GT(dashDot[0], 0);
  EXPECT_GT(dashDot[3], 0);  // a second gap: four lengths
  EXPECT_EQ(dashDot[2], 0);  // the dot: round caps draw it
  EXPECT_EQ(dashPixels(figure::DashPattern::Dotted, 3)[0], 0);
}

}  // namespace
}  // namespace lv::render
