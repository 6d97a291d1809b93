// The optimizer's state at any stored step of a run, for the explainer panel, the canvas arrows at
// an inspected step, `trace --state` and CSV export. A run keeps only its latest state, so the
// inspector replays the run's own updates: Optimizer::step on the stored points and the gradients
// the updates used, with a copy of the run's schedule and its recorded hyperparameter edits. The
// same unit code on the same inputs gives the run's numbers bit for bit; no update rule is written
// twice. Checkpoints of the replayed state every kCheckpointInterval updates make any step cheap to
// reach: scrubbing back costs at most one interval of updates, forward the steps moved.
// Headless (no GL).
#pragma once

#include "app/sim/run.h"
#include "optim/optimizer.h"
#include "optim/schedule.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace lv::sim {

/// What update k did, and the state it left.
struct InspectedStep {
  size_t step = 0;                 ///< k: the state after k updates (k = 0: the fresh state)
  Vec2 from, to;                   ///< p_{k−1} and p_k (both the start at k = 0)
  Vec2 gradient;                   ///< the gradient update k used (the sampled one in stochastic runs;
                                   ///< k = 0: ∇f at the start, what update 1 will use in exact runs)
  double lr = 0;                   ///< the lr update k used (k = 0: update 1's); NaN for no lr
  optim::StepOverrides overrides;  ///< what the schedule set for update k (none at k = 0)
  optim::Optimizer optimizer;      ///< hyperparameters in effect at update k, state after it
  Vec2 replayed;                   ///< the point the replayed update gave: == `to` bit for bit

  /// The entries of the unit's own visitStepTerms: the numbers update k computed.
  std::vector<optim::StateEntry> stepTerms() const { return optimizer.stepTerms(); }
};

class StepInspector {
 public:
  static constexpr size_t kCheckpointInterval = 128;

  /// `checkpointInterval` 0 keeps no checkpoints (forward-only use such as `trace --state`: going
  /// back then replays from step 0).
  explicit StepInspector(size_t checkpointInterval = kCheckpointInterval) : interval_(checkpointInterval) {}

  /// Step min(k, run.stepCount()) of `run`; nullopt when the run has no trajectory (diverged at the
  /// start). The cache follows the run's trajectory generation: a recomputed run starts over. Never
  /// throws; allocates only to keep checkpoints.
  std::optional<InspectedStep> at(const Run& run, size_t k);

  /// Updates replayed since construction (tests: scrubbing replays a bounded number of updates).
  size_t replayedUpdates() const { return replayedUpdates_; }

 private:
  struct Cursor {
    optim::Optimizer optimizer;
    std::optional<optim::Schedule> schedule;
    size_t nextEdit = 0;  // first edit of the run not yet applied
    size_t step = 0;
    optim::StepOverrides overrides;
    Vec2 replayed = Vec2::Zero();
  };

  void restart(const Run& run);
  void stepForward(const Run& run);

  size_t interval_;
  std::uint64_t generation_ = 0;  // of the run the cache belongs to; 0: none
  std::optional<Cursor> cursor_;
  std::vector<Cursor> checkpoints_;  // checkpoints_[i] is the cursor at step i·interval_
  size_t replayedUpdates_ = 0;
};

/// Names of the state columns of a run's CSV (`NAME` for scalars, `NAME_x`, `NAME_y` for vectors),
/// over every hyperparameter setting the run passes through (an edit turning amsgrad on adds
/// max_exp_avg_sq), in first-seen order.
std::vector<std::string> stateColumns(const Run& run);

/// Appends ",value" per column of `columns` from `optimizer`'s state ("," alone where the state has
/// no such entry now, or for NaN), formatted "%.17g".
void appendStateCells(const optim::Optimizer& optimizer, const std::vector<std::string>& columns,
                      std::string& out);

}  // namespace lv::sim
