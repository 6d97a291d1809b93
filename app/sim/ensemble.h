// Seeded ensembles (issue 10 §4): a run repeated over K seeds, so that a picture shows what is
// typical of a stochastic optimizer rather than one lucky or unlucky path. Member 0 is the run
// itself (seed s); members 1..K−1 are copies of it (same optimizer, hyperparameters, edits,
// schedule, start and sampling) whose batches and noise use seeds s+1, ..., s+K−1. The picture
// draws every member faintly and the mean path boldly; the loss plot draws the median loss with
// the 10-90 % band. Headless: the session keeps members in step, the renderer and the plot read them.
#pragma once

#include "app/sim/run.h"
#include "app/sim/scene_limits.h"
#include "app/sim/trajectory.h"

#include <cstddef>
#include <vector>

namespace lv::sim {

/// How many seeds a run may repeat over (1: no ensemble).
inline constexpr Range kSeedsRange{1, 64};

struct Ensemble {
  std::vector<Run> members;  ///< seeds s+1, ..., s+K−1 (member 0, the run itself, is not stored here)
  /// Point k: the mean of point k over the members (the run included) that reached step k.
  std::vector<optim::Vec2> meanPath;
  TrajectoryGeneration meanGeneration;  ///< changes whenever meanPath is replaced, not appended
  std::size_t seeds() const { return members.size() + 1; }
};

/// Makes `ensemble` the K−1 = `seeds` − 1 copies of `run` with seeds s+1, ... (`seeds` in
/// kSeedsRange, clamped), each recomputed to the run's step count, and recomputes the mean path.
/// What every edit of the run is followed by.
void rebuildEnsemble(Ensemble& ensemble, const Run& run, std::size_t seeds);
/// Advances each member to the run's requested step count and appends the mean path's new points.
void advanceEnsemble(Ensemble& ensemble, const Run& run);

/// The 10 %, 50 % and 90 % quantiles of a set of losses, and how many there were.
struct LossQuantiles {
  double q10 = 0, median = 0, q90 = 0;
  std::size_t count = 0;
};
/// The quantile `q` ∈ [0, 1] of sorted, non-empty `values` by linear interpolation between order
/// statistics at position q·(n−1) (numpy's and torch.quantile's default).
double interpolatedQuantile(const std::vector<double>& sorted, double q);
/// The quantiles of the full-data losses at step `step` over the run and its members (those that
/// reached that step; count 0 when none did). `scratch` is reused, so a frame allocates nothing.
LossQuantiles lossQuantilesAt(const Run& run, const Ensemble& ensemble, std::size_t step,
                              std::vector<double>& scratch);

}  // namespace lv::sim
