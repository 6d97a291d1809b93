// Where a run's gradients come from (DESIGN.md "Data and stochastic gradients"): the exact
// gradient of the landscape, the mean gradient over a mini-batch of a data landscape's rows, and/or
// the exact (or batch) gradient plus seeded Gaussian noise g + σ·ξ, ξ ~ N(0, I). Optimizers never
// know which: the run asks this seam for the gradient of each update.
//
// Everything random is a pure function of (seed, update): the batch of update k comes from
// landscapes::BatchSampler, the noise of update k from landscapes::Random(seed, k), so a
// recomputed path is identical bit for bit and no batch needs storing.
#pragma once

#include "landscapes/batch_sampler.h"
#include "landscapes/finite_sum.h"
#include "landscapes/formula.h"
#include "optim/types.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace lv::sim {

/// The sampling settings of a data run: batch size in [1, rows], sampling, drop_last.
struct BatchSettings {
  std::size_t batch = 1;
  landscapes::Sampling sampling = landscapes::Sampling::Shuffle;
  bool dropLast = false;
};

class GradientSource {
 public:
  /// Exact gradients of the run's formula (the default: nothing stochastic).
  GradientSource() = default;
  /// Gradients of a data landscape: full batch is exact, any batch < rows (or Replace) samples.
  /// `settings.batch` must lie in [1, data rows] (asserted; the CLI and scenes validate first).
  GradientSource(landscapes::FiniteSum data, BatchSettings settings, std::uint64_t seed);
  /// Adds g + σ·ξ to every update's gradient (σ ≥ 0 and finite, asserted); σ = 0 removes it.
  void setNoise(double sigma);
  /// The seed of batches and noise.
  void setSeed(std::uint64_t seed);

  /// Whether updates use something other than the full-data exact gradient (a batch or noise):
  /// then a run stores the sample loss and gradient of each update.
  bool stochastic() const { return noise_ > 0 || (data_ && !fullBatchExact_); }
  /// The data landscape, or null for a formula landscape.
  const landscapes::FiniteSum* data() const { return data_ ? &*data_ : nullptr; }
  const BatchSettings& batchSettings() const { return settings_; }
  double noise() const { return noise_; }
  std::uint64_t seed() const { return seed_; }

  /// The loss and gradient that update `update` (1-based) uses at `p`, given the full-data
  /// (exact) loss and gradient there. Not finite: the caller treats the run as diverged.
  void sample(const optim::Vec2& p, std::uint64_t update, double fullLoss, const optim::Vec2& fullGradient,
              double& loss, optim::Vec2& gradient);
  /// The 0-based data rows of update `update`'s batch (empty for a formula landscape).
  void batchOf(std::uint64_t update, std::vector<std::uint32_t>& rows);

 private:
  void rebuildSampler();

  std::optional<landscapes::FiniteSum> data_;
  BatchSettings settings_;
  std::optional<landscapes::BatchSampler> sampler_;
  std::vector<std::uint32_t> rows_;  // scratch: the current batch (no allocation per update)
  bool fullBatchExact_ = true;       // shuffle with batch = rows: every update sees every row
  double noise_ = 0;
  std::uint64_t seed_ = 0;
};

}  // namespace lv::sim
