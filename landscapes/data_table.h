// A data set as the formula engine sees it: named numeric columns, rows stored row-major. The
// columns' names are the variables a per-sample formula may use besides x and y.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace lv::landscapes {

/// Every value is finite (readers and generators guarantee it).
struct DataTable {
  std::vector<std::string> columns;
  std::vector<double> values;  ///< rows() × columns.size(), row-major

  std::size_t rows() const { return columns.empty() ? 0 : values.size() / columns.size(); }
  const double* row(std::size_t i) const { return values.data() + i * columns.size(); }
};

}  // namespace lv::landscapes
