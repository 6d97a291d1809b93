#include "app/sim/scene_data.h"

#include "app/sim/atomic_file.h"
#include "landscapes/checksum.h"
#include "landscapes/data_catalog.h"
#include "landscapes/data_csv.h"

#include <cmath>
#include <memory>

namespace lv::sim {

bool SceneData::operator==(const SceneData& o) const {
  return catalog == o.catalog && params.rows == o.params.rows && params.noise == o.params.noise &&
         params.seed == o.params.seed && standardize == o.standardize && csvPath == o.csvPath &&
         csvChecksum == o.csvChecksum && loss == o.loss && batch.batch == o.batch.batch &&
         batch.sampling == o.batch.sampling && batch.dropLast == o.batch.dropLast && seed == o.seed &&
         noise == o.noise;
}

json::Json sceneDataToJson(const SceneData& d) {
  json::Json j;
  if (!d.catalog.empty()) {
    j["catalog"] = d.catalog;
    j["rows"] = d.params.rows;
    j["generator_noise"] = d.params.noise;
    j["generator_seed"] = d.params.seed;
    j["standardize"] = d.standardize;
  } else {
    j["csv"] = d.csvPath;
    j["checksum"] = d.csvChecksum;
  }
  j["loss"] = d.loss;
  j["batch"] = d.batch.batch;
  j["sampling"] = landscapes::samplingName(d.batch.sampling);
  j["drop_last"] = d.batch.dropLast;
  j["seed"] = d.seed;
  j["noise"] = d.noise;
  return j;
}

SceneData parseSceneData(const json::Json& j) {
  using namespace json;
  if (!j.is_object()) fail("data", std::string("expected an object, got ") + j.type_name());
  checkKnownKeys(j, "data.",
                 {"catalog", "rows", "generator_noise", "generator_seed", "standardize", "csv", "checksum",
                  "loss", "batch", "sampling", "drop_last", "seed", "noise"});
  SceneData d;
  const bool isCatalog = j.contains("catalog");
  if (isCatalog == j.contains("csv")) fail("data", "give exactly one of catalog and csv");
  // Seeds are stored as JSON integers up to 2^53 so that every reader keeps them exact.
  const Range seedRange{0, 9007199254740992.0};
  if (isCatalog) {
    d.catalog = string(j["catalog"], "data.catalog");
    const auto* entry = landscapes::findDataCatalogEntry(d.catalog);
    if (!entry) fail("data.catalog", "unknown data landscape '" + d.catalog + "'");
    d.params = entry->defaults;
    if (j.contains("rows"))
      d.params.rows = wholeNumberIn(j["rows"], "data.rows", {1, double(landscapes::kMaxDataRows)});
    if (j.contains("generator_noise")) d.params.noise = number(j["generator_noise"], "data.generator_noise");
    if (j.contains("generator_seed"))
      d.params.seed = wholeNumberIn(j["generator_seed"], "data.generator_seed", seedRange);
    std::string why;
    if (!landscapes::validDataGeneratorParams(d.params, &why)) fail("data", why);
    if (j.contains("standardize")) d.standardize = boolean(j["standardize"], "data.standardize");
  } else {
    d.csvPath = string(j["csv"], "data.csv");
    d.csvChecksum = string(require(j, "checksum", "data."), "data.checksum");
  }
  if (j.contains("loss")) d.loss = string(j["loss"], "data.loss");
  if (!isCatalog && d.loss.empty()) fail("data.loss", "a CSV needs a per-sample loss formula");
  if (j.contains("batch"))
    d.batch.batch = wholeNumberIn(j["batch"], "data.batch", {0, double(landscapes::kMaxDataRows)});
  else
    d.batch.batch = 0;
  if (j.contains("sampling")) {
    const std::string name = string(j["sampling"], "data.sampling");
    const auto sampling = landscapes::parseSampling(name);
    if (!sampling) fail("data.sampling", "'" + name + "' (valid: shuffle, replace)");
    d.batch.sampling = *sampling;
  }
  if (j.contains("drop_last")) d.batch.dropLast = boolean(j["drop_last"], "data.drop_last");
  if (j.contains("seed")) d.seed = wholeNumberIn(j["seed"], "data.seed", seedRange);
  if (j.contains("noise")) {
    d.noise = number(j["noise"], "data.noise");
    if (d.noise < 0) fail("data.noise", "must be >= 0");
  }
  return d;
}

std::optional<GradientSource> gradientSourceFor(const SceneData& d, std::string* error) {
  std::shared_ptr<const landscapes::DataTable> table;
  std::string loss = d.loss;
  if (!d.catalog.empty()) {
    const auto* entry = landscapes::findDataCatalogEntry(d.catalog);
    if (!entry) {
      if (error) *error = "data.catalog: unknown data landscape '" + d.catalog + "'";
      return std::nullopt;
    }
    table = std::make_shared<const landscapes::DataTable>(
        landscapes::generateData(*entry, d.params, d.standardize));
    if (loss.empty()) loss = entry->lossFormula;
  } else {
    std::string text;
    if (!readFile(d.csvPath, landscapes::kMaxDataCsvBytes, text, error)) return std::nullopt;
    if (landscapes::fnv1a64Hex(text) != d.csvChecksum) {
      if (error) *error = d.csvPath + ": the file changed since the scene was saved (checksum differs)";
      return std::nullopt;
    }
    auto parsed = landscapes::parseDataCsv(text, d.csvPath, error);
    if (!parsed) return std::nullopt;
    table = std::make_shared<const landscapes::DataTable>(std::move(*parsed));
  }
  landscapes::ParseError parseError;
  auto formula = landscapes::Formula::parse(loss, table->columns, &parseError);
  if (!formula) {
    if (error) *error = "data.loss: " + parseError.describe();
    return std::nullopt;
  }
  BatchSettings batch = d.batch;
  if (batch.batch == 0) batch.batch = table->rows();
  if (batch.batch > table->rows()) {
    if (error)
      *error = "data.batch: " + std::to_string(batch.batch) + " exceeds the " +
               std::to_string(table->rows()) + " rows";
    return std::nullopt;
  }
  GradientSource source(landscapes::FiniteSum(*formula, table), batch, d.seed);
  source.setNoise(d.noise);
  return source;
}

}  // namespace lv::sim
