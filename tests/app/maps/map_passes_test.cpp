// How GPU map work is cut into draws (map_passes.h), with sizes worked out by hand: a formula's
// round is one full draw; a data landscape's (every data row per pixel update) is cut into bands of
// whole rows or parts of a row, by work (2^28 sample evaluations per draw) or by the measured time.
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
  EXPECT_EQ(pass.columns, 24);
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
    EXPECT_EQ(pass.columns, 256);
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
  // Unmeasured: one update of 2^20 sample evaluations, 104 pixels here: part of the first row.
  MapPass pass = passes.nextByTime(0.01);
  EXPECT_EQ(pass.steps, 1);
  EXPECT_EQ(pass.rows, 1);
  EXPECT_EQ(pass.firstColumn, 0);
  EXPECT_EQ(pass.columns, 104);
  passes.record(pass, 0.002);  // 104 pixel updates in 2 ms
  EXPECT_DOUBLE_EQ(passes.rowSeconds(), 0.002 / 104 * 256);
  pass = passes.nextByTime(0.01);  // 520 pixels fit in 10 ms: the rest of the row
  EXPECT_EQ(pass.firstRow, 0);
  EXPECT_EQ(pass.firstColumn, 104);
  EXPECT_EQ(pass.columns, 152);
  passes.record(pass, 0.002 / 104 * 152);
  pass = passes.nextByTime(0.01);  // then whole rows: two of them
  EXPECT_EQ(pass.firstRow, 1);
  EXPECT_EQ(pass.firstColumn, 0);
  EXPECT_EQ(pass.columns, 256);
  EXPECT_EQ(pass.rows, 2);
  passes.record(pass, 0.01);
  EXPECT_DOUBLE_EQ(passes.progress(), 3.0 / 256 / 100);
  pass = passes.nextByTime(100);
  EXPECT_EQ(pass.rows, 253);  // the rest of the round, not past it
  EXPECT_TRUE(pass.endsRound);

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
