// A Run: one optimizer racing on one landscape from one start point, with its whole trajectory.
// Headless (no GL): the CLI, the window and the benchmark all step runs through this class.
#pragma once

#include "landscapes/formula.h"
#include "optim/optimizer.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace lv::sim {

using optim::Vec2;

/// Trajectory of a run: entry k is the point after k updates, with its loss and gradient.
/// Every stored number is finite; a non-finite step ends the run instead (see divergedAt()).
struct Trajectory {
  std::vector<Vec2> points;
  std::vector<double> losses;
  std::vector<Vec2> gradients;
  size_t size() const { return points.size(); }
};

/// Identifies one trajectory's content, unique across all runs and copies: a renderer holding a
/// trail with the same generation only needs the points appended since.
class TrajectoryGeneration {
 public:
  TrajectoryGeneration() : value_(next()) {}
  TrajectoryGeneration(const TrajectoryGeneration&) : value_(next()) {}  // a copy may diverge
  TrajectoryGeneration& operator=(const TrajectoryGeneration&) {
    value_ = next();
    return *this;
  }
  std::uint64_t value() const { return value_; }

 private:
  static std::uint64_t next();
  std::uint64_t value_;
};

class Run {
 public:
  /// Evaluates the start point at once; if f or ∇f is not finite there, the run is diverged at step 0
  /// with an empty trajectory.
  Run(landscapes::Formula formula, optim::Optimizer optimizer, const Vec2& start);

  /// Takes up to `n` more updates (fewer once diverged). Never throws; allocation only to grow the
  /// trajectory.
  void advance(size_t n);
  /// Recomputes the whole path from the start with fresh optimizer state, up to the number of steps
  /// requested so far (the "restart on change" mode).
  void recompute();
  /// Back to step 0 (state cleared, trajectory = the start point only).
  void restart();

  void setStart(const Vec2& start);              // restarts
  void setFormula(landscapes::Formula formula);  // recomputes
  const Vec2& start() const { return start_; }

  /// The optimizer's hyperparameters can be edited in place; call recompute() afterwards for the
  /// "restart on change" mode, or nothing to apply them from the next step on.
  optim::Optimizer& optimizer() { return optimizer_; }
  const optim::Optimizer& optimizer() const { return optimizer_; }
  const landscapes::Formula& formula() const { return formula_; }

  const Trajectory& trajectory() const { return trajectory_; }
  /// Updates taken so far (trajectory size - 1; 0 when diverged at the start).
  size_t stepCount() const { return trajectory_.size() == 0 ? 0 : trajectory_.size() - 1; }
  /// Updates asked for so far by advance(), diverged or not.
  size_t requestedSteps() const { return requested_; }
  /// Step k at which the point, loss or gradient first became non-finite (0: at the start).
  std::optional<size_t> divergedAt() const { return divergedAt_; }
  bool diverged() const { return divergedAt_.has_value(); }
  /// Gradient norm at the head is below 1e-8 (the run keeps stepping; this is for display).
  bool converged() const;
  /// Changes whenever the trajectory is replaced rather than appended (renderers re-upload then),
  /// and differs between copies.
  uint64_t generation() const { return generation_.value(); }

 private:
  /// f, ∇f (and the Hessian when `withHessian`) at p; false if p, f or ∇f is not finite.
  bool evaluate(const Vec2& p, bool withHessian, double& loss, Vec2& gradient, optim::Mat2& hessian) const;
  void resetTrajectory();

  landscapes::Formula formula_;
  optim::Optimizer optimizer_;
  Vec2 start_;
  Trajectory trajectory_;
  optim::Mat2 headHessian_ = optim::Mat2::Zero();
  size_t requested_ = 0;
  std::optional<size_t> divergedAt_;
  TrajectoryGeneration generation_;
};

/// "diverged at step 12" / "converged" / "running".
std::string statusText(const Run& run);

}  // namespace lv::sim
