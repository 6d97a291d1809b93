// Formula: parsing entry points and error text. Evaluation lives in evaluate.cpp, GLSL in glsl.cpp
// and glsl_derivatives.cpp.
#include "landscapes/formula.h"

#include "landscapes/parser.h"
#include "landscapes/tape.h"

namespace lv::landscapes {

std::string ParseError::describe() const { return "column " + std::to_string(column) + ": " + message; }

std::optional<Formula> Formula::parse(std::string_view text, ParseError* error) {
  return parse(text, {}, error);
}

std::optional<Formula> Formula::parse(std::string_view text, const std::vector<std::string>& columns,
                                      ParseError* error) {
  auto tape = std::make_shared<Tape>();
  ParseError local;
  if (!parseFormula(text, columns, *tape, local)) {
    if (error) *error = local;
    return std::nullopt;
  }
  Formula formula;
  formula.text_ = std::string(text);
  formula.tape_ = std::move(tape);
  return formula;
}

const std::vector<std::string>& Formula::columns() const { return tape_->columns; }

}  // namespace lv::landscapes
