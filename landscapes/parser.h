// Private: recursive-descent parser from formula text to a compiled Tape.
#pragma once

#include "landscapes/formula.h"
#include "landscapes/tape.h"

#include <string_view>

namespace lv::landscapes {

/// Longest accepted formula, in bytes, and deepest accepted nesting (parentheses, unary signs,
/// powers): beyond these the parser reports an error instead of risking the stack.
constexpr std::size_t kMaxFormulaLength = 4096;
constexpr int kMaxNesting = 256;

/// Parses `text` into `tape` (folded and compacted). Returns false and fills `error` on failure.
/// Never throws on any input except std::bad_alloc.
bool parseFormula(std::string_view text, Tape& tape, ParseError& error);

}  // namespace lv::landscapes
