// The data-landscape phases of `lossviz bench` (issue 10 §"Performance"): the window panning over a
// 10 000-row data landscape, how soon the exact full-resolution surface is back after the view
// jumps, and how fast 8 mini-batch runs step on that data.
#pragma once

#include "app/gui/window_loop.h"

#include <cstddef>
#include <string>

namespace lv::gui {

/// Rows of the bench's data landscape (linear_regression) and the mini-batch of its runs.
constexpr std::size_t kDataBenchRows = 10000;
constexpr std::size_t kDataBenchBatch = 32;

struct DataBenchReport {
  double panMsMedian = 0;    ///< window frames, the view moved by whole pixels every frame
  double settleSeconds = 0;  ///< from a view jump (zoom 1.1x) to a frame drawn with the surface shaded anew
  double updatesPerSecond = 0;  ///< 8 runs (8 optimizers), B = 32 shuffled, Run::advance, all runs together
};

/// The frame phases in `loop`'s window (GL context current), `frames` measured pan frames, on a
/// session of their own (the caller's is untouched).
void runDataFrameBench(WindowLoop& loop, int frames, DataBenchReport& report);
/// The stepping phase (no GL).
void runDataSteppingBench(DataBenchReport& report);

}  // namespace lv::gui
