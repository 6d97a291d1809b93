// Looking up a DataTable's columns by name: the names a per-sample formula and a catalog entry use.
#pragma once

#include "landscapes/data_table.h"

#include <optional>
#include <string_view>

namespace lv::landscapes {

/// The index of the column named `name`, or nullopt.
inline std::optional<std::size_t> findColumn(const DataTable& table, std::string_view name) {
  for (std::size_t c = 0; c < table.columns.size(); ++c)
    if (table.columns[c] == name) return c;
  return std::nullopt;
}

}  // namespace lv::landscapes
