// The whole figure of a session: axes inside the canvas, trails and markers styled per run and
// scaled with the UI, arrows and their key, the legend in its corner, the colour bar, and
// "diverged at step k" labels that the legend never covers.
#include "app/figure/build.h"

#include <gtest/gtest.h>

#include <set>

namespace lv::figure {
namespace {

sim::Session session(const sim::Scene& scene) { return sim::Session::fromScene(scene); }

landscapes::Landscape landscape(const char* nameOrFormula) {
  auto resolved = landscapes::resolveLandscape(nameOrFormula);
  EXPECT_TRUE(resolved) << nameOrFormula;
  return *resolved;
}

sim::RunSpec spec(const char* optimizer, const std::vector<std::pair<const char*, double>>& params,
                  const optim::Vec2& start, const sim::Rgba& color) {
  sim::RunSpec run;
  run.optimizer = *optim::Optimizer::create(optimizer);
  for (const auto& [key, value] : params) EXPECT_TRUE(run.optimizer.set(key, value));
  run.start = start;
  run.color = color;
  return run;
}

sim::ViewTransform transformFor(const sim::Session& s, double width, double height) {
  return {sim::fitted(s.view, width, height), width, height};
}

const TextMetrics kFont16{16, {}};

bool inside(const Box& inner, double width, double height) {
  return inner.x0 >= 0 && inner.y0 >= 0 && inner.x1 <= width && inner.y1 <= height;
}

TEST(BuildFigure, DefaultSceneHasAxesTrailsMarkersAndALegend) {
  const sim::Session s = session(sim::defaultScene());
  FigureStyle style;
  style.uiScale = 2;
  const Figure figure = buildFigure(s, transformFor(s, 1200, 700), style, {32, {}});
  ASSERT_GE(figure.axes.x.size(), 3u);
  ASSERT_GE(figure.axes.y.size(), 3u);
  for (const Tick& t : figure.axes.x) EXPECT_TRUE(t.pixel >= 0 && t.pixel <= 1200) << t.label.text;
  std::set<std::string> labels;
  for (const Tick& t : figure.axes.x) labels.insert(t.label.text);
  EXPECT_EQ(labels.size(), figure.axes.x.size());
  EXPECT_DOUBLE_EQ(figure.axes.gridWidth, 2);  // not a hairline at UI scale 2
  ASSERT_EQ(figure.trails.size(), 4u);
  EXPECT_DOUBLE_EQ(figure.trails[0].width, 5);
  EXPECT_NE(figure.trails[0].headShape, figure.trails[1].headShape);
  // Minimum star at (1, 1), a start ring and a head per run.
  size_t starts = 0, heads = 0, minima = 0;
  for (const PointMarker& m : figure.markers) {
    starts += m.kind == MarkerKind::Start;
    heads += m.kind == MarkerKind::Head;
    minima += m.kind == MarkerKind::Minimum;
  }
  EXPECT_EQ(starts, 4u);
  EXPECT_EQ(heads, 4u);
  EXPECT_EQ(minima, 1u);
  ASSERT_EQ(figure.legend.entries.size(), 4u);
  EXPECT_EQ(figure.legend.entries[0].name.text, "sgd");  // sim::runLabel: one sgd run, no qualifier
  EXPECT_TRUE(inside(figure.legend.box, 1200, 700));
  EXPECT_FALSE(figure.colorBar);  // no mapping given
}

TEST(BuildFigure, ArrowsHaveAKeyAndVanishAtConvergence) {
  sim::Scene scene;
  scene.landscape = landscape("x^2 + y^2");
  scene.runs = {spec("sgd", {{"lr", 0.1}}, {3, 4}, sim::paletteColor(0)),
                spec("sgd", {{"lr", 0.5}}, {3, 4}, sim::paletteColor(1))};  // exact in one step
  scene.steps = 3;
  const sim::Session s = session(scene);
  const Figure figure = buildFigure(s, transformFor(s, 800, 600), {}, kFont16);
  for (const ArrowFigure& a : figure.arrows) EXPECT_EQ(a.run, 0u) << "an arrow at the converged run";
  EXPECT_EQ(figure.arrows.size(), 2u);
  ASSERT_EQ(figure.legend.arrowKey.size(), 2u);
  EXPECT_EQ(figure.legend.arrowKey[0].kind, ArrowKind::Descent);
  FigureStyle noArrows;
  noArrows.showArrows = false;
  const Figure plain = buildFigure(s, transformFor(s, 800, 600), noArrows, kFont16);
  EXPECT_TRUE(plain.arrows.empty());
  EXPECT_TRUE(plain.legend.arrowKey.empty());
}

TEST(BuildFigure, DivergedLabelIsNeverUnderTheLegend) {
  // log(0) at the start: diverged at step 0, labelled at the start, which the view puts in the
  // top-right corner where the legend is.
  sim::Scene scene;
  scene.landscape = landscape("log(x) + y^2");
  scene.view = landscapes::Rect{-3, 0.05, -2, 1.05};
  for (int i = 0; i < 3; ++i) scene.runs.push_back(spec("sgd", {}, {0, 1}, sim::paletteColor(i)));
  const sim::Session s = session(scene);
  for (Corner corner : {Corner::TopRight, Corner::BottomRight}) {
    FigureStyle style;
    style.legend.corner = corner;
    ColorMapping mapping;
    mapping.colors = {{0, 0, 0, 1}, {1, 1, 1, 1}};
    style.colorMapping = mapping;
    const Figure figure = buildFigure(s, transformFor(s, 640, 360), style, kFont16);
    ASSERT_EQ(figure.labels.size(), 3u);
    ASSERT_TRUE(figure.colorBar);
    ASSERT_FALSE(figure.legend.box.empty());
    for (size_t i = 0; i < figure.labels.size(); ++i) {
      const CanvasLabel& label = figure.labels[i];
      EXPECT_EQ(label.text.text, "diverged at step 0");
      EXPECT_TRUE(inside(label.box, 640, 360));
      EXPECT_FALSE(label.box.overlaps(figure.legend.box));
      EXPECT_FALSE(label.box.overlaps(figure.colorBar->plate));
      for (size_t j = 0; j < i; ++j) EXPECT_FALSE(label.box.overlaps(figure.labels[j].box));
    }
    EXPECT_FALSE(figure.colorBar->plate.overlaps(figure.legend.box));
  }
}

TEST(BuildFigure, HiddenRunsKeepTheirLegendRowButNoMarkers) {
  sim::Scene scene = sim::defaultScene();
  scene.runs[1].visible = false;
  const sim::Session s = session(scene);
  const Figure figure = buildFigure(s, transformFor(s, 1200, 700), {}, kFont16);
  ASSERT_EQ(figure.legend.entries.size(), 4u);
  EXPECT_FALSE(figure.legend.entries[1].visible);
  EXPECT_FALSE(figure.trails[1].visible);
  for (const PointMarker& m : figure.markers) EXPECT_NE(m.run, std::optional<size_t>(1));
}

}  // namespace
}  // namespace lv::figure
