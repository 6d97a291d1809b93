// Private: splits formula text into tokens, each with its 1-based column.
#pragma once

#include "landscapes/formula.h"

#include <string>
#include <string_view>
#include <vector>

namespace lv::landscapes {

enum class TokenKind { Number, Identifier, Operator, LeftParen, RightParen, Comma, End };

struct Token {
  TokenKind kind = TokenKind::End;
  int column = 0;     // 1-based byte column of the first character
  std::string text;   // as written
  double number = 0;  // for Number
};

/// Tokenizes `text`. On an unexpected character or a malformed number returns false and fills
/// `error`. On success the last token is End (column = length + 1).
bool tokenize(std::string_view text, std::vector<Token>& tokens, ParseError& error);

}  // namespace lv::landscapes
