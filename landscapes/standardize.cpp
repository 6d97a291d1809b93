#include "landscapes/standardize.h"

#include <cmath>

namespace lv::landscapes {

void standardize(DataTable& table, std::string_view targetColumn) {
  const std::size_t width = table.columns.size(), rows = table.rows();
  if (rows == 0) return;
  for (std::size_t c = 0; c < width; ++c) {
    if (table.columns[c] == targetColumn) continue;
    double mean = 0;
    for (std::size_t r = 0; r < rows; ++r) mean += table.values[r * width + c];
    mean /= double(rows);
    // Two passes: the sum of squared deviations does not cancel catastrophically as E[v²] − mean² can.
    double squares = 0;
    for (std::size_t r = 0; r < rows; ++r) {
      const double d = table.values[r * width + c] - mean;
      squares += d * d;
    }
    const double sd = std::sqrt(squares / double(rows));
    const double scale = sd > 0 ? 1 / sd : 1;
    for (std::size_t r = 0; r < rows; ++r) {
      double& v = table.values[r * width + c];
      v = (v - mean) * scale;
    }
  }
}

}  // namespace lv::landscapes
