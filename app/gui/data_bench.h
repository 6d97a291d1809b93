// The data-landscape phases of `lossviz bench` (issue 10 §"Performance"): the window panning over a
// 10 000-row data landscape, how soon the surface of a new view shows after the view jumps and how
// soon its value grid is refined (render::ValueGrid), and how fast 8 mini-batch runs step on that
// data. The window phases draw logistic regression: its loss has no closed form, so every value
// sums every row (least squares would cost nothing per row, data_quadratic.h). The stepping phase
// steps on least squares (see runDataSteppingBench).
#pragma once

#include "app/gui/window_loop.h"

#include <cstddef>
#include <string>

namespace lv::gui {

/// Rows of the bench's data landscapes and the mini-batch of their runs.
constexpr std::size_t kDataBenchRows = 10000;
constexpr std::size_t kDataBenchBatch = 32;

struct DataBenchReport {
  double panMsMedian = 0;      ///< window frames, the view moved by whole pixels every frame
  double zoomMsMedian = 0;     ///< window frames, the view zoomed 2 % every frame (in, then out)
  double firstSeconds = 0;     ///< from a view jump (zoom 1.1x) to a frame with the new view's surface shaded
  double settleSeconds = 0;    ///< from that jump to a frame with its value grid refined
  double first3dSeconds = 0;   ///< from switching that view to 3D to a frame showing the surface
  double settle3dSeconds = 0;  ///< from that switch to the final 3D picture (value grid refined)
  double updatesPerSecond = 0;  ///< 8 runs (8 optimizers), B = 32 shuffled, Run::advance, all runs together,
                                ///< on linear_regression
};

/// The frame phases in `loop`'s window (GL context current), `frames` measured pan frames, on a
/// session of their own (the caller's is untouched).
void runDataFrameBench(WindowLoop& loop, int frames, DataBenchReport& report);
/// The stepping phase (no GL).
void runDataSteppingBench(DataBenchReport& report);

}  // namespace lv::gui
