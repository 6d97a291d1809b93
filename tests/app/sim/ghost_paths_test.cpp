// Ghost paths: a restart-on-change edit leaves the previous path as ghost; a drag over many frames
// keeps the path from before it; the next edit replaces it; moving the start or dismissing drops it.
#include "app/sim/ghost_paths.h"

#include <gtest/gtest.h>

namespace lv::sim {
namespace {

Session bowlSession() {
  Scene scene = defaultScene();
  scene.runs.resize(1);
  Session session = Session::fromScene(scene);
  session.restart();
  session.advance(5);
  return session;
}

TEST(GhostPaths, AnEditLeavesThePreviousPathUntilTheNextEdit) {
  Session session = bowlSession();
  GhostPaths ghosts;
  ghosts.observe(session, true);
  EXPECT_FALSE(ghosts.any());
  const std::vector<Vec2> before = session.runs[0].run.trajectory().points;
  session.setParam(0, 0, 2e-3);  // lr, restart on change
  ghosts.observe(session, false);
  EXPECT_EQ(ghosts.ghostOf(0), before);
  // Dragging on: further values while unsettled keep the path from before the drag.
  session.setParam(0, 0, 3e-3);
  ghosts.observe(session, false);
  EXPECT_EQ(ghosts.ghostOf(0), before);
  ghosts.observe(session, true);  // released
  const std::vector<Vec2> atThree = session.runs[0].run.trajectory().points;
  session.setParam(0, 0, 4e-3);
  ghosts.observe(session, true);
  EXPECT_EQ(ghosts.ghostOf(0), atThree);
  // Stepping on appends to the path, not to the ghost.
  session.advance(3);
  ghosts.observe(session, true);
  EXPECT_EQ(ghosts.ghostOf(0), atThree);
  ghosts.dismiss();
  EXPECT_FALSE(ghosts.any());
}

TEST(GhostPaths, MovingTheStartDropsTheGhost) {
  Session session = bowlSession();
  GhostPaths ghosts;
  ghosts.observe(session, true);
  session.setParam(0, 0, 2e-3);
  ghosts.observe(session, true);
  ASSERT_TRUE(ghosts.any());
  session.moveStart(0, Vec2(0.5, 0.5));
  ghosts.observe(session, true);
  EXPECT_FALSE(ghosts.any());
}

}  // namespace
}  // namespace lv::sim
