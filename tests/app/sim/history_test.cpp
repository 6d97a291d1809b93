// Undo/redo snapshots: one step per finished edit (a drag over many frames is one), undo and redo
// walk back and forth keeping the step count and view, a new edit drops the redo history, the
// depth is bounded, and playing (steps) or moving the view records nothing. Colour lock and range,
// schedules, maps and typed formulas are edits too.
#include "app/sim/history.h"
#include "app/sim/session.h"

#include <gtest/gtest.h>

#include <functional>

namespace lv {
namespace {

sim::Scene withStart(sim::Scene scene, double x) {
  scene.runs[0].start = optim::Vec2(x, 2);
  return scene;
}

TEST(History, ADragOverManyFramesIsOneStepAndUndoRedoWalkIt) {
  const sim::Scene original = sim::defaultScene();
  sim::History history;
  history.reset(original);
  EXPECT_FALSE(history.canUndo());
  for (int frame = 1; frame <= 50; ++frame) history.observe(withStart(original, -1.5 + frame * 0.01), false);
  history.observe(withStart(original, -1.0), true);  // released
  ASSERT_TRUE(history.canUndo());

  sim::Scene current = withStart(original, -1.0);
  current.steps = 300;
  current.view = landscapes::Rect{-1, 1, -1, 1};
  const auto undone = history.undo(current);
  ASSERT_TRUE(undone.has_value());
  EXPECT_EQ(undone->runs[0].start, original.runs[0].start);
  EXPECT_EQ(undone->steps, 300u);  // undo does not rewind time or move the view
  EXPECT_EQ(undone->view->xmin, -1);
  EXPECT_FALSE(history.canUndo());
  history.observe(*undone, true);  // the restored session: nothing new
  EXPECT_FALSE(history.canUndo());
  const auto redone = history.redo(*undone);
  ASSERT_TRUE(redone.has_value());
  EXPECT_EQ(redone->runs[0].start, optim::Vec2(-1.0, 2));
  EXPECT_FALSE(history.canRedo());
}

TEST(History, EditsOfEveryKindAndANewEditDropsRedo) {
  const sim::Scene a = sim::defaultScene();
  sim::History history;
  history.reset(a);
  sim::Scene b = a;
  ASSERT_TRUE(b.runs[1].optimizer.set("lr", 0.5));
  history.observe(b, true);
  sim::Scene c = b;
  c.runs.pop_back();
  history.observe(c, true);
  sim::Scene d = c;
  d.landscape = *landscapes::resolveLandscape("himmelblau");
  history.observe(d, true);
  sim::Scene e = d;
  e.steps = 1000;  // playing is not an edit
  e.view = landscapes::Rect{0, 1, 0, 1};
  history.observe(e, true);
  EXPECT_EQ(history.undo(e)->landscape.name, "rosenbrock");
  EXPECT_EQ(history.undo(c)->runs.size(), 4u);
  ASSERT_TRUE(history.canRedo());
  history.observe(withStart(b, 3), true);  // a new edit
  EXPECT_FALSE(history.canRedo());
  const auto back = history.undo(withStart(b, 3));
  EXPECT_EQ(back->runs[1].optimizer.get("lr"), b.runs[1].optimizer.get("lr"));
  EXPECT_EQ(back->runs[0].start, b.runs[0].start);
  EXPECT_EQ(history.undo(b)->runs[1].optimizer.get("lr"), a.runs[1].optimizer.get("lr"));
  EXPECT_FALSE(history.canUndo());
}

// Each of these is one undo step, and undo brings the previous value back.
TEST(History, ColourLockRangeScheduleMapAndFormulaEditsAreSteps) {
  sim::Scene a = sim::defaultScene();
  a.colors.range = sim::ColorRange{1, 2, 1e-3};  // as the lock fits it on the first frame
  const std::vector<std::function<void(sim::Scene&)>> edits = {
      [](sim::Scene& s) { s.colors.lockScale = !s.colors.lockScale; },
      [](sim::Scene& s) {
        s.colors.range = sim::ColorRange{0, 10, 1e-3};
      },
      [](sim::Scene& s) { s.runs[0].schedule = optim::ScheduleSpec{}; },
      [](sim::Scene& s) {
        s.map = sim::MapSettings{};
        s.map->show = true;
      },
      [](sim::Scene& s) { s.landscape = *landscapes::resolveLandscape("x^2 + 3*y^2"); },
  };
  for (size_t i = 0; i < edits.size(); ++i) {
    SCOPED_TRACE(i);
    sim::History history;
    history.reset(a);
    sim::Scene b = a;
    edits[i](b);
    EXPECT_TRUE(sim::editsDiffer(a, b));
    history.observe(b, true);
    ASSERT_TRUE(history.canUndo());
    EXPECT_FALSE(sim::editsDiffer(*history.undo(b), a));
  }
  // The lock's automatic fit of the first view is not an undo step.
  sim::Scene unfitted = a;
  unfitted.colors.range.reset();
  EXPECT_FALSE(sim::editsDiffer(unfitted, a));
}

TEST(History, DepthIsBounded) {
  sim::History history(3);
  const sim::Scene original = sim::defaultScene();
  history.reset(original);
  for (int i = 1; i <= 10; ++i) history.observe(withStart(original, i), true);
  sim::Scene current = withStart(original, 10);
  int steps = 0;
  while (auto previous = history.undo(current)) {
    current = *previous;
    ++steps;
  }
  EXPECT_EQ(steps, 3);
  EXPECT_EQ(current.runs[0].start.x(), 7);
}

}  // namespace
}  // namespace lv
