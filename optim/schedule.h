// Schedule: evaluates a ScheduleSpec update by update with torch.optim.lr_scheduler 1.13's values,
// stepped once per optimizer update (torch's per-iteration use: optimizer.step(); scheduler.step()).
//
// Update k (k = 0, 1, ...) uses what torch's scheduler holds at last_epoch = k. The lr is never a
// copy: each call takes the base lr (the optimizer's lr hyperparameter, the slider) and scales it, so
// a slider edit acts on the next update. torch computes most schedules recursively ("chainable"
// form: lrₖ from lrₖ₋₁); this follows that recursion, not the closed form, where the two differ:
// - cosine continues periodically past T_max (lr climbs back to the base over the next T_max
//   updates), including torch's special step at k = T_max + 1, 3·T_max + 1, ...;
// - constant returns to lr·factor·(1/factor) at total_iters, step/multistep/exponential multiply
//   the previous lr (rounding as torch);
// - warmup_cosine is SequentialLR: at the milestone (warmup_steps) torch calls the cosine's
//   step(0), i.e. its closed form at epoch 0 (the base lr), and continues recursively from there.
// Because lrₖ is affine in the base lr for every schedule, the recursion is kept as lrₖ =
// offsetₖ + scaleₖ·base: equal to torch's values up to rounding (~k ulp) for a fixed base.
// Where torch raises, this goes on: onecycle past total_steps holds torch's last value (at
// total_steps); cyclic's cycle_momentum only reaches units with a `momentum` hyperparameter (torch
// 1.13's CyclicLR refuses optimizers without one), onecycle's reaches momentum or beta1 as torch's.
#pragma once

#include "optim/schedule_spec.h"
#include "optim/types.h"

#include <cmath>
#include <optional>
#include <vector>

namespace lv::optim {

class Schedule {
 public:
  explicit Schedule(const ScheduleSpec& spec);

  /// The overrides for the next update (update 0 on the first call after construction or reset), then
  /// advances. `baseLr` is the optimizer's lr hyperparameter now. Never allocates, never throws.
  StepOverrides next(double baseLr);
  /// Back to before update 0.
  void reset();
  /// Updates evaluated so far (== the index of the next update).
  long updates() const { return epoch_ + 1; }

  const ScheduleSpec& spec() const { return spec_; }

 private:
  void advance();  // torch's get_lr() for last_epoch = epoch_, on the chainable state
  void multiply(double factor);
  void cosineStep(long epoch);  // CosineAnnealingLR's recursion at its own last_epoch
  double cyclicLr(double baseLr, double* momentum) const;
  double oneCycleLr(double baseLr, double* momentum) const;

  // The spec's values by name, read once (NaN where unset or not part of this schedule).
  struct Values {
    double factor, startFactor, endFactor, totalIters, stepSize, gamma, power, tMax, etaMin, t0, tMult;
    double baseLr, maxLr, stepSizeUp, stepSizeDown, mode, cycleMomentum, baseMomentum, maxMomentum;
    double totalSteps, pctStart, annealStrategy, divFactor, finalDivFactor, threePhase, warmupSteps;
  };

  ScheduleSpec spec_;
  Values v_{};
  long epoch_ = -1;  // torch's last_epoch
  // Chainable state: lr = offset_ + scale_ · base.
  double offset_ = 0, scale_ = 1;
  // multistep: sorted milestones; cosine_restarts: T_cur and T_i.
  std::vector<long> milestones_;
  size_t nextMilestone_ = 0;
  long tCur_ = 0, tI_ = 1;
};

/// The overrides of the next update under an optional schedule: none without a schedule or for an
/// optimizer without a finite lr (the schedule then does not advance). One rule for runs and replays.
inline StepOverrides nextOverrides(std::optional<Schedule>& schedule, double baseLr) {
  return schedule && std::isfinite(baseLr) ? schedule->next(baseLr) : StepOverrides{};
}

}  // namespace lv::optim
