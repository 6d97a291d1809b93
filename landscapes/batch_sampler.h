// Which data rows each optimizer update uses, as a pure function of (seed, update): a recomputed,
// restarted or remote run sees the same batches. Semantics follow torch.utils.data.DataLoader:
// `Shuffle` is DataLoader(shuffle=True, drop_last=...) (each epoch a fresh permutation cut into
// consecutive batches), `Replace` draws every index independently and uniformly (as
// RandomSampler(replacement=True)). The permutations themselves are the project's (Fisher–Yates on
// lv::landscapes::Random), not torch's: a replay reads the indices, it does not re-derive them.
#pragma once

#include <cstdint>
#include <string_view>
#include <optional>
#include <vector>

namespace lv::landscapes {

enum class Sampling {
  Shuffle,  ///< epochs without replacement
  Replace,  ///< every index drawn independently, with replacement
};

/// "shuffle" / "replace".
const char* samplingName(Sampling sampling);
/// The Sampling named `name` ("shuffle" or "replace"), or nullopt.
std::optional<Sampling> parseSampling(std::string_view name);

class BatchSampler {
 public:
  /// `rows` ≥ 1 data rows (at most 2^32 − 1), `batch` in [1, rows] (validated by the caller: the CLI
  /// and scene loader reject other values with a message). batch = 1 is SGD, batch = rows with
  /// Shuffle is full-batch gradient descent (every update uses every row once).
  BatchSampler(std::size_t rows, std::size_t batch, Sampling sampling, bool dropLast, std::uint64_t seed);

  /// The 0-based row indices of the batch used by optimizer update `update` (1-based) into `out`
  /// (resized; no allocation once `out` has held `batch` indices). Sequential updates cost O(batch)
  /// amortized (the current epoch's permutation is cached); any order of calls gives the same answers.
  void batchAt(std::uint64_t update, std::vector<std::uint32_t>& out);

  /// Updates per epoch for Shuffle: ⌊rows / batch⌋ with dropLast, else ⌈rows / batch⌉.
  std::uint64_t batchesPerEpoch() const { return batchesPerEpoch_; }
  std::size_t rows() const { return rows_; }
  std::size_t batch() const { return batch_; }
  Sampling sampling() const { return sampling_; }
  bool dropLast() const { return dropLast_; }
  std::uint64_t seed() const { return seed_; }

 private:
  void buildPermutation(std::uint64_t epoch);

  std::size_t rows_, batch_;
  Sampling sampling_;
  bool dropLast_;
  std::uint64_t seed_;
  std::uint64_t batchesPerEpoch_;
  std::vector<std::uint32_t> permutation_;  ///< of cachedEpoch_ (Shuffle only)
  std::uint64_t cachedEpoch_ = 0;
  bool hasPermutation_ = false;
};

}  // namespace lv::landscapes
