// Writes /tmp/lossviz_render_demo.png: Rosenbrock with contours, three trails (halos, heads,
// starts), the known minimum and an arrow, so a person can look at the full composition.
#include "app/render/canvas.h"
#include "app/render/gl_check.h"
#include "app/render/offscreen_target.h"
#include "app/render/png_writer.h"
#include "landscapes/catalog.h"
#include "tests/app/render/gl_test_context.h"

#include <cmath>

namespace lv::render {
namespace {

// Plain gradient descent with momentum on Rosenbrock, enough to draw a believable path.
std::vector<Eigen::Vector2d> descend(const landscapes::Formula& f, Eigen::Vector2d p, double lr,
                                     double momentum, int steps) {
  std::vector<Eigen::Vector2d> path{p};
  Eigen::Vector2d velocity = Eigen::Vector2d::Zero();
  for (int i = 0; i < steps; ++i) {
    Eigen::Vector2d g;
    f.valueAndGradient(p, g);
    velocity = momentum * velocity + g;
    p -= lr * velocity;
    path.push_back(p);
  }
  return path;
}

TEST(Demo, WritesACompositionForPeopleToLookAt) {
  LV_REQUIRE_GL();
  const landscapes::CatalogEntry* entry = landscapes::findCatalogEntry("rosenbrock");
  ASSERT_NE(entry, nullptr);
  auto formula = landscapes::Formula::parse(entry->formula);
  ASSERT_TRUE(formula.has_value());
  Canvas canvas;
  ASSERT_TRUE(canvas.surface().setFormula(*formula));
  canvas.trails().sync(0, descend(*formula, {-1.5, 2.0}, 1e-3, 0.9, 600), 1);
  canvas.trails().sync(1, descend(*formula, {-1.2, -0.5}, 1.5e-3, 0.0, 2000), 1);
  canvas.trails().sync(2, descend(*formula, {1.6, 2.6}, 2e-4, 0.95, 800), 1);
  std::vector<TrailStyle> styles(3);
  styles[0].color = {0.97f, 0.33f, 0.27f, 1};
  styles[1].color = {0.30f, 0.75f, 0.98f, 1};
  styles[2].color = {1.00f, 0.85f, 0.20f, 1};
  auto target = OffscreenTarget::create(800, 600, 4);
  ASSERT_TRUE(target.has_value());
  target->clear(0, 0, 0);
  Eigen::Vector2d head = canvas.trails().lastPoint(1).value();
  Eigen::Vector2d g;
  formula->valueAndGradient(head, g);
  std::vector<Arrow> arrows{{head, head - 0.25 * g.normalized(), {1, 1, 1, 1}, 4}};
  CanvasStyle style;
  style.colorScale = canvas.surface().fitScale(entry->view, style.surface);
  canvas.draw(CanvasTarget::Image, entry->view, target->viewport(), style, styles, entry->minima, arrows);
  std::string error;
  ASSERT_TRUE(checkGlErrors("demo", &error)) << error;
  ASSERT_TRUE(writePng("/tmp/lossviz_render_demo.png", target->readPixels(), 800, 600, &error)) << error;
}

// One surface per (landscape, colormap, scale) for a quick look at every colormap.
TEST(Demo, WritesSurfacesInEveryColormap) {
  LV_REQUIRE_GL();
  struct Case {
    const char* landscape;
    const char* colormap;
    bool logScale;
  };
  for (const Case& c : {Case{"himmelblau", "magma", true}, Case{"saddle", "coolwarm", false},
                        Case{"rastrigin", "inferno", false}, Case{"beale", "cividis", true}}) {
    const landscapes::CatalogEntry* entry = landscapes::findCatalogEntry(c.landscape);
    if (!entry) continue;
    Canvas canvas;
    ASSERT_TRUE(canvas.surface().setFormula(*landscapes::Formula::parse(entry->formula)));
    auto target = OffscreenTarget::create(400, 300);
    ASSERT_TRUE(target.has_value());
    target->bind();
    CanvasStyle style;
    style.surface.colormap = c.colormap;
    style.surface.logScale = c.logScale;
    style.colorScale = canvas.surface().fitScale(entry->view, style.surface);
    canvas.draw(CanvasTarget::Image, entry->view, target->viewport(), style, {}, entry->minima);
    std::string error;
    ASSERT_TRUE(writePng(std::string("/tmp/lossviz_render_demo_") + c.landscape + ".png",
                         target->readPixels(), 400, 300, &error))
        << error;
  }
}

}  // namespace
}  // namespace lv::render
