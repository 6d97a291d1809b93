// The data settings a scene stores (DESIGN.md "Data and stochastic gradients"): which data (a
// catalog data landscape with its generator parameters, or a CSV path with its checksum), the
// per-sample loss, and how updates sample it (batch, sampling, drop_last, seed) plus gradient noise.
// Read and written as the scene's "data" object; validated here, at the boundary, so that
// everything past it receives a ready GradientSource.
#pragma once

#include "app/sim/gradient_source.h"
#include "app/sim/json_fields.h"
#include "landscapes/data_generators.h"

#include <optional>
#include <string>

namespace lv::sim {

struct SceneData {
  std::string catalog;                     ///< a dataCatalog() name, or empty for a CSV
  landscapes::DataGeneratorParams params;  ///< catalog only
  bool standardize = false;                ///< catalog only: z-score the features
  std::string csvPath;                     ///< CSV only
  std::string csvChecksum;                 ///< CSV only: fnv1a64Hex of the file's bytes
  std::string loss;                        ///< per-sample loss; empty: the catalog entry's
  BatchSettings batch;                     ///< batch 0 in a file means "all rows"
  std::uint64_t seed = 0;                  ///< of batches and noise
  double noise = 0;                        ///< σ of the gradient noise, ≥ 0
  bool operator==(const SceneData& o) const;
};

/// The "data" object (every field written, so a scene replays exactly).
json::Json sceneDataToJson(const SceneData& data);
/// Reads a "data" object; throws json::FieldError naming the field ("data.batch: ...") for an
/// unknown key, a wrong type, an out-of-range number, an unknown catalog name or sampling.
SceneData parseSceneData(const json::Json& j);
/// The gradient source `data` describes: generates the catalog data or reads the CSV (relative to
/// the working directory), checks its checksum, parses the loss over its columns and checks the
/// batch against the rows. On failure nullopt and one line in `*error` naming the file, line and
/// column or the field.
std::optional<GradientSource> gradientSourceFor(const SceneData& data, std::string* error);

}  // namespace lv::sim
