// No render pass raises an OpenGL error on hostile input: surfaces that are infinite, NaN or beyond
// float (1e300), trails and markers at 1e300, NaN and inf, views that are tiny, huge or far away,
// viewports inside a larger target, and a surface shader that fails to compile.
#include "app/render/canvas.h"
#include "app/render/gl_check.h"
#include "app/render/offscreen_target.h"
#include "landscapes/catalog.h"
#include "tests/app/render/gl_test_context.h"

#include <cmath>
#include <limits>

namespace lv::render {
namespace {

constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

void expectNoGlError(const std::string& what) {
  std::string error;
  EXPECT_TRUE(checkGlErrors(what.c_str(), &error)) << error;
}

// Each test starts with a current context and no GL error left by anything before it.
class GlErrors : public testing::Test {
 protected:
  void SetUp() override {
    LV_REQUIRE_GL();
    checkGlErrors("before");
  }
};

const std::vector<View> kViews = {
    {-2, 2, -1, 3},                          // Rosenbrock's
    {1, 1 + 1e-9, 1, 1 + 1e-9},              // zoomed in to float noise
    {-1e12, 1e12, -1e12, 1e12},              // the largest a scene allows
    {1e20, 1e20 + 1e9, -1e20, -1e20 + 1e9},  // far away: every pixel the same float
};

TEST_F(GlErrors, SurfacePassOnNonFiniteAndHugeSurfaces) {
  auto target = OffscreenTarget::create(160, 100);
  ASSERT_TRUE(target.has_value());
  SurfacePass pass;
  for (const char* text : {"1/(x*x+y*y-1)", "1/(x+abs(x))", "log(x) + y", "1e300*(x^2+y^2)", "sqrt(-1-x*x)",
                           "0*x", "1e38*x - 1e38*y"}) {
    SCOPED_TRACE(text);
    auto formula = landscapes::Formula::parse(text);
    ASSERT_TRUE(formula.has_value());
    std::string error;
    ASSERT_TRUE(pass.setFormula(*formula, &error)) << error;
    for (const View& view : kViews)
      for (bool logScale : {true, false}) {
        SurfaceStyle style;
        style.logScale = logScale;
        target->clear(0, 0, 0);
        pass.draw(view, target->viewport(), style, pass.fitScale(view, style));
        expectNoGlError(std::string("surface ") + text);
      }
    std::vector<float> values;
    EXPECT_TRUE(pass.renderValues(kViews[0], 32, 16, &values));
    expectNoGlError(std::string("values ") + text);
  }
}

TEST_F(GlErrors, FailedSurfaceShaderLeavesNoGlError) {
  SurfacePass pass;
  ASSERT_TRUE(pass.setFormula(*landscapes::Formula::parse("x*x + y*y")));
  std::string log;
  EXPECT_FALSE(pass.setFunction(
      "float f(vec2 p) { return undefined_name(p); }", [](const Eigen::Vector2d&) { return 0.0; }, &log));
  EXPECT_FALSE(log.empty());
  expectNoGlError("failed compile");
  auto target = OffscreenTarget::create(64, 64);
  ASSERT_TRUE(target.has_value());
  pass.draw(kViews[0], target->viewport(), {}, pass.fitScale(kViews[0], {}));
  expectNoGlError("draw with the previous program");
}

TEST_F(GlErrors, TrailsAndMarkersAtHugeAndNonFinitePoints) {
  auto target = OffscreenTarget::create(160, 100);
  ASSERT_TRUE(target.has_value());
  TrailPass trails;
  const std::vector<Eigen::Vector2d> points = {{0, 0},        {1e300, 0},  {kNan, kNan}, {1e29, 1e29},
                                               {-1e30, 1},    {kInf, 0},   {1, 1},       {1, 1},
                                               {-kInf, kNan}, {2, -1e-300}};
  trails.sync(0, points, 1);
  trails.sync(1, {{kNan, 0}}, 1);               // nothing drawable
  trails.sync(2, {{1e300, 1e300}, {1, 1}}, 1);  // one drawable point: no segment
  trails.sync(3, {}, 1);
  MarkerPass markers;
  std::vector<Marker> hostile;
  for (MarkerKind kind : {MarkerKind::Ring, MarkerKind::Star, MarkerKind::Arrow})
    for (const Eigen::Vector2d& at : points)
      hostile.push_back({kind, at, {at.y(), at.x()}, {1, 0, 1, 1}, 6, 1.5f});
  for (figure::MarkerShape shape :
       {figure::MarkerShape::Disc, figure::MarkerShape::Square, figure::MarkerShape::Triangle,
        figure::MarkerShape::Diamond, figure::MarkerShape::Cross})
    for (const Eigen::Vector2d& at : points)
      hostile.push_back({MarkerKind::Shape, at, at, {1, 0, 1, 1}, 6, 1.5f, shape});
  for (const View& view : kViews) {
    target->clear(0, 0, 0);
    std::vector<TrailStyle> styles(4);
    styles[0].width = 1e6f;  // absurd widths are clamped by nothing but must not error
    styles[1].dash = figure::DashPattern::DashDot;
    trails.draw(view, target->viewport(), styles);
    expectNoGlError("trails");
    markers.draw(view, target->viewport(), hostile);
    markers.draw(view, target->viewport(), {});
    expectNoGlError("markers");
  }
  EXPECT_EQ(trails.pointCount(0), 6u);  // the NaN, inf and beyond-1e30 points were skipped
  EXPECT_EQ(trails.pointCount(1), 0u);
}

TEST_F(GlErrors, CanvasInAViewportInsideALargerTarget) {
  auto target = OffscreenTarget::create(300, 200);
  ASSERT_TRUE(target.has_value());
  Canvas canvas;
  ASSERT_TRUE(canvas.surface().setFormula(*landscapes::Formula::parse("(1-x)^2 + 100*(y-x^2)^2")));
  canvas.trails().sync(0, {{-1.5, 2}, {1e300, 2}, {0, 0}, {1, 1}}, 7);
  const std::vector<Eigen::Vector2d> minima = {{1, 1}, {kNan, 0}, {1e300, 1e300}};
  const std::vector<Arrow> arrows = {{{1, 1}, {kInf, 1}, {1, 1, 1, 1}, 4},
                                     {{0, 0}, {0.5, 0.5}, {1, 1, 1, 1}, 4}};
  for (const Viewport& viewport : {Viewport{50, 20, 200, 150}, Viewport{0, 0, 1, 1}, Viewport{299, 199, 1, 1},
                                   Viewport{0, 0, 300, 200}}) {
    target->clear(0, 0, 0);
    canvas.draw(CanvasTarget::Image, kViews[0], viewport, {}, {TrailStyle{}}, minima, arrows);
    expectNoGlError("canvas at " + std::to_string(viewport.x) + "," + std::to_string(viewport.y) + " " +
                    std::to_string(viewport.width) + "x" + std::to_string(viewport.height));
  }
  target->readPixels();
  expectNoGlError("readPixels");
}

}  // namespace
}  // namespace lv::render
