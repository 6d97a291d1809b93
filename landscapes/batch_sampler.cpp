#include "landscapes/batch_sampler.h"

#include "landscapes/lv_assert.h"
#include "landscapes/random.h"

#include <algorithm>
#include <numeric>

namespace lv::landscapes {
namespace {

// Stream keys: a shuffled epoch and a with-replacement update draw from disjoint (seed, key) streams,
// so switching the sampling of a run never reuses one mode's numbers in the other.
constexpr std::uint64_t kReplaceKeyTag = 1ull << 63;

}  // namespace

const char* samplingName(Sampling sampling) { return sampling == Sampling::Shuffle ? "shuffle" : "replace"; }

std::optional<Sampling> parseSampling(std::string_view name) {
  if (name == "shuffle") return Sampling::Shuffle;
  if (name == "replace") return Sampling::Replace;
  return std::nullopt;
}

BatchSampler::BatchSampler(std::size_t rows, std::size_t batch, Sampling sampling, bool dropLast,
                           std::uint64_t seed)
    : rows_(rows), batch_(batch), sampling_(sampling), dropLast_(dropLast), seed_(seed) {
  LV_ASSERT(rows >= 1 && rows <= 0xFFFFFFFFu, "BatchSampler needs 1 to 2^32-1 rows");
  LV_ASSERT(batch >= 1 && batch <= rows, "BatchSampler needs a batch size in [1, rows]");
  batchesPerEpoch_ = dropLast ? rows / batch : (rows + batch - 1) / batch;
  if (sampling == Sampling::Shuffle) permutation_.resize(rows);
}

void BatchSampler::buildPermutation(std::uint64_t epoch) {
  // Fisher–Yates from the identity, top down (Knuth's Algorithm P): every permutation equally likely.
  std::iota(permutation_.begin(), permutation_.end(), std::uint32_t(0));
  Random random(seed_, epoch);
  for (std::size_t i = rows_ - 1; i > 0; --i)
    std::swap(permutation_[i], permutation_[random.below(std::uint32_t(i + 1))]);
  cachedEpoch_ = epoch;
  hasPermutation_ = true;
}

void BatchSampler::batchAt(std::uint64_t update, std::vector<std::uint32_t>& out) {
  LV_ASSERT(update >= 1, "optimizer updates are numbered from 1");
  const std::uint64_t index = update - 1;
  if (sampling_ == Sampling::Replace) {
    Random random(seed_, kReplaceKeyTag | index);
    out.resize(batch_);
    for (auto& row : out) row = random.below(std::uint32_t(rows_));
    return;
  }
  const std::uint64_t epoch = index / batchesPerEpoch_;
  const std::uint64_t position = index % batchesPerEpoch_;
  if (!hasPermutation_ || cachedEpoch_ != epoch) buildPermutation(epoch);
  const std::size_t begin = std::size_t(position) * batch_;
  const std::size_t end = std::min(begin + batch_, rows_);
  out.assign(permutation_.begin() + std::ptrdiff_t(begin), permutation_.begin() + std::ptrdiff_t(end));
}

}  // namespace lv::landscapes
