// Shared by the GLSL text tests: facts about emitted GLSL source read as text.
#pragma once

#include <algorithm>
#include <regex>
#include <string>

namespace lv::landscapes::test {

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

/// True if some numeric literal lacks a decimal point (GLSL would read it as an int).
inline bool hasIntegerLiteral(const std::string& source) {
  static const std::regex floatLiteral(
      R"([0-9]*\.[0-9]+([eE][-+]?[0-9]+)?|[0-9]+\.[0-9]*([eE][-+]?[0-9]+)?)");
  static const std::regex bareInteger(R"((^|[^A-Za-z0-9_])[0-9])");
  return std::regex_search(std::regex_replace(source, floatLiteral, "F"), bareInteger);
}

/// As many '(' as ')' and '{' as '}'.
inline bool balanced(const std::string& s) {
  return std::count(s.begin(), s.end(), '(') == std::count(s.begin(), s.end(), ')') &&
         std::count(s.begin(), s.end(), '{') == std::count(s.begin(), s.end(), '}');
}

}  // namespace lv::landscapes::test
