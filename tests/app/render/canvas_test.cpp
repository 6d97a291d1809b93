// The canvas as the one cache owner: the window's picture is shaded once and copied after; a pan by
// whole pixels shades only the exposed strips yet equals a picture drawn from scratch; a trail that
// starts over re-composes without shading the surface; the colour scale stays fixed in world terms
// while locked and follows a refit. The window is the test context's hidden 640×480 window.
#include "app/render/canvas.h"
#include "app/render/gl_check.h"
#include "app/render/offscreen_target.h"
#include "app/sim/view.h"
#include "landscapes/catalog.h"
#include "tests/app/render/gl_test_context.h"

#include <cstdlib>

namespace lv::render {
namespace {

constexpr int kWidth = 320, kHeight = 240;
const Viewport kViewport{40, 30, kWidth, kHeight};  // inside the 640×480 window

const landscapes::Formula& rosenbrock() {
  static const landscapes::Formula formula = *landscapes::Formula::parse("(1-x)^2 + 100*(y-x^2)^2");
  return formula;
}

View startView() { return sim::fitted({-2, 2, -1, 3}, kWidth, kHeight); }

std::vector<std::uint8_t> drawToWindow(Canvas& canvas, const View& view, const CanvasStyle& style,
                                       const std::vector<TrailStyle>& trails) {
  canvas.draw(CanvasTarget::Window, view, kViewport, style, trails, {{1, 1}});
  std::vector<std::uint8_t> pixels(std::size_t(kWidth) * kHeight * 4);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(kViewport.x, kViewport.y, kWidth, kHeight, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  std::string error;
  EXPECT_TRUE(checkGlErrors("canvas to window", &error)) << error;
  return pixels;
}

// Pixels whose channels differ by more than `tolerance`.
int differing(const std::vector<std::uint8_t>& a, const std::vector<std::uint8_t>& b, int tolerance) {
  int count = 0;
  for (std::size_t i = 0; i + 3 < a.size(); i += 4)
    for (std::size_t c = 0; c < 3; ++c)
      if (std::abs(int(a[i + c]) - int(b[i + c])) > tolerance) {
        ++count;
        break;
      }
  return count;
}

std::vector<Eigen::Vector2d> path() {
  std::vector<Eigen::Vector2d> points;
  for (int i = 0; i <= 400; ++i) points.push_back({-1.5 + 2.5 * i / 400.0, 2.0 - 1.0 * i / 400.0});
  return points;
}

TEST(Canvas, WindowPictureIsShadedOnceAndOnlyAgainOnChange) {
  LV_REQUIRE_GL();
  Canvas canvas;
  ASSERT_TRUE(canvas.setLandscape(rosenbrock(), 1));
  CanvasStyle style;
  drawToWindow(canvas, startView(), style, {});
  drawToWindow(canvas, startView(), style, {});
  EXPECT_EQ(canvas.surfaceRenders(), 1u);
  style.surface.colormap = "cividis";
  drawToWindow(canvas, startView(), style, {});
  EXPECT_EQ(canvas.surfaceRenders(), 2u);
  ASSERT_TRUE(canvas.setLandscape(rosenbrock(), 1));  // the same revision: nothing to compile
  drawToWindow(canvas, startView(), style, {});
  EXPECT_EQ(canvas.surfaceRenders(), 2u);
}

TEST(Canvas, TrailsStartingOverReComposeWithoutShadingTheSurface) {
  LV_REQUIRE_GL();
  Canvas canvas;
  ASSERT_TRUE(canvas.setLandscape(rosenbrock(), 1));
  const View view = startView();
  canvas.syncTrail(0, path(), 1, view, kViewport);
  drawToWindow(canvas, view, {}, {TrailStyle{}});
  const auto renders = canvas.surfaceRenders(), redraws = canvas.trailRedraws();
  canvas.syncTrail(0, {{0, 0}, {1, 1}}, 2, view, kViewport);  // a recompute: a new revision
  const auto pixels = drawToWindow(canvas, view, {}, {TrailStyle{}});
  EXPECT_EQ(canvas.surfaceRenders(), renders);
  EXPECT_EQ(canvas.trailRedraws(), redraws + 1);
  // The same picture as a canvas that only ever saw the new trail.
  Canvas fresh;
  ASSERT_TRUE(fresh.setLandscape(rosenbrock(), 1));
  fresh.syncTrail(0, {{0, 0}, {1, 1}}, 2, view, kViewport);
  EXPECT_EQ(differing(pixels, drawToWindow(fresh, view, {}, {TrailStyle{}}), 0), 0);
}

TEST(Canvas, WholePixelPanEqualsAPictureDrawnFromScratch) {
  LV_REQUIRE_GL();
  Canvas canvas;
  ASSERT_TRUE(canvas.setLandscape(rosenbrock(), 1));
  View view = startView();
  canvas.syncTrail(0, path(), 1, view, kViewport);
  drawToWindow(canvas, view, {}, {TrailStyle{}});
  std::vector<std::uint8_t> panned;
  for (const auto& [dx, dy] : {std::pair{7.0, 0.0}, {-3.0, 5.0}, {0.0, -11.0}}) {
    view = sim::panned(view, kWidth, kHeight, dx, dy);
    panned = drawToWindow(canvas, view, {}, {TrailStyle{}});
  }
  Canvas fresh;
  ASSERT_TRUE(fresh.setLandscape(rosenbrock(), 1));
  fresh.syncTrail(0, path(), 1, view, kViewport);
  CanvasStyle style;
  style.colorScale = canvas.colorScale();  // fitted to the first view, kept while panning
  const auto scratch = drawToWindow(fresh, view, style, {TrailStyle{}});
  // Float rounding of the shifted view may move a contour's anti-aliasing by a level or two.
  EXPECT_LE(differing(panned, scratch, 3), kWidth * kHeight / 1000);
}

TEST(Canvas, ColourScaleStaysFixedWhileLockedAndFollowsARefit) {
  LV_REQUIRE_GL();
  Canvas canvas;
  ASSERT_TRUE(canvas.setLandscape(rosenbrock(), 1));
  auto target = OffscreenTarget::create(kWidth, kHeight);
  ASSERT_TRUE(target.has_value());
  const View wide = startView(), narrow = sim::zoomedAt(wide, kWidth, kHeight, {160, 120}, 8);
  canvas.draw(CanvasTarget::Image, wide, target->viewport(), {}, {}, {});
  const sim::ColorScale fitted = canvas.colorScale();
  ASSERT_TRUE(fitted.valid);
  canvas.draw(CanvasTarget::Image, narrow, target->viewport(), {}, {}, {});
  EXPECT_EQ(canvas.colorScale(), fitted);  // locked: zooming keeps every colour and level
  canvas.refitColorScale();
  canvas.draw(CanvasTarget::Image, narrow, target->viewport(), {}, {}, {});
  EXPECT_LT(canvas.colorScale().hi, fitted.hi);  // fitted to the narrower view's values
  CanvasStyle unlocked;
  unlocked.lockColorScale = false;
  canvas.draw(CanvasTarget::Image, wide, target->viewport(), unlocked, {}, {});
  EXPECT_EQ(canvas.colorScale(), fitted);
}

}  // namespace
}  // namespace lv::render
