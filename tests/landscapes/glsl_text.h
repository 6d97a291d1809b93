// Shared by the GLSL text tests: facts about emitted GLSL source read as text.
#pragma once

#include "landscapes/formula.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <regex>
#include <string>

namespace lv::landscapes::test {

inline bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

/// Expects each of `pieces` in `source`; a failure names the missing piece and prints the source.
inline void expectContainsAll(const std::string& source, std::initializer_list<const char*> pieces) {
  for (const char* piece : pieces)
    EXPECT_TRUE(contains(source, piece)) << "missing: " << piece << "\n" << source;
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

/// Expects `source` to be GLSL as the GPU must get it: no int literal, balanced brackets, no $a/$b
/// of a spelling left unsubstituted. `what` names the source in a failure.
inline void expectCleanGlsl(const std::string& source, const std::string& what) {
  EXPECT_FALSE(hasIntegerLiteral(source)) << what << "\n" << source;
  EXPECT_TRUE(balanced(source)) << what << "\n" << source;
  EXPECT_FALSE(contains(source, "$")) << what << "\n" << source;
}

/// What `emit` (&Formula::glsl or &Formula::glslDerivatives) makes of the formula `text`; "" with a
/// test failure when it does not parse.
inline std::string emittedGlsl(const std::string& text, std::string (Formula::*emit)() const) {
  ParseError error;
  const auto formula = Formula::parse(text, &error);
  EXPECT_TRUE(formula) << error.describe();
  return formula ? ((*formula).*emit)() : std::string();
}

}  // namespace lv::landscapes::test
