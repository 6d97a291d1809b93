// A Run: one optimizer racing on one landscape from one start point, with its whole trajectory, and
// the edits a user makes to it (move the start, change a hyperparameter or the optimizer).
// Headless (no GL): the CLI, the window and the benchmark all step runs through this class.
#pragma once

#include "app/sim/gradient_source.h"
#include "app/sim/trajectory.h"
#include "landscapes/formula.h"
#include "optim/optimizer.h"
#include "optim/schedule.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lv::sim {

using optim::Vec2;

/// A hyperparameter edit made while the run stepped ("restart on change" off): from update
/// `step + 1` on, hyperparameter `index` of the optimizer is `value`.
struct ParamEdit {
  size_t step = 0;
  size_t index = 0;
  double value = 0;
  bool operator==(const ParamEdit& o) const { return step == o.step && index == o.index && value == o.value; }
};

/// How a hyperparameter edit acts on the path already computed.
enum class EditPolicy {
  RestartFromStart,  ///< the whole path is recomputed with the new value ("restart on change")
  FromNextStep,      ///< the path so far stays; the value acts from the next update (and is recorded)
};

class Run {
 public:
  /// `optimizer` holds the hyperparameters at step 0; `edits` (ordered by step) change them later.
  /// Evaluates the start point at once; if f or ∇f is not finite there, the run is diverged at
  /// step 0 with an empty trajectory.
  Run(landscapes::Formula formula, optim::Optimizer optimizer, const Vec2& start,
      std::vector<ParamEdit> edits = {});

  /// Takes up to `n` more updates (fewer once diverged), applying recorded edits at their steps.
  /// Never throws; allocation only to grow the trajectory.
  void advance(size_t n);
  /// Recomputes the whole path from the start with fresh optimizer state and the recorded edits,
  /// up to the number of steps requested so far. Keeps the trajectory's memory for the new path.
  void recompute();
  /// Whether restart() returns the trajectory's memory (Reset) or keeps it for the next path (bench).
  enum class Memory { Release, Keep };
  /// Back to step 0 (the "Reset" button): the current hyperparameters become those of step 0 and
  /// the edit record is cleared.
  void restart(Memory memory = Memory::Release);

  /// Moves the start and recomputes, keeping the step count.
  void moveStart(const Vec2& start);
  /// Switches the landscape and recomputes, keeping the step count.
  void setFormula(landscapes::Formula formula);
  /// Where the updates' gradients come from (exact by default; a data landscape's full-data or
  /// mini-batch gradient; noise); recomputes, keeping the step count. With a data landscape the
  /// trajectory's losses and gradients are the full-data mean's, and `formula()` is not used.
  void setGradientSource(GradientSource source);
  const GradientSource& gradientSource() const { return source_; }
  /// Sets hyperparameter `index` (the caller keeps `value` in range, as the UI sliders clamp).
  void setParam(size_t index, double value, EditPolicy policy);
  /// Validated by name (unknown name, out of range, non-0/1 boolean: false with a message naming
  /// the key, nothing changed).
  bool setParam(std::string_view name, double value, EditPolicy policy, std::string* error = nullptr);
  /// Replaces the optimizer by `name` with its defaults, except that hyperparameters whose names it
  /// shares with the current one keep the values the user set (those not at the current optimizer's
  /// default, and valid for the new one); the edit record is cleared and the path recomputed,
  /// keeping the step count. False (nothing changed) for an unknown name.
  bool setOptimizer(const std::string& name);
  /// Replaces the learning-rate schedule (nullopt: the optimizer's lr as set) and recomputes, keeping
  /// the step count. The schedule is stepped once per update and scales the lr hyperparameter.
  void setSchedule(std::optional<optim::ScheduleSpec> spec);
  /// The schedule's spec, or nullopt for none.
  std::optional<optim::ScheduleSpec> schedule() const;

  const Vec2& start() const { return start_; }
  /// The live optimizer: current hyperparameters and state.
  const optim::Optimizer& optimizer() const { return optimizer_; }
  /// The hyperparameters at step 0 (fresh state), and the edits recorded since, ordered by step.
  const optim::Optimizer& initialOptimizer() const { return initial_; }
  const std::vector<ParamEdit>& edits() const { return edits_; }
  const landscapes::Formula& formula() const { return formula_; }
  /// f, ∇f and the Hessian of the landscape the run steps on at `p`: the full-data mean for a data
  /// landscape, else formula()'s. What replays (trace --state, --geometry) must evaluate.
  landscapes::Derivatives derivatives(const Vec2& p) const;

  const Trajectory& trajectory() const { return trajectory_; }
  /// Updates taken so far (trajectory size - 1; 0 when diverged at the start).
  size_t stepCount() const { return trajectory_.size() == 0 ? 0 : trajectory_.size() - 1; }
  /// Updates asked for so far by advance(), diverged or not.
  size_t requestedSteps() const { return requested_; }
  /// Step k at which the point, loss or gradient first became non-finite (0: at the start).
  std::optional<size_t> divergedAt() const { return divergedAt_; }
  bool diverged() const { return divergedAt_.has_value(); }
  /// Changes whenever the trajectory is replaced rather than appended (renderers re-upload then),
  /// and differs between copies.
  uint64_t generation() const { return generation_.value(); }

 private:
  /// f, ∇f (and the Hessian when `withHessian`) at p; false if p, f or ∇f is not finite.
  bool evaluate(const Vec2& p, bool withHessian, double& loss, Vec2& gradient, optim::Mat2& hessian) const;
  void resetTrajectory();
  void advanceUnedited(size_t n);
  /// The lr update `schedule_->updates()` will use, without stepping the schedule (NaN: no lr).
  double upcomingLr() const;

  landscapes::Formula formula_;
  optim::Optimizer initial_;
  optim::Optimizer optimizer_;
  std::vector<ParamEdit> edits_;
  std::optional<optim::Schedule> schedule_;  // stepped once per update; reset with the path
  size_t nextEdit_ = 0;                      // first edit not yet applied to optimizer_
  Vec2 start_;
  Trajectory trajectory_;
  optim::Mat2 headHessian_ = optim::Mat2::Zero();
  size_t requested_ = 0;
  std::optional<size_t> divergedAt_;
  TrajectoryGeneration generation_;
  GradientSource source_;  // mutable state only as a scratch batch and sampler cache
};

}  // namespace lv::sim
