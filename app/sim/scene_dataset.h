// A scene's data resolved (DESIGN.md "Data and stochastic gradients"): the stored settings
// (scene_data.h), the data landscape they give, and each run's own sampling (batch, sampling,
// drop_last, seed), so that one scene can race full-batch GD against SGD on the same data.
#pragma once

#include "app/sim/scene_data.h"
#include "landscapes/catalog.h"

#include <optional>
#include <string>

namespace lv::sim {

/// A run's sampling of the scene's data, overriding the scene-wide batch and seed: a run object's
/// "batch" {"size", "sampling", "drop_last", "seed"}. Size 0 means all rows.
struct RunBatch {
  BatchSettings settings;
  std::uint64_t seed = 0;
  bool operator==(const RunBatch& o) const;
};

json::Json runBatchToJson(const RunBatch& batch);
/// Reads a run's "batch" object; throws json::FieldError naming `path` + the field.
RunBatch parseRunBatch(const json::Json& j, const std::string& path);

/// The scene's data, ready: settings as stored, the full-data gradient source of the scene-wide
/// sampling, and the landscape the picture uses (its view and, where a closed form exists, its
/// minimum; its formula is the constant 0 and never evaluated: the data landscape is `source`).
struct ResolvedData {
  SceneData settings;
  GradientSource source;
  landscapes::Landscape landscape;
  const landscapes::FiniteSum& sum() const { return *source.data(); }
};

/// Resolves `settings` (gradientSourceFor): on failure nullopt and one line in `*error`.
std::optional<ResolvedData> resolveSceneData(const SceneData& settings, std::string* error);
/// The resolved data of `settings` whose gradient source (with data, asserted) was built
/// elsewhere, e.g. from command-line flags.
ResolvedData resolvedData(SceneData settings, GradientSource source);

/// Whether `batch` fits `data` (size ≤ rows); otherwise false and `*why` says so.
bool runBatchFits(const ResolvedData& data, const RunBatch& batch, std::string* why);
/// The gradient source of a run: the scene's, with the run's own sampling when it has one (which
/// must fit, asserted: scenes validate with runBatchFits first).
GradientSource runGradientSource(const ResolvedData& data, const std::optional<RunBatch>& batch);
/// The sampling a run's source uses, as a run's "batch" object stores it.
RunBatch runBatchOf(const GradientSource& source);

}  // namespace lv::sim
