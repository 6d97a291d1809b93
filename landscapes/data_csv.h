// Data sets as CSV files: a header row of column names, then rows of numbers. Users load their own
// data this way and `lossviz data` writes a landscape's generated data so a notebook can reproduce
// it. Text in, text out: the caller reads and writes the file (sim::readFile with kMaxDataCsvBytes,
// sim::writeFileAtomic), and stores fnv1a64Hex (checksum.h) of the same bytes in a scene.
#pragma once

#include "landscapes/data_table.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace lv::landscapes {

/// Documented limits of a data CSV: 16 MiB of text, 1 000 000 data rows, 64 columns, names of at
/// most 64 characters.
constexpr std::size_t kMaxDataCsvBytes = std::size_t(16) << 20;
constexpr std::size_t kMaxDataRows = 1000000;
constexpr std::size_t kMaxDataColumns = 64;
constexpr std::size_t kMaxColumnNameLength = 64;

/// Whether `name` can name a data column in a per-sample formula: an identifier
/// ([A-Za-z_][A-Za-z0-9_]*, at most kMaxColumnNameLength) that the formula engine does not already
/// use (not x, y, pi, e or a function name such as exp). Otherwise false and `*why` says why, e.g.
/// "'x' is a name the formula engine uses (a parameter, constant or function)".
bool isValidColumnName(std::string_view name, std::string* why = nullptr);

/// Parses the whole text of a data CSV. Format: comma-separated, one header row of distinct valid
/// column names, then at least one row of finite numbers with one value per column (C number syntax:
/// 1, -2.5, 3e-4; surrounding spaces allowed). Blank lines are skipped; "\r\n" line ends and a UTF-8
/// byte-order mark are accepted; no quoting. On failure returns nullopt and `*error` is one line
/// "FILE:LINE: column C (NAME): what is wrong" (as much of it as applies), FILE being `fileName`.
/// Never throws except std::bad_alloc.
std::optional<DataTable> parseDataCsv(std::string_view text, std::string_view fileName, std::string* error);

/// The CSV text of `table`: its header, then one line per row, each value with 17 significant digits
/// (shortest round trip not needed: parseDataCsv gives back the same doubles bit for bit), '\n' line
/// ends. Locale-independent.
std::string formatDataCsv(const DataTable& table);

}  // namespace lv::landscapes
