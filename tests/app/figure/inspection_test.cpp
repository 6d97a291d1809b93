// The inspected step and ghost paths in the figure model (issue 11), headless. Values derived by
// hand for plain gradient descent on f = x² + 10y² (∇f = (2x, 20y), Hessian diag(2, 20)) with lr
// 0.01 from (1, 1): p1 = (0.98, 0.8), p2 = (0.9604, 0.64), g used by update 2 = ∇f(p1) = (1.96, 16);
// with heavy-ball momentum 0.9 (torch: b1 = g0, b2 = 0.9·b1 + g1) b2 = (3.76, 34).
// The canvas shows [-2, 2]² on 400 × 400 pixels: 100 pixels per unit, y up in the world.
#include "app/figure/build.h"
#include "app/figure/inspection.h"
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
                const sim::GhostPaths* ghosts = nullptr) {
  FigureStyle style;
  style.showArrows = false;
  style.inspection = inspection;
  style.ghosts = ghosts;
  return buildFigure(session, canvas(), style, TextMetrics{});
}

// The figure with update `step` of run 0 explained (arrows on, eigen-axes as asked).
Figure explained(const sim::Session& session, size_t step, bool arrows = true, bool eigenAxes = false) {
  InspectionOptions options;
  options.step = step;
  options.run = 0;
  options.arrows = arrows;
  options.eigenAxes = eigenAxes;
  return figureOf(session, options);
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

}  // namespace
}  // namespace lv::figure
