// The names of an enum's values as one table, read both ways: the name a scene file, the CLI and the
// UI show for a value, and the value a name stands for. Each enum writes its table once.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace lv::sim {

template <class Enum>
struct EnumName {
  Enum value;
  const char* name;
};

/// The name of `value` in `table`; the first row's name when `value` has no row.
template <class Enum, std::size_t N>
const char* nameOf(const EnumName<Enum> (&table)[N], Enum value) {
  for (const EnumName<Enum>& row : table)
    if (row.value == value) return row.name;
  return table[0].name;
}

/// The value named `name` in `table`, or nullopt.
template <class Enum, std::size_t N>
std::optional<Enum> valueNamed(const EnumName<Enum> (&table)[N], std::string_view name) {
  for (const EnumName<Enum>& row : table)
    if (name == row.name) return row.value;
  return std::nullopt;
}

}  // namespace lv::sim
