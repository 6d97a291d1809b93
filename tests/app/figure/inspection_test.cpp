// The inspected step and ghost paths in the figure model (issue 11), headless. Values derived by
// hand for plain gradient descent on f = x² + 10y² (∇f = (2x, 20y), Hessian diag(2, 20)) with lr
// 0.01 from (1, 1): p1 = (0.98, 0.8), p2 = (0.9604, 0.64), g used by update 2 = ∇f(p1) = (1.96, 16);
// with heavy-ball momentum 0.9 (torch: b1 = g0, b2 = 0.9·b1 + g1) b2 = (3.76, 34).
// The canvas shows [-2, 2]² on 400 × 400 pixels: 100 pixels per unit, y up in the world.
#include "app/figure/build.h"
#include "app/figure/inspection.h"
#include "app/figure/label_placement.h"
#include "app/sim/scene_json.h"

#include <gtest/gtest.h>

#include <cmath>

namespace lv::figure {
namespace {

sim::Session sessionOf(const std::string& runs, size_t steps = 2) {
  std::string error;
  const auto scene = sim::parseScene(
      R"({"landscape": "x^2 + 10*y^2", "steps": )" + std::to_string(steps) + R"(, "runs": [)" + runs + "]}",
      &error);
  EXPECT_TRUE(scene) << error;
  return sim::Session::fromScene(scene.value_or(sim::defaultScene()));
}

const std::string kSgd =
    R"({"optimizer": "sgd", "params": {"lr": 0.01}, "start": [1, 1], "color": "#ff00ff"})";
const std::string kHeavyBall =
    R"({"optimizer": "sgd", "params": {"lr": 0.01, "momentum": 0.9}, "start": [1, 1], "color": "#00ff00"})";

sim::ViewTransform canvas() {
  sim::ViewTransform t;
  t.view = {-2, 2, -2, 2};
  t.width = 400;
  t.height = 400;
  return t;
}

Figure figureOf(const sim::Session& session, const InspectionOptions& inspection,
                const sim::GhostPaths* ghosts = nullptr, const sim::ViewTransform& transform = canvas()) {
  FigureStyle style;
  style.showArrows = false;
  style.inspection = inspection;
  style.ghosts = ghosts;
  return buildFigure(session, transform, style, TextMetrics{});
}

// The figure with update `step` of run 0 explained (arrows on, eigen-axes as asked).
Figure explained(const sim::Session& session, size_t step, bool arrows = true, bool eigenAxes = false,
                 const sim::ViewTransform& transform = canvas()) {
  InspectionOptions options;
  options.step = step;
  options.run = 0;
  options.arrows = arrows;
  options.eigenAxes = eigenAxes;
  return figureOf(session, options, nullptr, transform);
}

const ArrowFigure* arrowOf(const Figure& f, ArrowKind kind) {
  for (const ArrowFigure& a : f.arrows)
    if (a.kind == kind) return &a;
  return nullptr;
}

// Cosine of the angle between two world vectors.
double cosine(const Vec2& a, const Vec2& b) { return a.dot(b) / (a.norm() * b.norm()); }

TEST(InspectionFigure, ArrowsOfUpdateKStartWhereItStartedAndPointAlongMinusGAndTheStep) {
  const Figure f = explained(sessionOf(kSgd), 2);
  const ArrowFigure* g = arrowOf(f, ArrowKind::UsedGradient);
  const ArrowFigure* step = arrowOf(f, ArrowKind::StepTaken);
  ASSERT_TRUE(g && step);
  EXPECT_EQ(arrowOf(f, ArrowKind::Moment), nullptr);  // plain sgd has no momentum buffer
  EXPECT_NEAR(g->from.x(), 0.98, 1e-12);
  EXPECT_NEAR(g->from.y(), 0.8, 1e-12);
  EXPECT_NEAR(cosine(g->to - g->from, Vec2(-1.96, -16)), 1, 1e-9);
  EXPECT_NEAR(g->lengthPixels, 70, 1e-9);
  EXPECT_NEAR((g->to - g->from).norm() * 100, 70, 1e-9);
  EXPECT_EQ(g->label.text, "−g");
  // The step p2 − p1 = (−0.0196, −0.16) is 16.12 px: shown at the 24 px minimum, labelled ×1.49.
  EXPECT_EQ(step->from, g->from);
  EXPECT_NEAR(cosine(step->to - step->from, Vec2(-0.0196, -0.16)), 1, 1e-9);
  EXPECT_NEAR(step->lengthPixels, 24, 1e-9);
  EXPECT_EQ(step->label.text, "step ×1.49");
  EXPECT_EQ(f.inspectionKey.rows.size(), 2u);
  EXPECT_FALSE(f.inspectionKey.box.empty());
}

TEST(InspectionFigure, MomentAndGradientShareOneScale) {
  const Figure f = explained(sessionOf(kHeavyBall), 2);
  const ArrowFigure* g = arrowOf(f, ArrowKind::UsedGradient);
  const ArrowFigure* m = arrowOf(f, ArrowKind::Moment);
  ASSERT_TRUE(g && m);
  EXPECT_NEAR(cosine(m->to - m->from, Vec2(-3.76, -34)), 1, 1e-9);
  EXPECT_NEAR(m->lengthPixels, 70, 1e-9);  // |b2| = 34.207 is the longer
  EXPECT_NEAR(g->lengthPixels, 70 * std::hypot(1.96, 16) / std::hypot(3.76, 34), 1e-9);
  EXPECT_EQ(f.inspectionKey.rows.size(), 3u);
}

TEST(InspectionFigure, ConvergedUpdateHasNoArrowsAndNoKey) {
  // lr 0.4 on x² + y² shrinks the point by 0.2 a step: after 16 steps g and the step are ~1e-11,
  // whose directions are float noise.
  std::string error;
  const auto scene = sim::parseScene(
      R"({"landscape": "x^2 + y^2", "steps": 16, "runs": [{"optimizer": "sgd", "params": {"lr": 0.4}, "start": [0.6, 0.8]}]})",
      &error);
  ASSERT_TRUE(scene) << error;
  InspectionOptions options;
  options.run = 0;
  const Figure f = figureOf(sim::Session::fromScene(*scene), options);
  EXPECT_TRUE(f.arrows.empty());
  EXPECT_TRUE(f.inspectionKey.box.empty());
}

TEST(InspectionFigure, EigenAxesLieAlongTheEigenvectorsScaledByTheirEigenvalues) {
  const Figure f = explained(sessionOf(kSgd), 2, false, true);
  EXPECT_TRUE(f.arrows.empty());
  ASSERT_EQ(f.eigenAxes.size(), 2u);
  for (const AxisFigure& axis : f.eigenAxes) {
    const Vec2 centre = 0.5 * (axis.from + axis.to), d = axis.to - axis.from;
    EXPECT_NEAR(centre.x(), 0.9604, 1e-12);
    EXPECT_NEAR(centre.y(), 0.64, 1e-12);
    EXPECT_EQ(axis.color, kPositiveCurvatureColor);
    if (axis.eigenvalue < 10) {  // λ = 2 along x: half-length 60 × 2/20 = 6 px
      EXPECT_NEAR(axis.eigenvalue, 2, 1e-12);
      EXPECT_NEAR(std::abs(d.x()) * 100, 12, 1e-9);
      EXPECT_NEAR(d.y(), 0, 1e-12);
    } else {  // λ = 20 along y: 60 px
      EXPECT_NEAR(axis.eigenvalue, 20, 1e-12);
      EXPECT_NEAR(std::abs(d.y()) * 100, 120, 1e-9);
      EXPECT_NEAR(d.x(), 0, 1e-12);
    }
  }
  ASSERT_EQ(f.inspectionKey.rows.size(), 1u);  // both λ > 0: one row
  EXPECT_TRUE(f.inspectionKey.rows[0].line);
  EXPECT_EQ(f.inspectionKey.rows[0].text.text, "axis λ > 0");
}

TEST(InspectionFigure, NegativeCurvatureIsMagenta) {
  std::string error;
  const auto scene = sim::parseScene(
      R"({"landscape": "x^2 - y^2", "steps": 1, "runs": [{"optimizer": "sgd", "start": [0.5, 0.5]}]})",
      &error);
  ASSERT_TRUE(scene) << error;
  const sim::Session session = sim::Session::fromScene(*scene);
  InspectionOptions options;
  options.run = 0;
  options.eigenAxes = true;
  const Figure f = figureOf(session, options);
  ASSERT_EQ(f.eigenAxes.size(), 2u);
  for (const AxisFigure& axis : f.eigenAxes) {
    const Vec2 d = axis.to - axis.from;
    EXPECT_NEAR(std::abs(d.norm()) * 100, 120, 1e-9);  // |λ| = 2 for both
    if (axis.eigenvalue < 0) {
      EXPECT_EQ(axis.color, kNegativeCurvatureColor);
      EXPECT_NEAR(d.x(), 0, 1e-12);  // −y² curves down along y
    } else {
      EXPECT_EQ(axis.color, kPositiveCurvatureColor);
      EXPECT_NEAR(d.y(), 0, 1e-12);
    }
  }
}

TEST(InspectionFigure, ScrubbedStepPutsARingOnEveryPathAtThatStep) {
  const sim::Session session = sessionOf(kSgd + "," + kHeavyBall, 5);
  InspectionOptions options;
  options.step = 1;
  const Figure f = figureOf(session, options);
  std::vector<Vec2> rings;
  for (const PointMarker& m : f.markers)
    if (m.kind == MarkerKind::Inspected) rings.push_back(m.at);
  ASSERT_EQ(rings.size(), 2u);
  for (const Vec2& ring : rings) {  // both runs' first step from (1, 1) is −0.01·(2, 20)
    EXPECT_NEAR(ring.x(), 0.98, 1e-12);
    EXPECT_NEAR(ring.y(), 0.8, 1e-12);
  }
  EXPECT_TRUE(f.arrows.empty());  // no run explained
  EXPECT_TRUE(f.inspectionKey.box.empty());
  // Live: no rings; a step past the path is its last.
  EXPECT_EQ(shownStepOf({}, 5), 5u);
  InspectionOptions past;
  past.step = 9;
  EXPECT_EQ(shownStepOf(past, 5), 5u);
  const Figure live = figureOf(session, {});
  for (const PointMarker& m : live.markers) EXPECT_NE(m.kind, MarkerKind::Inspected);
}

TEST(InspectionFigure, GhostIsThePathBeforeTheEditFadedInTheRunsColour) {
  const sim::Session before =
      sessionOf(R"({"optimizer": "sgd", "params": {"lr": 0.02}, "start": [1, 1]})", 3);
  const sim::Session after = sessionOf(kSgd, 3);
  sim::GhostPaths ghosts;
  ghosts.observe(before, true);
  ghosts.observe(after, true);
  const Figure f = figureOf(after, {}, &ghosts);
  ASSERT_EQ(f.ghosts.size(), 1u);
  const GhostFigure& ghost = f.ghosts[0];
  // lr 0.02: each step scales x by 0.96 and y by 0.6.
  ASSERT_EQ(ghost.points.size(), 4u);
  EXPECT_NEAR(ghost.points[3].x(), 0.96 * 0.96 * 0.96, 1e-12);
  EXPECT_NEAR(ghost.points[3].y(), 0.6 * 0.6 * 0.6, 1e-12);
  EXPECT_FLOAT_EQ(ghost.color[0], 1);  // #ff00ff at half opacity
  EXPECT_FLOAT_EQ(ghost.color[1], 0);
  EXPECT_FLOAT_EQ(ghost.color[3], 0.5f);
  EXPECT_DOUBLE_EQ(ghost.dashPixels, kGhostDashPixels);
}

TEST(InspectionFigure, LongGhostsAreThinnedKeepingBothEnds) {
  const sim::Session before =
      sessionOf(R"({"optimizer": "sgd", "params": {"lr": 0.0001}, "start": [1, 1]})", 10000);
  const sim::Session after =
      sessionOf(R"({"optimizer": "sgd", "params": {"lr": 0.0002}, "start": [1, 1]})", 10000);
  sim::GhostPaths ghosts;
  ghosts.observe(before, true);
  ghosts.observe(after, true);
  const Figure f = figureOf(after, {}, &ghosts);
  ASSERT_EQ(f.ghosts.size(), 1u);
  const auto& points = f.ghosts[0].points;
  const auto& path = before.runs[0].run.trajectory().points;
  EXPECT_LE(points.size(), kGhostMaxPoints + 1);
  EXPECT_GE(points.size(), kGhostMaxPoints / 2);
  EXPECT_EQ(points.front(), path.front());
  EXPECT_EQ(points.back(), path.back());
}

// The box a label's text covers: where its Text starts, TextMetrics' width, one line tall.
Box textBox(const Text& t) {
  return {t.at.x(), t.at.y(), t.at.x() + TextMetrics{}.width(t.text), t.at.y() + TextMetrics{}.lineHeight()};
}

// Points on an arrow's head as drawn (export/cairo_marks.h), layout pixels: its axis and sides.
std::vector<Vec2> headPoints(const Figure& f, const ArrowFigure& a) {
  const Vec2 from = f.transform.toScreen(a.from), tip = f.transform.toScreen(a.to);
  const Vec2 u = (tip - from).normalized(), normal(-u.y(), u.x());
  const double head = std::min(2.4 * a.headRadius, 0.7 * a.lengthPixels);
  std::vector<Vec2> points;
  for (double t = 0; t <= 1; t += 0.25)
    for (double side : {-1.0, 0.0, 1.0})
      points.push_back(tip - t * head * u + side * t * a.headRadius * normal);
  return points;
}

// Every arrow label readable: on the canvas, clear of the other labels, of every arrow's head, of
// every marker (the inspected ring, the start ring, the head), of the legend and of the key.
void expectReadableLabels(const Figure& f) {
  for (size_t i = 0; i < f.arrows.size(); ++i) {
    const Box b = textBox(f.arrows[i].label);
    SCOPED_TRACE(f.arrows[i].label.text);
    EXPECT_TRUE(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= f.transform.width && b.y1 <= f.transform.height);
    for (size_t j = 0; j < i; ++j)
      EXPECT_FALSE(b.overlaps(textBox(f.arrows[j].label))) << f.arrows[j].label.text;
    for (const ArrowFigure& a : f.arrows)
      for (const Vec2& p : headPoints(f, a))
        EXPECT_FALSE(b.contains(p)) << a.label.text << " " << p.transpose();
    for (const PointMarker& m : f.markers)
      EXPECT_FALSE(b.overlaps(markerBox(f.transform.toScreen(m.at), m.radius, 0)))
          << static_cast<int>(m.kind);
    EXPECT_FALSE(b.overlaps(f.legend.box) || b.overlaps(f.inspectionKey.box));
  }
}

TEST(InspectionFigure, LabelsOfShortParallelArrowsNeitherOverlapNorCoverTheMarks) {
  // Heavy ball at update 1: −m is the first gradient, so −g and −m are one arrow and their labels'
  // first spots coincide; the step (20 px, shown 24) lies along both, from the start ring.
  const Figure ball = explained(sessionOf(kHeavyBall), 1);
  ASSERT_EQ(ball.arrows.size(), 3u);  // −g, −m, the step
  const Vec2 g = ball.arrows[0].to - ball.arrows[0].from;
  EXPECT_NEAR((ball.arrows[1].to - ball.arrows[1].from - g).norm() * 100, 0, 1e-6);
  EXPECT_GT(cosine(ball.arrows[2].to - ball.arrows[2].from, g), 0.999);
  expectReadableLabels(ball);
  // Adam at update 1: −m is a tenth of −g (7 px), the step ±lr in both coordinates (14 px, shown 24).
  const Figure adam = explained(
      sessionOf(R"({"optimizer": "adam", "params": {"lr": 0.1}, "start": [1, 1], "color": "#00ff00"})"), 1);
  ASSERT_EQ(adam.arrows.size(), 3u);
  EXPECT_NEAR(arrowOf(adam, ArrowKind::Moment)->lengthPixels, 7, 1e-6);
  expectReadableLabels(adam);
}

TEST(InspectionFigure, LabelsStepAsideFromTheLegend) {
  // −g points nearly straight up at the top-right legend: the spot beyond its tip is under the legend.
  sim::ViewTransform t = canvas();
  t.view = {-2, 2, -3.84, 0.16};
  const sim::Session s =
      sessionOf(R"({"optimizer": "sgd", "params": {"lr": 0.01, "momentum": 0.9}, "start": [1.2, -1]})", 3);
  const Figure f = explained(s, 1, true, false, t);
  const ArrowFigure* g = arrowOf(f, ArrowKind::UsedGradient);
  ASSERT_TRUE(g && !f.legend.box.empty());
  const Vec2 from = t.toScreen(g->from), tip = t.toScreen(g->to);
  const TextMetrics metrics;
  EXPECT_TRUE(boxBeside(tip, tip - from, metrics.width(g->label.text), metrics.lineHeight(), 4)
                  .overlaps(f.legend.box));
  expectReadableLabels(f);
  const Box b = textBox(g->label);  // still its own: its middle within a few lines of the tip
  EXPECT_LT((Vec2(0.5 * (b.x0 + b.x1), 0.5 * (b.y0 + b.y1)) - tip).norm(), 3 * metrics.lineHeight());
}

}  // namespace
}  // namespace lv::figure
