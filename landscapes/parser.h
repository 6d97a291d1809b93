// Private: recursive-descent parser from formula text to a compiled Tape.
#pragma once

#include "landscapes/formula.h"
#include "landscapes/tape.h"

#include <string>
#include <string_view>
#include <vector>

namespace lv::landscapes {

/// Longest accepted formula, in bytes, and deepest accepted nesting (parentheses, unary signs,
/// powers): beyond these the parser reports an error instead of risking the stack.
constexpr std::size_t kMaxFormulaLength = 4096;
constexpr int kMaxNesting = 256;

/// Parses `text` into `tape` (folded and compacted), with `columns` the data columns it may name.
/// Returns false and fills `error` on failure (also for a column with a reserved or repeated
/// name). Never throws on any input except std::bad_alloc.
bool parseFormula(std::string_view text, const std::vector<std::string>& columns, Tape& tape,
                  ParseError& error);

}  // namespace lv::landscapes
