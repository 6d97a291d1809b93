// The data landscapes. Losses follow torch.nn's definitions per sample: MSELoss's (ŷ − t)² and
// BCEWithLogitsLoss's −[t·log σ(z) + (1 − t)·log(1 − σ(z))] = softplus(z) − t·z with z the logit, the
// form that neither overflows for large |z| nor loses the small probabilities (softplus is the
// formula engine's stable log(1 + eᶻ)).
#include "landscapes/data_catalog.h"

#include "landscapes/least_squares.h"
#include "landscapes/standardize.h"

namespace lv::landscapes {

const std::vector<DataCatalogEntry>& dataCatalog() {
  static const std::vector<DataCatalogEntry> entries = {
      {"linear_regression", "Fit the line x*u + y to noisy points of t = 2u - 1 (mean squared error)",
       "(x*u + y - t)^2", generateLinearRegression, DataGeneratorParams{100, 0.5, 0}, "t", Rect{-1, 5, -4, 2},
       [](const DataTable& table) { return leastSquaresMinimum(table, "u", "", "t"); }},
      {"logistic_regression", "Classify two overlapping classes with sigmoid(x*u + y) (binary cross-entropy)",
       "softplus(x*u + y) - label*(x*u + y)", generateLogisticRegression, DataGeneratorParams{200, 1.0, 0},
       "label", Rect{-2, 6, -4, 4}, nullptr},
      {"unscaled_features",
       "No-bias model x*u1 + y*u2 with features of scales 1 and 10: a ravine (standardize for a bowl)",
       "(x*u1 + y*u2 - t)^2", generateUnscaledFeatures, DataGeneratorParams{100, 0.1, 0}, "t",
       Rect{-2, 4, -2, 4},
       [](const DataTable& table) { return leastSquaresMinimum(table, "u1", "u2", "t"); }},
  };
  return entries;
}

const DataCatalogEntry* findDataCatalogEntry(std::string_view name) {
  for (const auto& entry : dataCatalog())
    if (entry.name == name) return &entry;
  return nullptr;
}

DataTable generateData(const DataCatalogEntry& entry, const DataGeneratorParams& params,
                       bool standardizeFeatures) {
  DataTable table = entry.generate(params);
  if (standardizeFeatures) standardize(table, entry.targetColumn);
  return table;
}

}  // namespace lv::landscapes
