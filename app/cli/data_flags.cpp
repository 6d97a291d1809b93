// The data flags of `lossviz trace` (--data, --loss, --batch, --sampling, --drop-last, --seed,
// --noise) resolved into one sim::GradientSource, and `lossviz data`, which writes the data set a
// data landscape uses so that a notebook can reproduce a run.
#include "app/cli/verbs.h"
#include "app/sim/atomic_file.h"
#include "landscapes/data_catalog.h"
#include "landscapes/data_csv.h"

#include <climits>
#include <iostream>
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

/// The data table and per-sample loss text named by --data (a catalog name or a CSV file).
std::pair<std::shared_ptr<const landscapes::DataTable>, std::string> dataFromFlag(const std::string& data) {
  if (const auto* entry = landscapes::findDataCatalogEntry(data))
    return {std::make_shared<const landscapes::DataTable>(
                landscapes::generateData(*entry, entry->defaults, false)),
            entry->lossFormula};
  if (!endsWith(data, ".csv"))
    throw UsageError{"--data '" + data + "' is neither a data landscape (" + dataNames() +
                     ") nor a .csv file"};
  std::string text, error;
  if (!sim::readFile(data, landscapes::kMaxDataCsvBytes, text, &error)) throw UsageError{"--data " + error};
  auto table = landscapes::parseDataCsv(text, data, &error);
  if (!table) throw UsageError{"--data " + error};
  return {std::make_shared<const landscapes::DataTable>(std::move(*table)), ""};
}

}  // namespace

sim::GradientSource gradientSourceFromFlags(const Flags& flags) {
  const auto data = lastValue(flags, "data");
  sim::GradientSource source;
  if (data) {
    auto [table, lossText] = dataFromFlag(*data);
    if (auto loss = lastValue(flags, "loss")) lossText = *loss;
    if (lossText.empty()) throw UsageError{"--data " + *data + " needs --loss FORMULA (a per-sample loss)"};
    landscapes::ParseError error;
    auto formula = landscapes::Formula::parse(lossText, table->columns, &error);
    if (!formula) throw UsageError{"--loss '" + lossText + "': " + error.describe()};
    const long rows = static_cast<long>(table->rows());
    sim::BatchSettings settings;
    settings.batch = static_cast<std::size_t>(
        parseCount(lastValue(flags, "batch").value_or(std::to_string(rows)), "--batch", 1, rows));
    const std::string samplingText = lastValue(flags, "sampling").value_or("shuffle");
    const auto sampling = landscapes::parseSampling(samplingText);
    if (!sampling) throw UsageError{"--sampling '" + samplingText + "' (valid: shuffle, replace)"};
    settings.sampling = *sampling;
    settings.dropLast = parseCount(lastValue(flags, "drop-last").value_or("0"), "--drop-last", 0, 1) == 1;
    source = sim::GradientSource(landscapes::FiniteSum(*formula, table), settings, seedFromFlag(flags));
  } else {
    for (const char* name : {"loss", "batch", "sampling", "drop-last"})
      if (hasFlag(flags, name)) throw UsageError{std::string("--") + name + " needs --data NAME|FILE.csv"};
    source.setSeed(seedFromFlag(flags));
  }
  if (auto noise = lastValue(flags, "noise")) {
    const double sigma = parseNumber(*noise, "--noise");
    if (!(sigma >= 0)) throw UsageError{"--noise " + *noise + " must be >= 0"};
    source.setNoise(sigma);
  }
  return source;
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
  const Flags flags = parseFlags(args, spec);
  if (hasFlag(flags, "help")) {
    std::cout << helpText(spec);
    return 0;
  }
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
