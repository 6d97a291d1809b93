// SurfacePass pixel facts: Rosenbrock's minimum takes the colormap's low end and its far corner
// the high end; scales and colormaps change the picture; non-finite f is grey; a bad shader is
// rejected with its log and the previous program kept.
#include "app/render/surface_pass.h"
#include "app/sim/colormap.h"
#include "app/render/gl_check.h"
#include "app/render/offscreen_target.h"
#include "app/sim/view.h"
#include "landscapes/catalog.h"
#include "tests/app/render/gl_test_context.h"

#include <cmath>
#include <limits>

namespace lv::render {
namespace {

using test::channelDistance;
using test::pixelAt;

constexpr int kWidth = 400, kHeight = 300;

landscapes::Formula rosenbrock(View* view) {
  const landscapes::CatalogEntry* entry = landscapes::findCatalogEntry("rosenbrock");
  EXPECT_NE(entry, nullptr);
  *view = entry->view;
  return *landscapes::Formula::parse(entry->formula);
}

std::vector<std::uint8_t> render(SurfacePass& pass, const View& view, const SurfaceStyle& style) {
  auto target = OffscreenTarget::create(kWidth, kHeight);
  EXPECT_TRUE(target.has_value());
  target->clear(1, 0, 1);
  pass.draw(view, target->viewport(), style, pass.fitScale(view, style));
  auto pixels = target->readPixels();
  std::string error;
  EXPECT_TRUE(checkGlErrors("surface render", &error)) << error;
  return pixels;
}

std::array<int, 2> pixelOf(const View& view, double x, double y) {
  Eigen::Vector2d p = sim::ViewTransform{view, kWidth, kHeight}.toScreen({x, y});
  return {std::min(int(p.x()), kWidth - 1), std::min(int(p.y()), kHeight - 1)};
}

TEST(SurfacePass, RosenbrockMinimumIsTheLowEndAndCornersTheHighEnd) {
  LV_REQUIRE_GL();
  View view;
  SurfacePass pass;
  std::string error;
  ASSERT_TRUE(pass.setFormula(rosenbrock(&view), &error)) << error;
  for (bool logScale : {true, false}) {
    SurfaceStyle style;
    style.logScale = logScale;
    style.contourCount = 0;
    auto pixels = render(pass, view, style);
    auto [mx, my] = pixelOf(view, 1.0, 1.0);
    EXPECT_LE(channelDistance(pixelAt(pixels, kWidth, mx, my), sim::colormapColor("viridis", 0.0)), 12)
        << "log=" << logScale;
    // The lower corners are the largest values in view (f ≈ 2500 at (±2, -1)).
    EXPECT_LE(channelDistance(pixelAt(pixels, kWidth, 0, kHeight - 1), sim::colormapColor("viridis", 1.0)),
              logScale ? 24 : 6)
        << "log=" << logScale;
  }
}

TEST(SurfacePass, ScalesAndColormapsChangeThePicture) {
  LV_REQUIRE_GL();
  View view;
  SurfacePass pass;
  ASSERT_TRUE(pass.setFormula(rosenbrock(&view)));
  SurfaceStyle style;
  auto logPixels = render(pass, view, style);
  style.logScale = false;
  auto linearPixels = render(pass, view, style);
  style.colormap = "magma";
  auto magmaPixels = render(pass, view, style);
  EXPECT_NE(logPixels, linearPixels);
  EXPECT_NE(linearPixels, magmaPixels);
  auto [mx, my] = pixelOf(view, 1.0, 1.0);
  EXPECT_LE(channelDistance(pixelAt(magmaPixels, kWidth, mx, my), sim::colormapColor("magma", 0.0)), 12);
}

TEST(SurfacePass, ContoursDrawLinesThatCanBeTurnedOff) {
  LV_REQUIRE_GL();
  View view;
  SurfacePass pass;
  ASSERT_TRUE(pass.setFormula(rosenbrock(&view)));
  SurfaceStyle style;
  style.contourCount = 0;
  auto plain = render(pass, view, style);
  style.contourCount = 12;
  style.contourOpacity = 0.6f;
  auto lined = render(pass, view, style);
  int changed = 0;
  for (std::size_t i = 0; i < plain.size(); i += 4)
    changed += plain[i] != lined[i] || plain[i + 1] != lined[i + 1];
  // Lines cover a visible but small fraction of the picture.
  EXPECT_GT(changed, kWidth * kHeight / 50);
  EXPECT_LT(changed, kWidth * kHeight / 2);
}

TEST(SurfacePass, NonFiniteValuesAreNeutralGrey) {
  LV_REQUIRE_GL();
  SurfacePass pass;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  std::string error;
  ASSERT_TRUE(pass.setFunction(
      "float f(vec2 p) { float zero = p.x - p.x; return p.x < 0.0 ? zero / zero : (p.y < 0.0 ? 1.0 / zero : "
      "p.x); }",
      [nan](const Eigen::Vector2d& p) { return p.x() < 0   ? nan
                                               : p.y() < 0 ? INFINITY
                                                           : p.x(); }, &error))
      << error;
  View view{-1, 1, -1, 1};
  auto pixels = render(pass, view, SurfaceStyle{});
  for (auto [x, y] : {std::array<double, 2>{-0.5, 0.5}, {0.5, -0.5}, {-0.5, -0.5}}) {
    auto [px, py] = pixelOf(view, x, y);
    auto rgb = pixelAt(pixels, kWidth, px, py);
    EXPECT_NEAR(rgb[0], 41, 4) << x << "," << y;
    EXPECT_NEAR(rgb[1], 41, 4);
    EXPECT_NEAR(rgb[2], 43, 4);
  }
  auto [fx, fy] = pixelOf(view, 0.5, 0.5);
  EXPECT_NE(pixelAt(pixels, kWidth, fx, fy)[0], 41);
}

TEST(SurfacePass, BadShaderIsRejectedAndThePreviousProgramKept) {
  LV_REQUIRE_GL();
  View view;
  SurfacePass pass;
  ASSERT_TRUE(pass.setFormula(rosenbrock(&view)));
  auto before = render(pass, view, SurfaceStyle{});
  std::string error;
  EXPECT_FALSE(pass.setFunction(
      "float f(vec2 p) { return p.x +* undefined_name; }", [](const Eigen::Vector2d&) { return 0.0; },
      &error));
  EXPECT_NE(error.find("fragment shader"), std::string::npos) << error;
  EXPECT_GT(error.size(), 20u) << "expected the driver's log: " << error;
  EXPECT_TRUE(pass.hasFormula());
  EXPECT_EQ(render(pass, view, SurfaceStyle{}), before);
  EXPECT_TRUE(checkGlErrors("bad shader"));
}

}  // namespace
}  // namespace lv::render
