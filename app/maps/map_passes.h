// How the GPU map's work is cut into draws (headless bookkeeping for gpu_map_job.h). Work goes in
// rounds: a round advances every pixel by the same number of updates and is drawn as one or more
// bands (whole rows, or part of one row), each reading the state of one ping-pong side and writing
// the other; after its last band the sides swap. A formula's round is usually one full-screen
// draw. A data landscape's update loops over every data row per pixel, so its rounds are cut into
// bands small enough for a frame's budget (the window; with 10 000 rows even one map row can be
// too much for a software renderer) or a driver's watchdog (one long draw).
#pragma once

namespace lv::maps {

/// Sample evaluations one draw may hold when sized by work (advanceSteps): 2^28, about a tenth of
/// a second on a large GPU, and no more than 512² pixels × 1024 updates of a formula.
inline constexpr double kMaxEvaluationsPerDraw = 268435456.0;
/// The first timed draw, before any measurement: 2^20 sample evaluations.
inline constexpr double kFirstTimedEvaluations = 1048576.0;

/// One draw: `steps` updates of the texels in rows [firstRow, firstRow + rows) and columns
/// [firstColumn, firstColumn + columns) (whole rows, or part of one row: rows = 1).
struct MapPass {
  long steps = 0;
  int firstRow = 0, rows = 0;
  int firstColumn = 0, columns = 0;
  bool endsRound = false;  ///< the sides swap after it
};

class MapPasses {
 public:
  /// A map of width × height pixels and `totalSteps` updates each, at most `maxStepsPerPass` per
  /// draw (all ≥ 1, asserted). `evaluationsPerUpdate`: what one pixel's update costs in sample
  /// evaluations (the data rows the shader loops over; 1 for a formula or a closed form).
  MapPasses(int width, int height, long totalSteps, long maxStepsPerPass, double evaluationsPerUpdate);

  /// The next draw by work: the open round's next band, or a new round of at most `stepsWanted`
  /// updates (≥ 1, asserted; the steps left bound it too), pixels first, then updates, within
  /// kMaxEvaluationsPerDraw (a draw holds at least one pixel and one update).
  MapPass nextByWork(long stepsWanted) const;
  /// The next draw sized to take about `seconds` at the speed measured so far (before the first
  /// measurement: one update of about kFirstTimedEvaluations).
  MapPass nextByTime(double seconds) const;
  /// Records a drawn pass (the one next* returned) and, when `seconds` ≥ 0, how long it took.
  void record(const MapPass& pass, double seconds);
  /// The measured time of one row of the open or next round (0: not measured): a frame with less
  /// left than this draws no more.
  double rowSeconds() const;

  /// Updates per pixel of the finished rounds: every pixel's state is that far on one side.
  long stepsDone() const { return done_; }
  /// Updates of the finished rounds and of the open one (all of it).
  long stepsBegun() const { return done_ + roundSteps_; }
  bool roundOpen() const { return roundSteps_ > 0; }
  bool finished() const { return done_ >= total_; }
  /// Pixel updates done over all asked for, in [0, 1] (an open round counts its drawn pixels).
  double progress() const;

 private:
  long stepsFor(double pixelUpdates, long cap) const;
  MapPass band(long steps, double pixels) const;

  int width_, height_;
  long total_, maxStepsPerPass_;
  double evaluationsPerUpdate_;
  long done_ = 0;
  long roundSteps_ = 0;          // updates of the open round, 0 when none is open
  long roundPixel_ = 0;          // pixels of the open round drawn so far (row-major from texel 0)
  double secondsPerUpdate_ = 0;  // per pixel update, measured; 0 until the first measurement
};

}  // namespace lv::maps
