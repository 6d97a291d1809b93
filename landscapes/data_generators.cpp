#include "landscapes/data_generators.h"

#include "landscapes/data_csv.h"
#include "landscapes/lv_assert.h"
#include "landscapes/random.h"

#include <cmath>

namespace lv::landscapes {
namespace {

DataTable emptyTable(std::vector<std::string> columns, const DataGeneratorParams& params) {
  LV_ASSERT(validDataGeneratorParams(params), "generator parameters must be validated by the caller");
  DataTable table;
  table.values.reserve(params.rows * columns.size());
  table.columns = std::move(columns);
  return table;
}

}  // namespace

bool validDataGeneratorParams(const DataGeneratorParams& params, std::string* why) {
  std::string local;
  std::string& reason = why ? *why : local;
  if (params.rows < 1 || params.rows > kMaxDataRows)
    return reason = "rows must be between 1 and " + std::to_string(kMaxDataRows), false;
  if (!(std::isfinite(params.noise) && params.noise >= 0))
    return reason = "noise must be a finite number of at least 0", false;
  return true;
}

DataTable generateLinearRegression(const DataGeneratorParams& params) {
  DataTable table = emptyTable({"u", "t"}, params);
  Random random(params.seed);
  for (std::size_t i = 0; i < params.rows; ++i) {
    const double u = -2 + 4 * random.uniform();
    const double t = 2 * u - 1 + params.noise * random.normal();
    table.values.insert(table.values.end(), {u, t});
  }
  return table;
}

DataTable generateLogisticRegression(const DataGeneratorParams& params) {
  DataTable table = emptyTable({"u", "label"}, params);
  Random random(params.seed);
  for (std::size_t i = 0; i < params.rows; ++i) {
    const double label = random.below(2);
    const double u = (2 * label - 1) + params.noise * random.normal();
    table.values.insert(table.values.end(), {u, label});
  }
  return table;
}

DataTable generateUnscaledFeatures(const DataGeneratorParams& params) {
  DataTable table = emptyTable({"u1", "u2", "t"}, params);
  Random random(params.seed);
  for (std::size_t i = 0; i < params.rows; ++i) {
    const double u1 = random.normal();
    const double u2 = 10 * random.normal();
    const double t = u1 + 0.1 * u2 + params.noise * random.normal();
    table.values.insert(table.values.end(), {u1, u2, t});
  }
  return table;
}

}  // namespace lv::landscapes
