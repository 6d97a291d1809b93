#include "app/sim/gradient_source.h"

#include "landscapes/lv_assert.h"
#include "landscapes/random.h"

#include <cmath>

namespace lv::sim {

GradientSource::GradientSource(landscapes::FiniteSum data, BatchSettings settings, std::uint64_t seed)
    : data_(std::move(data)), settings_(settings), seed_(seed) {
  LV_ASSERT(settings_.batch >= 1 && settings_.batch <= data_->data().rows(), "batch in [1, rows]");
  rebuildSampler();
}

void GradientSource::rebuildSampler() {
  if (!data_) return;
  const std::size_t rows = data_->data().rows();
  // A shuffled full batch visits every row once per update: the exact full-data gradient, summed in
  // row order so that it equals full-batch gradient descent to the last bit.
  fullBatchExact_ = settings_.sampling == landscapes::Sampling::Shuffle && settings_.batch == rows;
  sampler_.emplace(rows, settings_.batch, settings_.sampling, settings_.dropLast, seed_);
}

void GradientSource::setNoise(double sigma) {
  LV_ASSERT(std::isfinite(sigma) && sigma >= 0, "noise sigma finite and >= 0");
  noise_ = sigma;
}

void GradientSource::setSeed(std::uint64_t seed) {
  seed_ = seed;
  rebuildSampler();
}

void GradientSource::sample(const optim::Vec2& p, std::uint64_t update, double fullLoss,
                            const optim::Vec2& fullGradient, double& loss, optim::Vec2& gradient) {
  if (data_ && !fullBatchExact_) {
    sampler_->batchAt(update, rows_);
    loss = data_->batchValueAndGradient(p, rows_.data(), rows_.size(), gradient);
  } else {
    loss = fullLoss;
    gradient = fullGradient;
  }
  if (noise_ > 0) {
    // Key = update: the noise of update k does not depend on which updates were computed before.
    // The batch sampler keys its streams by epoch from the same seed; the xor with a constant keeps
    // the two streams apart.
    landscapes::Random random(seed_ ^ 0x6e6f697365ULL /* "noise" */, update);
    const double xi0 = random.normal();
    const double xi1 = random.normal();
    gradient += noise_ * optim::Vec2(xi0, xi1);
  }
}

void GradientSource::batchOf(std::uint64_t update, std::vector<std::uint32_t>& rows) {
  if (!data_) {
    rows.clear();
    return;
  }
  sampler_->batchAt(update, rows);
}

}  // namespace lv::sim
