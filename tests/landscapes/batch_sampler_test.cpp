// Batch sampling: torch DataLoader's epoch and drop_last semantics, determinism, random access.
#include "landscapes/batch_sampler.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <numeric>

namespace lv::landscapes {
namespace {

std::vector<std::uint32_t> batchOf(BatchSampler& sampler, std::uint64_t update) {
  std::vector<std::uint32_t> out;
  sampler.batchAt(update, out);
  return out;
}

// The rows of every batch of epoch `epoch` (0-based), sorted; `sizes` gets each batch's size.
std::vector<std::uint32_t> epochRows(BatchSampler& sampler, std::uint64_t epoch,
                                     std::vector<std::size_t>& sizes) {
  std::vector<std::uint32_t> rows;
  sizes.clear();
  for (std::uint64_t j = 1; j <= sampler.batchesPerEpoch(); ++j) {
    const auto batch = batchOf(sampler, epoch * sampler.batchesPerEpoch() + j);
    sizes.push_back(batch.size());
    rows.insert(rows.end(), batch.begin(), batch.end());
  }
  std::sort(rows.begin(), rows.end());
  return rows;
}

TEST(BatchSampler, ShuffleUsesEveryRowOncePerEpochWithASmallerLastBatch) {
  // 10 rows in batches of 3, drop_last = 0: torch yields 4 batches of sizes 3, 3, 3, 1 per epoch.
  BatchSampler sampler(10, 3, Sampling::Shuffle, false, 5);
  EXPECT_EQ(sampler.batchesPerEpoch(), 4u);
  std::vector<std::uint32_t> all(10);
  std::iota(all.begin(), all.end(), 0u);
  std::vector<std::size_t> sizes;
  for (std::uint64_t epoch = 0; epoch < 20; ++epoch) {
    EXPECT_EQ(epochRows(sampler, epoch, sizes), all) << "epoch " << epoch;
    EXPECT_EQ(sizes, (std::vector<std::size_t>{3, 3, 3, 1}));
  }
}

TEST(BatchSampler, DropLastSkipsTheIncompleteBatch) {
  // drop_last = 1: ⌊10 / 3⌋ = 3 full batches, 9 distinct rows, then the next epoch begins.
  BatchSampler sampler(10, 3, Sampling::Shuffle, true, 5);
  EXPECT_EQ(sampler.batchesPerEpoch(), 3u);
  std::vector<std::size_t> sizes;
  for (std::uint64_t epoch = 0; epoch < 20; ++epoch) {
    auto seen = epochRows(sampler, epoch, sizes);
    EXPECT_EQ(std::unique(seen.begin(), seen.end()), seen.end());
    EXPECT_EQ(sizes, (std::vector<std::size_t>{3, 3, 3}));
  }
  // Without drop_last the same seed's first epoch is the same permutation: the first three batches
  // agree and the fourth is the dropped row.
  BatchSampler keeping(10, 3, Sampling::Shuffle, false, 5);
  std::vector<std::uint32_t> firstEpoch;
  for (std::uint64_t j = 1; j <= 3; ++j) {
    EXPECT_EQ(batchOf(keeping, j), batchOf(sampler, j));
    const auto b = batchOf(sampler, j);
    firstEpoch.insert(firstEpoch.end(), b.begin(), b.end());
  }
  const auto last = batchOf(keeping, 4);
  ASSERT_EQ(last.size(), 1u);
  EXPECT_EQ(std::count(firstEpoch.begin(), firstEpoch.end(), last[0]), 0);
}

TEST(BatchSampler, FullBatchGivesAllRowsEveryUpdate) {
  BatchSampler sampler(7, 7, Sampling::Shuffle, false, 1);
  EXPECT_EQ(sampler.batchesPerEpoch(), 1u);
  for (std::uint64_t update = 1; update <= 5; ++update) {
    auto batch = batchOf(sampler, update);
    std::sort(batch.begin(), batch.end());
    EXPECT_EQ(batch, (std::vector<std::uint32_t>{0, 1, 2, 3, 4, 5, 6}));
  }
}

TEST(BatchSampler, SameSeedSameBatchesOtherSeedOthers) {
  for (Sampling sampling : {Sampling::Shuffle, Sampling::Replace}) {
    BatchSampler a(100, 8, sampling, false, 42), b(100, 8, sampling, false, 42),
        c(100, 8, sampling, false, 43);
    bool differs = false;
    for (std::uint64_t update = 1; update <= 50; ++update) {
      const auto batch = batchOf(a, update);
      EXPECT_EQ(batch, batchOf(b, update));
      differs |= batch != batchOf(c, update);
    }
    EXPECT_TRUE(differs) << samplingName(sampling);
  }
}

TEST(BatchSampler, RandomAccessEqualsSequentialAccess) {
  for (Sampling sampling : {Sampling::Shuffle, Sampling::Replace}) {
    BatchSampler sequential(23, 4, sampling, false, 9), random(23, 4, sampling, false, 9);
    std::vector<std::vector<std::uint32_t>> batches;
    for (std::uint64_t update = 1; update <= 60; ++update) batches.push_back(batchOf(sequential, update));
    for (std::uint64_t update : {37u, 2u, 60u, 1u, 13u, 12u, 59u, 7u})
      EXPECT_EQ(batchOf(random, update), batches[update - 1]) << samplingName(sampling) << " " << update;
  }
}

TEST(BatchSampler, ShuffledEpochsAreUniformPermutations) {
  // Three rows, full batch: each of the 3! orders should appear in 1/6 of 60000 epochs
  // (standard deviation sqrt(60000·(1/6)·(5/6)) ≈ 91; allow 5 of them).
  BatchSampler sampler(3, 3, Sampling::Shuffle, false, 77);
  std::map<std::vector<std::uint32_t>, int> counts;
  for (std::uint64_t update = 1; update <= 60000; ++update) ++counts[batchOf(sampler, update)];
  EXPECT_EQ(counts.size(), 6u);
  for (const auto& [order, count] : counts) EXPECT_NEAR(count, 10000, 5 * 91);
}

TEST(BatchSampler, ReplaceDrawsUniformIndicesWithRepeats) {
  BatchSampler sampler(5, 4, Sampling::Replace, false, 3);
  std::vector<int> counts(5, 0);
  bool repeated = false;
  for (std::uint64_t update = 1; update <= 25000; ++update) {
    auto batch = batchOf(sampler, update);
    ASSERT_EQ(batch.size(), 4u);
    for (auto row : batch) ++counts.at(row);
    std::sort(batch.begin(), batch.end());
    repeated |= std::adjacent_find(batch.begin(), batch.end()) != batch.end();
  }
  EXPECT_TRUE(repeated);
  // 100000 draws, each row Binomial(100000, 1/5): standard deviation ≈ 126.
  for (int c : counts) EXPECT_NEAR(c, 20000, 5 * 126);
}

TEST(BatchSampler, WarmCallsReuseTheCallersStorage) {
  for (Sampling sampling : {Sampling::Shuffle, Sampling::Replace}) {
    BatchSampler sampler(1000, 32, sampling, false, 1);
    std::vector<std::uint32_t> out;
    sampler.batchAt(1, out);
    const auto* storage = out.data();
    for (std::uint64_t update = 2; update <= 500; ++update) {
      sampler.batchAt(update, out);
      EXPECT_EQ(out.data(), storage);
    }
  }
}

TEST(BatchSampler, SamplingNamesRoundTrip) {
  EXPECT_EQ(parseSampling("shuffle"), Sampling::Shuffle);
  EXPECT_EQ(parseSampling("replace"), Sampling::Replace);
  EXPECT_EQ(parseSampling("Shuffle"), std::nullopt);
  EXPECT_STREQ(samplingName(Sampling::Replace), "replace");
}

}  // namespace
}  // namespace lv::landscapes
