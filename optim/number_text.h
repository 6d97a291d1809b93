// Numbers as text for messages and specs: the shortest text that reads back as the same double, and a
// strict, locale-independent reader.
#pragma once

#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

namespace lv::optim {

/// Shortest text that reads back as the same double: 0.9999, 10, 1e-06, nan.
inline std::string formatNumber(double value) {
  char text[64];
  const auto result = std::to_chars(text, text + sizeof text, value);
  return std::string(text, result.ptr);
}

/// The finite number that is the whole of `text` ("0.5", "1e-3", "-2"), or nullopt.
inline std::optional<double> parseNumber(std::string_view text) {
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  double value = 0;
  const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || result.ec != std::errc() || result.ptr != text.data() + text.size())
    return std::nullopt;
  if (!std::isfinite(value)) return std::nullopt;
  return value;
}

}  // namespace lv::optim
