// Feature scaling: the "standardize features" switch that turns the ravine of badly scaled features
// into a round bowl. The z-score of scikit-learn's StandardScaler: (v − mean) / sd with the
// population standard deviation (divide by N), a constant column only centred.
#pragma once

#include "landscapes/data_table.h"

#include <string_view>

namespace lv::landscapes {

/// Replaces every column of `table` except `targetColumn` (which may name no column: then every
/// column) by its z-score. Values stay finite.
void standardize(DataTable& table, std::string_view targetColumn);

}  // namespace lv::landscapes
