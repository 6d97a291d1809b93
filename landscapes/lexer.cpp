// Tokenizer for formulas: numbers (1, .5, 2., 1e-3), identifiers, + - * / ^ ( ) and commas.
#include "landscapes/lexer.h"

#include <cmath>
#include <cstdlib>

namespace lv::landscapes {
namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }
bool isIdentStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool isIdentChar(char c) { return isIdentStart(c) || isDigit(c); }

// Length of the longest well-formed number at text[i], or 0 if none; `bad` is set when the
// characters look like a number but are not one ("1e", "1e+", "1.2.3", "2x" is not bad: 2 then x).
std::size_t scanNumber(std::string_view text, std::size_t i, bool& bad) {
  std::size_t j = i, digits = 0;
  while (j < text.size() && isDigit(text[j])) ++j, ++digits;
  if (j < text.size() && text[j] == '.') {
    ++j;
    while (j < text.size() && isDigit(text[j])) ++j, ++digits;
  }
  if (digits == 0) return bad = true, j - i;
  if (j < text.size() && (text[j] == 'e' || text[j] == 'E')) {
    std::size_t k = j + 1;
    if (k < text.size() && (text[k] == '+' || text[k] == '-')) ++k;
    std::size_t expDigits = 0;
    while (k < text.size() && isDigit(text[k])) ++k, ++expDigits;
    if (expDigits == 0) {
      // "2e" or "1e+": an exponent was started but not finished.
      while (k < text.size() && isIdentChar(text[k])) ++k;
      return bad = true, k - i;
    }
    j = k;
  }
  if (j < text.size() && (text[j] == '.' || isDigit(text[j]))) {
    while (j < text.size() && (text[j] == '.' || isDigit(text[j]))) ++j;
    return bad = true, j - i;
  }
  return j - i;
}

}  // namespace

bool tokenize(std::string_view text, std::vector<Token>& tokens, ParseError& error) {
  tokens.clear();
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    Token token;
    token.column = int(i) + 1;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    if (isDigit(c) || c == '.') {
      bool bad = false;
      const std::size_t length = scanNumber(text, i, bad);
      token.text = std::string(text.substr(i, length));
      if (bad) {
        error = {token.column, "bad number '" + token.text + "'"};
        return false;
      }
      token.kind = TokenKind::Number;
      token.number = std::strtod(token.text.c_str(), nullptr);
      if (!std::isfinite(token.number)) {
        error = {token.column, "number out of range '" + token.text + "'"};
        return false;
      }
      i += length;
    } else if (isIdentStart(c)) {
      std::size_t j = i;
      while (j < text.size() && isIdentChar(text[j])) ++j;
      token.kind = TokenKind::Identifier;
      token.text = std::string(text.substr(i, j - i));
      i = j;
    } else if (c == '+' || c == '-' || c == '*' || c == '/' || c == '^') {
      token.kind = TokenKind::Operator;
      token.text = std::string(1, c);
      ++i;
    } else if (c == '(' || c == ')' || c == ',') {
      token.kind = c == '(' ? TokenKind::LeftParen : c == ')' ? TokenKind::RightParen : TokenKind::Comma;
      token.text = std::string(1, c);
      ++i;
    } else {
      const bool printable = c >= 0x20 && c < 0x7f;
      error = {token.column, printable ? std::string("unexpected character '") + c + "'"
                                       : std::string("unexpected character (byte ") +
                                             std::to_string(int(static_cast<unsigned char>(c))) + ")"};
      return false;
    }
    tokens.push_back(std::move(token));
  }
  Token end;
  end.kind = TokenKind::End;
  end.column = int(text.size()) + 1;
  tokens.push_back(end);
  return true;
}

}  // namespace lv::landscapes
