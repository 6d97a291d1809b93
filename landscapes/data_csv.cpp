// CSV data sets. Numbers go through std::from_chars / std::to_chars: exact and independent of the
// C locale (a German locale must not turn "0.5" into an error or "0,5" into two fields).
#include "landscapes/data_csv.h"

#include "landscapes/formula.h"

#include <charconv>
#include <cmath>
#include <system_error>
#include <vector>

namespace lv::landscapes {
namespace {

bool isIdentStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isIdentChar(char c) { return isIdentStart(c) || (c >= '0' && c <= '9'); }

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// A field as it may appear inside a one-line message: at most 24 characters, control and non-ASCII
// bytes shown as '?'.
std::string quoted(std::string_view field) {
  std::string out = "'";
  for (std::size_t i = 0; i < field.size() && i < 24; ++i) {
    const char c = field[i];
    out += (c >= 0x20 && c < 0x7f) ? c : '?';
  }
  if (field.size() > 24) out += "...";
  return out + "'";
}

// The name is one the engine already gives a meaning: a bare variable or constant parses as a formula,
// a function parses when called. Asking the parser keeps this list in one place, the parser's table.
bool isEngineName(std::string_view name) {
  const std::string text(name);
  if (Formula::parse(text)) return true;
  return Formula::parse(text + "(1)") || Formula::parse(text + "(1,1)") || Formula::parse(text + "(1,1,1)");
}

void splitFields(std::string_view line, std::vector<std::string_view>& fields) {
  fields.clear();
  std::size_t start = 0;
  for (;;) {
    const std::size_t comma = line.find(',', start);
    fields.push_back(trimmed(line.substr(start, comma == std::string_view::npos ? comma : comma - start)));
    if (comma == std::string_view::npos) return;
    start = comma + 1;
  }
}

// Reports "FILE:LINE: column C (NAME): message" and returns nullopt.
class ErrorSink {
 public:
  ErrorSink(std::string_view fileName, std::string* error) : fileName_(fileName), error_(error) {}
  std::nullopt_t operator()(std::size_t line, std::size_t column, const std::string& columnName,
                            const std::string& message) const {
    if (!error_) return std::nullopt;
    *error_ = std::string(fileName_);
    if (line > 0) *error_ += ":" + std::to_string(line);
    *error_ += ": ";
    if (column > 0) {
      *error_ += "column " + std::to_string(column);
      if (!columnName.empty()) *error_ += " (" + columnName + ")";
      *error_ += ": ";
    }
    *error_ += message;
    return std::nullopt;
  }

 private:
  std::string_view fileName_;
  std::string* error_;
};

}  // namespace

bool isValidColumnName(std::string_view name, std::string* why) {
  std::string local;
  std::string& reason = why ? *why : local;
  if (name.empty()) return reason = "empty column name", false;
  if (name.size() > kMaxColumnNameLength)
    return reason = "column name longer than " + std::to_string(kMaxColumnNameLength) + " characters", false;
  bool identifier = isIdentStart(name[0]);
  for (char c : name) identifier = identifier && isIdentChar(c);
  if (!identifier)
    return reason = quoted(name) +
                    " is not a usable column name (letters, digits and _, not starting with a digit)",
           false;
  if (isEngineName(name))
    return reason = quoted(name) + " is a name the formula engine uses (a parameter, constant or function)",
           false;
  return true;
}

std::optional<DataTable> parseDataCsv(std::string_view text, std::string_view fileName, std::string* error) {
  const ErrorSink fail(fileName, error);
  if (text.size() > kMaxDataCsvBytes)
    return fail(0, 0, "",
                std::to_string(text.size()) + " bytes is over the limit of " +
                    std::to_string(kMaxDataCsvBytes) + " bytes (16 MiB)");
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);

  DataTable table;
  std::size_t lineNumber = 0, headerLine = 0;
  std::vector<std::string_view> fields;
  while (!text.empty()) {
    const std::size_t newline = text.find('\n');
    const std::string_view line = text.substr(0, newline);
    text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
    ++lineNumber;
    if (trimmed(line).empty()) continue;
    splitFields(line, fields);
    if (headerLine == 0) {
      headerLine = lineNumber;
      if (fields.size() > kMaxDataColumns)
        return fail(lineNumber, kMaxDataColumns + 1, "",
                    "more than " + std::to_string(kMaxDataColumns) + " columns (the limit)");
      for (std::size_t c = 0; c < fields.size(); ++c) {
        std::string why;
        if (!isValidColumnName(fields[c], &why)) return fail(lineNumber, c + 1, "", why);
        for (std::size_t earlier = 0; earlier < c; ++earlier)
          if (fields[earlier] == fields[c])
            return fail(lineNumber, c + 1, "",
                        "duplicate column name " + quoted(fields[c]) + " (also column " +
                            std::to_string(earlier + 1) + ")");
        table.columns.emplace_back(fields[c]);
      }
      continue;
    }
    const std::size_t width = table.columns.size();
    if (fields.size() > width)
      return fail(
          lineNumber, width + 1, "",
          "extra value: the header has " + std::to_string(width) + " column" + (width == 1 ? "" : "s"));
    if (fields.size() < width)
      return fail(
          lineNumber, fields.size() + 1, table.columns[fields.size()],
          "missing value: the row has " + std::to_string(fields.size()) + " of " + std::to_string(width));
    if (table.rows() == kMaxDataRows)
      return fail(lineNumber, 0, "", "more than " + std::to_string(kMaxDataRows) + " data rows (the limit)");
    for (std::size_t c = 0; c < width; ++c) {
      std::string_view field = fields[c];
      if (field.empty()) return fail(lineNumber, c + 1, table.columns[c], "empty value");
      if (field.size() > 1 && field[0] == '+' && field[1] != '-') field.remove_prefix(1);
      double value = 0;
      const auto [end, code] = std::from_chars(field.data(), field.data() + field.size(), value);
      if (code == std::errc::result_out_of_range)
        return fail(lineNumber, c + 1, table.columns[c],
                    quoted(fields[c]) + " is out of the range of a double");
      if (code != std::errc() || end != field.data() + field.size())
        return fail(lineNumber, c + 1, table.columns[c], quoted(fields[c]) + " is not a number");
      if (!std::isfinite(value))
        return fail(lineNumber, c + 1, table.columns[c], quoted(fields[c]) + " is not a finite number");
      table.values.push_back(value);
    }
  }
  if (headerLine == 0) return fail(1, 0, "", "empty file (expected a header row of column names)");
  if (table.rows() == 0) return fail(headerLine, 0, "", "no data rows after the header");
  return table;
}

std::string formatDataCsv(const DataTable& table) {
  std::string out;
  for (std::size_t c = 0; c < table.columns.size(); ++c) out += (c ? "," : "") + table.columns[c];
  out += '\n';
  char number[32];
  for (std::size_t r = 0; r < table.rows(); ++r) {
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
      const auto result =
          std::to_chars(number, number + sizeof number, table.row(r)[c], std::chars_format::general, 17);
      if (c) out += ',';
      out.append(number, result.ptr);
    }
    out += '\n';
  }
  return out;
}

}  // namespace lv::landscapes
