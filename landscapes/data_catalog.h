// The data landscapes: each a seeded data set plus a per-sample loss formula over its columns, whose
// mean over the rows is the landscape f(x, y) = (1/N) Σᵢ ℓ(x, y; rowᵢ).
#pragma once

#include "landscapes/catalog.h"
#include "landscapes/data_generators.h"

#include <Eigen/Core>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lv::landscapes {

/// A data catalog entry as written in the source: plain data.
struct DataCatalogEntry {
  std::string name;         ///< "linear_regression"
  std::string description;  ///< one line
  std::string lossFormula;  ///< per-sample loss ℓ in x, y and the columns, e.g. "(x*u + y - t)^2"
  DataTable (*generate)(const DataGeneratorParams&);
  DataGeneratorParams defaults;
  std::string targetColumn;  ///< the column standardize leaves alone
  Rect view;                 ///< suggested view (of the default data; also fits standardized data)
  /// The exact minimizer of the mean loss over a table of this entry's columns where a closed form
  /// exists (least squares), else null (as for the cross-entropy).
  std::optional<Eigen::Vector2d> (*minimum)(const DataTable&);
};

/// Every data landscape, in display order.
const std::vector<DataCatalogEntry>& dataCatalog();

/// The entry named `name`, or nullptr.
const DataCatalogEntry* findDataCatalogEntry(std::string_view name);

/// The entry's data for `params` (validated by the caller), feature columns z-scored when
/// `standardizeFeatures`.
DataTable generateData(const DataCatalogEntry& entry, const DataGeneratorParams& params,
                       bool standardizeFeatures);

}  // namespace lv::landscapes
