// How GPU map work is cut into draws (map_passes.h), with sizes worked out by hand: a formula's
// round is one full draw; a data landscape's (every data row per pixel update) is cut into bands of
// rows, by work (2^28 sample evaluations per draw) or by the measured time.
#include "app/maps/map_passes.h"

#include <gtest/gtest.h>

namespace lv::maps {
namespace {

TEST(MapPasses, AFormulasRoundIsOneDrawOfAllRows) {
  MapPasses passes(24, 27, 90, 64, 1);
  const MapPass pass = passes.nextByWork(7);
  EXPECT_EQ(pass.steps, 7);
  EXPECT_EQ(pass.firstRow, 0);
  EXPECT_EQ(pass.rows, 27);
  EXPECT_TRUE(pass.endsRound);
  passes.record(pass, -1);
  EXPECT_EQ(passes.stepsDone(), 7);
  EXPECT_FALSE(passes.roundOpen());
  EXPECT_DOUBLE_EQ(passes.progress(), 7.0 / 90.0);
  EXPECT_EQ(passes.nextByWork(1000).steps, 64);  // at most maxStepsPerPass
}

TEST(MapPasses, ADataRoundIsCutIntoBandsByWork) {
  // 256 × 256 pixels, 10 000 rows a pixel update: one update of 2^28 / (256 · 10^4) = 104 rows.
  MapPasses passes(256, 256, 100, 64, 10000);
  const int expected[][3] = {{0, 104, 0}, {104, 104, 0}, {208, 48, 1}};
  for (const auto& [first, rows, ends] : expected) {
    const MapPass pass = passes.nextByWork(100);
    EXPECT_EQ(pass.steps, 1);
    EXPECT_EQ(pass.firstRow, first);
    EXPECT_EQ(pass.rows, rows);
    EXPECT_EQ(pass.endsRound, ends == 1);
    EXPECT_EQ(passes.stepsDone(), 0);
    passes.record(pass, -1);
    if (!pass.endsRound) {
      EXPECT_TRUE(passes.roundOpen());
      EXPECT_EQ(passes.stepsBegun(), 1);
      EXPECT_DOUBLE_EQ(passes.progress(), (first + rows) / 256.0 / 100.0);
    }
  }
  EXPECT_EQ(passes.stepsDone(), 1);
  EXPECT_FALSE(passes.roundOpen());
}

TEST(MapPasses, TimedBandsFollowTheMeasuredSpeed) {
  MapPasses passes(256, 256, 100, 64, 10000);
  // Unmeasured: one update of 2^20 sample evaluations, less than a row here: one row.
  MapPass pass = passes.nextByTime(0.01);
  EXPECT_EQ(pass.steps, 1);
  EXPECT_EQ(pass.rows, 1);
  passes.record(pass, 0.002);  // 256 pixel updates in 2 ms
  EXPECT_DOUBLE_EQ(passes.smallestPassSeconds(), 0.002);
  pass = passes.nextByTime(0.01);  // 5 rows fit in 10 ms
  EXPECT_EQ(pass.firstRow, 1);
  EXPECT_EQ(pass.rows, 5);
  passes.record(pass, 0.01);
  EXPECT_EQ(passes.nextByTime(100).rows, 250);  // the rest of the round, not past it

  // A cheap formula map: as many updates of every row as fit (up to maxStepsPerPass).
  MapPasses formula(64, 64, 500, 64, 1);
  formula.record(formula.nextByTime(0.01), 0.004096);  // 1 µs per pixel update
  pass = formula.nextByTime(0.01);
  EXPECT_EQ(pass.steps, 2);  // 10 ms / (4096 µs per update of all pixels)
  EXPECT_EQ(pass.rows, 64);
  EXPECT_EQ(formula.nextByTime(1).steps, 64);
}

}  // namespace
}  // namespace lv::maps
