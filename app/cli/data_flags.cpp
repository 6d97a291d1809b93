// The data flags of `lossviz trace` (--data, --loss, --batch, --sampling, --drop-last, --seed,
// --noise) resolved into one sim::GradientSource, and `lossviz data`, which writes the data set a
// data landscape uses so that a notebook can reproduce a run.
#include "app/cli/verbs.h"
#include "app/sim/atomic_file.h"
#include "landscapes/data_catalog.h"
#include "landscapes/checksum.h"
#include "landscapes/data_csv.h"

#include <climits>
#include <memory>

namespace lv::cli {
namespace {

std::string dataNames() {
  std::string names;
  for (const auto& entry : landscapes::dataCatalog()) names += (names.empty() ? "" : ", ") + entry.name;
  return names;
}

bool endsWith(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::uint64_t seedFromFlag(const Flags& flags) {
  return static_cast<std::uint64_t>(
      parseCount(lastValue(flags, "seed").value_or("0"), "--seed", 0, LONG_MAX));
}

struct FlagData {
  std::shared_ptr<const landscapes::DataTable> table;
  sim::SceneData settings;  // which data, as a scene stores it; loss, batch, seed and noise filled later
  std::string lossText;     // the catalog entry's loss, or empty for a CSV
};

/// The data named by --data: a catalog name, generated with its defaults (features z-scored with
/// `standardize`), or a CSV file.
FlagData dataFromFlag(const std::string& data, bool standardize) {
  FlagData out;
  if (const auto* entry = landscapes::findDataCatalogEntry(data)) {
    out.settings.catalog = entry->name;
    out.settings.params = entry->defaults;
    out.settings.standardize = standardize;
    out.table = std::make_shared<const landscapes::DataTable>(
        landscapes::generateData(*entry, entry->defaults, standardize));
    out.lossText = entry->lossFormula;
    return out;
  }
  if (!endsWith(data, ".csv"))
    throw UsageError{"--data '" + data + "' is neither a data landscape (" + dataNames() +
                     ") nor a .csv file"};
  if (standardize) throw UsageError{"--standardize applies to data landscapes, not to a CSV"};
  std::string text, error;
  if (!sim::readFile(data, landscapes::kMaxDataCsvBytes, text, &error)) throw UsageError{"--data " + error};
  auto table = landscapes::parseDataCsv(text, data, &error);
  if (!table) throw UsageError{"--data " + error};
  out.settings.csvPath = data;
  out.settings.csvChecksum = landscapes::fnv1a64Hex(text);
  out.table = std::make_shared<const landscapes::DataTable>(std::move(*table));
  return out;
}

/// The gradient source of the flags and, with --data, the scene settings that describe it.
std::pair<sim::GradientSource, std::optional<sim::SceneData>> sourceFromFlags(const Flags& flags) {
  const auto data = lastValue(flags, "data");
  sim::GradientSource source;
  std::optional<sim::SceneData> settings;
  if (data) {
    const bool standardize =
        parseCount(lastValue(flags, "standardize").value_or("0"), "--standardize", 0, 1) == 1;
    FlagData named = dataFromFlag(*data, standardize);
    const auto& table = named.table;
    std::string lossText = named.lossText;
    if (auto loss = lastValue(flags, "loss")) lossText = *loss;
    if (lossText.empty()) throw UsageError{"--data " + *data + " needs --loss FORMULA (a per-sample loss)"};
    landscapes::ParseError error;
    auto formula = landscapes::Formula::parse(lossText, table->columns, &error);
    if (!formula) throw UsageError{"--loss '" + lossText + "': " + error.describe()};
    const long rows = static_cast<long>(table->rows());
    sim::BatchSettings batch;
    batch.batch = static_cast<std::size_t>(
        parseCount(lastValue(flags, "batch").value_or(std::to_string(rows)), "--batch", 1, rows));
    const std::string samplingText = lastValue(flags, "sampling").value_or("shuffle");
    const auto sampling = landscapes::parseSampling(samplingText);
    if (!sampling) throw UsageError{"--sampling '" + samplingText + "' (valid: shuffle, replace)"};
    batch.sampling = *sampling;
    batch.dropLast = parseCount(lastValue(flags, "drop-last").value_or("0"), "--drop-last", 0, 1) == 1;
    source = sim::GradientSource(landscapes::FiniteSum(*formula, table), batch, seedFromFlag(flags));
    settings = named.settings;
    settings->loss = lossText;
    settings->batch = batch;
    settings->seed = source.seed();
  } else {
    for (const char* name : {"loss", "batch", "sampling", "drop-last", "standardize"})
      if (hasFlag(flags, name)) throw UsageError{std::string("--") + name + " needs --data NAME|FILE.csv"};
    source.setSeed(seedFromFlag(flags));
  }
  if (auto noise = lastValue(flags, "noise")) {
    const double sigma = parseNumber(*noise, "--noise");
    if (!(sigma >= 0)) throw UsageError{"--noise " + *noise + " must be >= 0"};
    source.setNoise(sigma);
    if (settings) settings->noise = sigma;
  }
  return {std::move(source), std::move(settings)};
}

}  // namespace

std::vector<FlagSpec> dataFlagSpecs() {
  return {{"data", "NAME|FILE.csv", "a data landscape or CSV: f = mean of --loss over the rows"},
          {"loss", "FORMULA", "per-sample loss in x, y and the data's columns (default: the landscape's)"},
          {"standardize", "0|1", "data landscape: z-score the feature columns (default 0)"},
          {"batch", "B", "rows per update, 1 to N (default N: full batch)"},
          {"sampling", "shuffle|replace", "epochs without replacement (default) or draws with"},
          {"drop-last", "0|1", "shuffle: drop each epoch's short last batch (default 0)"},
          {"seed", "S", "seed of batches and noise (default 0)"},
          {"noise", "SIGMA", "add SIGMA times N(0, I) to every update's gradient (default 0)"}};
}

sim::GradientSource gradientSourceFromFlags(const Flags& flags) { return sourceFromFlags(flags).first; }

std::optional<sim::ResolvedData> dataFromFlags(const Flags& flags) {
  auto [source, settings] = sourceFromFlags(flags);
  if (!settings) return std::nullopt;
  return sim::resolvedData(std::move(*settings), std::move(source));
}

int runData(const std::vector<std::string>& args) {
  const VerbSpec spec{"data",
                      "Write the data set of a data landscape as CSV (header = column names), atomically.",
                      {{"landscape", "NAME", "data landscape (required): see `lossviz list`"},
                       {"seed", "S", "generator seed (default: the landscape's)"},
                       {"rows", "N", "number of rows (default: the landscape's)"},
                       {"noise", "X", "generator noise (default: the landscape's)"},
                       {"standardize", "0|1", "z-score the feature columns (default 0)"},
                       {"out", "FILE.csv", "output file (required)"}}};
  const auto parsed = parseFlagsOrHelp(args, spec);
  if (!parsed) return 0;
  const Flags& flags = *parsed;
  const auto name = lastValue(flags, "landscape");
  if (!name) throw UsageError{"missing --landscape NAME (valid: " + dataNames() + ")"};
  const auto* entry = landscapes::findDataCatalogEntry(*name);
  if (!entry)
    throw UsageError{"--landscape '" + *name + "' is not a data landscape (valid: " + dataNames() + ")"};
  const auto out = lastValue(flags, "out");
  if (!out) throw UsageError{"missing --out FILE.csv"};
  landscapes::DataGeneratorParams params = entry->defaults;
  if (auto seed = lastValue(flags, "seed"))
    params.seed = static_cast<std::uint64_t>(parseCount(*seed, "--seed", 0, LONG_MAX));
  if (auto rows = lastValue(flags, "rows"))
    params.rows =
        static_cast<std::size_t>(parseCount(*rows, "--rows", 1, static_cast<long>(landscapes::kMaxDataRows)));
  if (auto noise = lastValue(flags, "noise")) params.noise = parseNumber(*noise, "--noise");
  std::string why;
  if (!landscapes::validDataGeneratorParams(params, &why)) throw UsageError{why};
  const bool standardize =
      parseCount(lastValue(flags, "standardize").value_or("0"), "--standardize", 0, 1) == 1;
  const std::string csv = landscapes::formatDataCsv(landscapes::generateData(*entry, params, standardize));
  std::string error;
  if (!sim::writeFileAtomic(*out, csv, &error)) throw UsageError{"--out " + error};
  return 0;
}

}  // namespace lv::cli
