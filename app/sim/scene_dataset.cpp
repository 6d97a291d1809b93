// See scene_dataset.h.
#include "app/sim/scene_dataset.h"

#include "landscapes/data_catalog.h"
#include "landscapes/data_csv.h"
#include "landscapes/lv_assert.h"

namespace lv::sim {
namespace {

// A CSV's view when nothing else is known: the unit-scale box around the origin that standardized
// features and small models live in.
constexpr landscapes::Rect kCsvView{-3, 3, -3, 3};

}  // namespace

bool RunBatch::operator==(const RunBatch& o) const {
  return settings.batch == o.settings.batch && settings.sampling == o.settings.sampling &&
         settings.dropLast == o.settings.dropLast && seed == o.seed;
}

json::Json runBatchToJson(const RunBatch& b) {
  return {{"size", b.settings.batch},
          {"sampling", landscapes::samplingName(b.settings.sampling)},
          {"drop_last", b.settings.dropLast},
          {"seed", b.seed}};
}

RunBatch parseRunBatch(const json::Json& j, const std::string& path) {
  using namespace json;
  if (!j.is_object()) fail(path, "expected {\"size\", \"sampling\", \"drop_last\", \"seed\"}");
  const std::string at = path + ".";
  checkKnownKeys(j, at, {"size", "sampling", "drop_last", "seed"});
  RunBatch b;
  b.settings.batch =
      wholeNumberIn(require(j, "size", at), at + "size", {0, double(landscapes::kMaxDataRows)});
  if (j.contains("sampling")) {
    const std::string name = string(j["sampling"], at + "sampling");
    const auto sampling = landscapes::parseSampling(name);
    if (!sampling) fail(at + "sampling", "'" + name + "' (valid: shuffle, replace)");
    b.settings.sampling = *sampling;
  }
  if (j.contains("drop_last")) b.settings.dropLast = boolean(j["drop_last"], at + "drop_last");
  if (j.contains("seed")) b.seed = wholeNumberIn(j["seed"], at + "seed", {0, 9007199254740992.0});
  return b;
}

std::optional<ResolvedData> resolveSceneData(const SceneData& settings, std::string* error) {
  auto source = gradientSourceFor(settings, error);
  if (!source) return std::nullopt;
  return resolvedData(settings, std::move(*source));
}

ResolvedData resolvedData(SceneData settings, GradientSource source) {
  LV_ASSERT(source.data(), "resolved data needs a data landscape");
  const landscapes::FiniteSum& sum = *source.data();
  landscapes::Landscape landscape{"",   *landscapes::Formula::parse("0"), "", kCsvView, {}, std::nullopt,
                                  false};
  landscape.name = settings.catalog.empty() ? settings.csvPath : settings.catalog;
  landscape.description =
      "mean of " + sum.perSample().text() + " over " + std::to_string(sum.data().rows()) + " rows";
  if (const auto* entry = landscapes::findDataCatalogEntry(settings.catalog)) {
    landscape.view = entry->view;
    if (entry->minimum) {
      if (auto minimum = entry->minimum(sum.data())) {
        landscape.minima.push_back(*minimum);
        landscape.minimumValue = sum.value(*minimum);
      }
    }
  }
  return ResolvedData{std::move(settings), std::move(source), std::move(landscape)};
}

bool runBatchFits(const ResolvedData& data, const RunBatch& batch, std::string* why) {
  const std::size_t rows = data.sum().data().rows();
  if (batch.settings.batch <= rows) return true;
  if (why) *why = std::to_string(batch.settings.batch) + " exceeds the " + std::to_string(rows) + " rows";
  return false;
}

GradientSource runGradientSource(const ResolvedData& data, const std::optional<RunBatch>& batch) {
  if (!batch) return data.source;
  LV_ASSERT(runBatchFits(data, *batch, nullptr), "a run's batch exceeds the rows");
  BatchSettings settings = batch->settings;
  if (settings.batch == 0) settings.batch = data.sum().data().rows();
  GradientSource source(data.sum(), settings, batch->seed);
  source.setNoise(data.source.noise());
  return source;
}

RunBatch runBatchOf(const GradientSource& source) { return {source.batchSettings(), source.seed()}; }

}  // namespace lv::sim
