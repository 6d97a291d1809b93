// The canvas as the one cache owner: the window's picture is shaded once and copied after; a pan by
// whole pixels shades only the exposed strips yet equals a picture drawn from scratch; a trail that
// starts over re-composes without shading the surface; the surface follows the colour scale it is
// given. The window is the test context's hidden 640×480 window.
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

// The scale a locked window keeps after its first view (sim::colorScaleFor).
sim::ColorScale startScale(const Canvas& canvas) { return canvas.surface().fitScale(startView(), {}); }

/// Draws with `style`, its colour scale fitted to the start view when it states none.
std::vector<std::uint8_t> drawToWindow(Canvas& canvas, const View& view, CanvasStyle style,
                                       const std::vector<TrailStyle>& trails) {
  if (!style.colorScale.valid) style.colorScale = startScale(canvas);
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
  const auto scratch = drawToWindow(fresh, view, {}, {TrailStyle{}});
  // Float rounding of the shifted view may move a contour's anti-aliasing by a level or two.
  EXPECT_LE(differing(panned, scratch, 3), kWidth * kHeight / 1000);
}

TEST(Canvas, TrailGrownStepByStepInTheWindowEqualsOneDrawnAtOnce) {
  // The window's trails are sleeve-fitted: the layers get stable segments as the trail grows and
  // the provisional tail is drawn live; no gap or double-blended core may show.
  LV_REQUIRE_GL();
  const View view = startView();
  std::vector<Eigen::Vector2d> curve;
  for (int i = 0; i <= 600; ++i)
    curve.push_back({-1.5 + 2.5 * i / 600.0, 2.0 - 1.5 * std::sin(3.0 * i / 600.0)});
  Canvas grown;
  ASSERT_TRUE(grown.setLandscape(rosenbrock(), 1));
  std::vector<std::uint8_t> pixels;
  for (std::size_t n = 1; n <= curve.size(); n += 7) {
    grown.syncTrail(0, {curve.begin(), curve.begin() + std::ptrdiff_t(n)}, 1, view, kViewport,
                    CanvasTarget::Window);
    drawToWindow(grown, view, {}, {TrailStyle{}});
  }
  grown.syncTrail(0, curve, 1, view, kViewport, CanvasTarget::Window);
  pixels = drawToWindow(grown, view, {}, {TrailStyle{}});
  EXPECT_EQ(grown.trailRedraws(), 1u);
  Canvas fresh;
  ASSERT_TRUE(fresh.setLandscape(rosenbrock(), 1));
  fresh.syncTrail(0, curve, 1, view, kViewport, CanvasTarget::Window);
  EXPECT_EQ(differing(pixels, drawToWindow(fresh, view, {}, {TrailStyle{}}), 0), 0);
}

TEST(Canvas, LiveTailsHaloDoesNotNotchTheCoreItJoins) {
  // An L: the corner is a stable vertex in the cached layers, the upright leg the live tail, whose
  // halo (drawn over the cached picture) must not darken the horizontal leg's core.
  LV_REQUIRE_GL();
  const landscapes::Formula flat = *landscapes::Formula::parse("1");
  const View view = startView();  // 80 pixels per unit
  std::vector<Eigen::Vector2d> corner;
  for (int i = 0; i <= 100; ++i) corner.push_back({-1.0 + 0.01 * i, 1.0});
  for (int i = 1; i <= 100; ++i) corner.push_back({0.0, 1.0 + 0.01 * i});
  Canvas canvas;
  ASSERT_TRUE(canvas.setLandscape(flat, 1));
  canvas.syncTrail(0, corner, 1, view, kViewport, CanvasTarget::Window);
  TrailStyle trail;
  trail.color = {1, 0, 0, 1};
  CanvasStyle style;
  style.showHeads = style.showStarts = false;
  const auto pixels = drawToWindow(canvas, view, style, {trail});
  // Rows bottom-up: y = 1 is row (1 - ymin) * 80; the core's centre row along the horizontal leg.
  const int row = int((1.0 - view.ymin) / (view.ymax - view.ymin) * kHeight);
  const int cornerColumn = int((0.0 - view.xmin) / (view.xmax - view.xmin) * kWidth);
  for (int x = cornerColumn - 20; x < cornerColumn - 1; ++x) {
    const std::uint8_t* p = &pixels[(std::size_t(row) * kWidth + std::size_t(x)) * 4];
    EXPECT_GE(p[0], 200) << "column " << x;
  }
}

TEST(Canvas, ZoomingScalesTheCachedPictureUntilTheViewSettles) {
  LV_REQUIRE_GL();
  Canvas canvas;
  ASSERT_TRUE(canvas.setLandscape(rosenbrock(), 1));
  View view = startView();
  canvas.syncTrail(0, path(), 1, view, kViewport, CanvasTarget::Window);
  const auto before = drawToWindow(canvas, view, {}, {TrailStyle{}});
  const auto renders = canvas.surfaceRenders(), redraws = canvas.trailRedraws();
  std::vector<std::uint8_t> zooming;
  for (int frame = 0; frame < 5; ++frame) {  // in by 1.02 per frame at the centre: 1.104 in all
    view = sim::zoomedAt(view, kWidth, kHeight, {160, 120}, 1.02);
    canvas.syncTrail(0, path(), 1, view, kViewport, CanvasTarget::Window);
    zooming = drawToWindow(canvas, view, {}, {TrailStyle{}});
  }
  EXPECT_EQ(canvas.surfaceRenders(), renders);  // zooming in: nothing shaded, nothing redrawn
  EXPECT_EQ(canvas.trailRedraws(), redraws);
  EXPECT_GT(differing(zooming, before, 8), kWidth * kHeight / 10);  // yet the picture did zoom
  // Settled: the same view again is the picture made anew, as a fresh canvas draws it.
  const auto settled = drawToWindow(canvas, view, {}, {TrailStyle{}});
  EXPECT_EQ(canvas.trailRedraws(), redraws + 1);
  Canvas fresh;
  ASSERT_TRUE(fresh.setLandscape(rosenbrock(), 1));
  fresh.syncTrail(0, path(), 1, view, kViewport, CanvasTarget::Window);
  EXPECT_EQ(differing(settled, drawToWindow(fresh, view, {}, {TrailStyle{}}), 0), 0);
  // A scaled frame stays close to the exact one: scaling moves an edge by under a pixel.
  EXPECT_LE(differing(zooming, settled, 48), kWidth * kHeight / 50);
}

TEST(Canvas, ATrailStartingOverEveryFrameLeavesTheOthersLayersAlone) {
  // A dragged slider: trail 0 is recomputed every frame. It leaves the cached layers (one redraw of
  // the others' layers) and is drawn live over the picture, and folds back once it has been still
  // for a while; every picture equals one drawn from scratch (the trails do not touch, so their
  // order cannot show).
  LV_REQUIRE_GL();
  const View view = startView();
  const auto shifted = [](double dy) {
    std::vector<Eigen::Vector2d> points = path();
    for (Eigen::Vector2d& p : points) p.y() += dy;
    return points;
  };
  Canvas canvas;
  ASSERT_TRUE(canvas.setLandscape(rosenbrock(), 1));
  canvas.syncTrail(1, shifted(-1.5), 1, view, kViewport, CanvasTarget::Window);
  const std::vector<TrailStyle> styles{TrailStyle{}, TrailStyle{}};
  const auto picture = [&](std::uint64_t revision, double dy) {
    canvas.syncTrail(0, shifted(dy), revision, view, kViewport, CanvasTarget::Window);
    canvas.syncTrail(1, shifted(-1.5), 1, view, kViewport, CanvasTarget::Window);
    return drawToWindow(canvas, view, {}, styles);
  };
  picture(1, 0);
  const auto redraws = canvas.trailRedraws();
  std::vector<std::uint8_t> dragged;
  for (int frame = 1; frame <= 10; ++frame) dragged = picture(1 + frame, 0.02 * frame);
  EXPECT_EQ(canvas.trailRedraws(), redraws + 1);
  const auto scratch = [&] {
    Canvas fresh;
    EXPECT_TRUE(fresh.setLandscape(rosenbrock(), 1));
    fresh.syncTrail(0, shifted(0.2), 11, view, kViewport, CanvasTarget::Window);
    fresh.syncTrail(1, shifted(-1.5), 1, view, kViewport, CanvasTarget::Window);
    return drawToWindow(fresh, view, {}, styles);
  }();
  EXPECT_EQ(differing(dragged, scratch, 0), 0);
  std::vector<std::uint8_t> settled;
  for (int frame = 0; frame < 40; ++frame) settled = picture(11, 0.2);
  EXPECT_EQ(canvas.trailRedraws(), redraws + 2);
  EXPECT_EQ(differing(settled, scratch, 0), 0);
}

TEST(Canvas, ShadesWithTheColourScaleItIsGivenAndAgainWhenItChanges) {
  LV_REQUIRE_GL();
  Canvas canvas;
  ASSERT_TRUE(canvas.setLandscape(rosenbrock(), 1));
  const View view = startView();
  CanvasStyle fitted;
  fitted.colorScale = startScale(canvas);
  ASSERT_TRUE(fitted.colorScale.valid);
  const auto first = drawToWindow(canvas, view, fitted, {});
  const auto renders = canvas.surfaceRenders();
  // The same range cut to a tenth: most of the view saturates at the colormap's high end.
  CanvasStyle narrow = fitted;
  narrow.colorScale.hi = narrow.colorScale.lo + 0.1 * (narrow.colorScale.hi - narrow.colorScale.lo);
  const auto narrowed = drawToWindow(canvas, view, narrow, {});
  EXPECT_EQ(canvas.surfaceRenders(), renders + 1);
  EXPECT_GT(differing(first, narrowed, 8), kWidth * kHeight / 10);
  EXPECT_EQ(differing(first, drawToWindow(canvas, view, fitted, {}), 0), 0);
  EXPECT_EQ(canvas.surfaceRenders(), renders + 2);
}

}  // namespace
}  // namespace lv::render
