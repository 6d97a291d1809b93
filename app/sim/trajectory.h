// The stored path of a run and its memory budget.
#pragma once

#include "optim/types.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lv::sim {

/// Trajectory of a run: entry k is the point after k updates, with its loss and gradient.
/// Every stored number is finite; a non-finite step ends the run instead (Run::divergedAt()).
struct Trajectory {
  std::vector<optim::Vec2> points;
  std::vector<double> losses;
  std::vector<optim::Vec2> gradients;
  /// The lr the update that produced entry k used (entry 0: the lr update 0 will use); NaN for an
  /// optimizer without an lr.
  std::vector<double> learningRates;
  /// Stochastic runs only (GradientSource::stochastic()), else empty: entry k ≥ 1 is the loss and
  /// gradient that update k used (a batch mean, or with noise), taken at point k − 1; entry 0
  /// repeats the full-data values at the start so that the vectors align with `points`.
  std::vector<double> sampleLosses;
  std::vector<optim::Vec2> sampleGradients;
  size_t size() const { return points.size(); }
  /// Bytes held (capacity, not size): what the run costs in memory now.
  size_t capacityBytes() const;
};

/// Memory per stored step of one run: a point, a loss, a gradient and an lr in double precision (48 bytes).
/// Growth is geometric, so a run may hold up to twice this per step; nothing else is kept per step
/// on the CPU.
inline constexpr size_t kBytesPerStoredStep = 2 * sizeof(optim::Vec2) + 2 * sizeof(double);
/// What all runs of a session may store together: 2 GiB, i.e. 44.7 M steps in all (5.6 M per run
/// with 8 runs). The step limit is capped so that runs × limit × kBytesPerStoredStep stays within.
inline constexpr size_t kTrajectoryBudgetBytes = size_t(2) << 30;

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

}  // namespace lv::sim
