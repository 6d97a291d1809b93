// Arrow geometry (issue 9 item 13): the descent arrow shrinks by a third of its full 40 px per
// decade |∇f| falls below the start's and is hidden at convergence; the step arrow has the step's
// true length up to 60 px; every pixel size grows with the UI scale.
#include "app/figure/arrows.h"

#include "landscapes/catalog.h"

#include <gtest/gtest.h>

namespace lv::figure {
namespace {

sim::Run bowlRun(double lr, size_t steps) {
  auto sgd = optim::Optimizer::create("sgd");
  EXPECT_TRUE(sgd->set("lr", lr));
  sim::Run run(landscapes::resolveLandscape("x^2 + y^2")->formula, *sgd, {3, 4});
  run.advance(steps);
  return run;
}

TEST(DescentArrow, LengthFallsWithTheDecadesOfGradient) {
  EXPECT_DOUBLE_EQ(descentArrowPixels(5, 5), 40);
  EXPECT_DOUBLE_EQ(descentArrowPixels(50, 5), 40);  // grown past the start: full length
  EXPECT_NEAR(descentArrowPixels(0.5, 5), 40 * 2.0 / 3, 1e-12);
  EXPECT_NEAR(descentArrowPixels(0.05, 5), 40 / 3.0, 1e-12);
  // 40 × (1 − 2.5/3) = 6.67 px still shows; three decades down is 0 px, hidden.
  EXPECT_GT(descentArrowPixels(5 * std::pow(10, -2.5), 5), 6);
  EXPECT_EQ(descentArrowPixels(5e-3, 5), 0);
  // Converged (|∇f| < 1e-8) is hidden even if the run started there.
  EXPECT_EQ(descentArrowPixels(1e-10, 1e-10), 0);
  EXPECT_EQ(descentArrowPixels(0, 5), 0);
}

TEST(HeadArrows, ConvergedRunHasNoArrows) {
  // lr 0.5 on x² + y² lands on the minimum exactly: ∇f = 0, and the second step is 0 long.
  const sim::Run run = bowlRun(0.5, 2);
  ASSERT_EQ(run.trajectory().gradients.back().norm(), 0);
  std::vector<ArrowFigure> arrows;
  addHeadArrows(run, 0, {1, 0, 0, 1}, 0.01, 1, arrows);
  EXPECT_TRUE(arrows.empty());
}

TEST(HeadArrows, StepArrowHasTheStepsLengthUpToTheCap) {
  // lr 0.1: x ← 0.8 x, so the first step from (3, 4) is 0.2 × 5 = 1 world unit long.
  const sim::Run run = bowlRun(0.1, 1);
  std::vector<ArrowFigure> arrows;
  addHeadArrows(run, 2, {1, 0, 0, 1}, 1.0 / 30, 1, arrows);  // 30 px per unit: a 30 px step
  ASSERT_EQ(arrows.size(), 2u);
  const ArrowFigure& descent = arrows[0];
  const ArrowFigure& step = arrows[1];
  EXPECT_EQ(descent.kind, ArrowKind::Descent);
  // |∇f| fell from 10 to 8: log10(1.25) decades, 40 × (1 − 0.0969/3) px, pointing at the origin.
  EXPECT_NEAR(descent.lengthPixels, 40 * (1 - std::log10(1.25) / 3), 1e-9);
  EXPECT_NEAR((descent.to - descent.from).norm() * 30, descent.lengthPixels, 1e-9);
  EXPECT_NEAR((descent.to - descent.from).normalized().dot(-descent.from.normalized()), 1, 1e-12);
  EXPECT_EQ(step.kind, ArrowKind::Step);
  EXPECT_EQ(step.run, 2u);
  EXPECT_NEAR(step.lengthPixels, 30, 1e-9);
  EXPECT_NEAR((step.to - step.from).norm(), 1, 1e-12);
  // At 100 px per unit the 100 px step is capped at 60 px; at UI scale 2 at 120 px.
  arrows.clear();
  addHeadArrows(run, 0, {1, 0, 0, 1}, 0.01, 1, arrows);
  EXPECT_NEAR(arrows[1].lengthPixels, 60, 1e-9);
  EXPECT_NEAR((arrows[1].to - arrows[1].from).norm(), 0.6, 1e-12);
  arrows.clear();
  addHeadArrows(run, 0, {1, 0, 0, 1}, 0.01, 2, arrows);
  EXPECT_NEAR(arrows[1].lengthPixels, 100, 1e-9);
  EXPECT_NEAR(arrows[0].lengthPixels, 2 * 40 * (1 - std::log10(1.25) / 3), 1e-9);
  EXPECT_DOUBLE_EQ(arrows[0].headRadius, 10);
  // A step shorter than 6 px is hidden.
  arrows.clear();
  addHeadArrows(run, 0, {1, 0, 0, 1}, 1.0 / 5, 1, arrows);
  ASSERT_EQ(arrows.size(), 1u);
  EXPECT_EQ(arrows[0].kind, ArrowKind::Descent);
}

}  // namespace
}  // namespace lv::figure
