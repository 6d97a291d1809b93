// Recursive-descent formula parser. Grammar, loosest binding first:
//   expr    := term (('+' | '-') term)*
//   term    := unary (('*' | '/') unary)*
//   unary   := ('-' | '+') unary | power
//   power   := primary ('^' unary)?          right-associative; binds tighter than unary minus,
//                                             so -x^2 = -(x^2) while 2^-1 = 0.5
//   primary := number | x | y | pi | e | column | name '(' expr (',' expr)* ')' | '(' expr ')'
// Implicit multiplication (2x) is rejected with a column, never guessed.
#include "landscapes/parser.h"

#include "landscapes/lexer.h"

#include <cmath>
#include <iterator>
#include <vector>

namespace lv::landscapes {
namespace {

constexpr double kPi = 3.141592653589793238462643383279502884;
constexpr double kE = 2.718281828459045235360287471352662498;

std::string joined(const std::vector<std::string>& names) {
  std::string list;
  for (const std::string& name : names) list += (list.empty() ? "" : ", ") + name;
  return list;
}

std::string functionList() {
  std::vector<std::string> names;
  for (const FunctionSpec& f : kFunctions) names.emplace_back(f.name);
  return joined(names);
}

// A data column must be reachable by its name: one that a parameter, constant or function already
// owns, or that repeats an earlier column, is rejected rather than silently shadowed.
std::string columnNameProblem(const std::vector<std::string>& columns, std::size_t c) {
  const std::string& name = columns[c];
  const std::string which = "data column " + std::to_string(c + 1) + " '" + name + "'";
  if (name == "x" || name == "y" || name == "pi" || name == "e" || functionIndex(name) >= 0)
    return which + " has a reserved name (x, y, pi, e and function names); rename the column";
  for (std::size_t earlier = 0; earlier < c; ++earlier)
    if (columns[earlier] == name) return which + " repeats data column " + std::to_string(earlier + 1);
  return {};
}

// expr's and term's operators: the left-associative binary levels, loosest binding first.
struct BinaryOperator {
  char symbol;
  Op op;
};
constexpr BinaryOperator kBinaryLevels[][2] = {{{'+', Op::Add}, {'-', Op::Sub}},
                                               {{'*', Op::Mul}, {'/', Op::Div}}};

// Thrown internally only; parseFormula converts it to a ParseError.
struct Failure {
  ParseError error;
};

class Parser {
 public:
  Parser(const std::vector<Token>& tokens, Tape& tape) : tokens_(tokens), tape_(tape) {}

  std::int32_t parseAll() {
    if (peek().kind == TokenKind::End) throw Failure{ParseError{1, "empty formula"}};
    const std::int32_t r = expr();
    const Token& t = peek();
    if (t.kind == TokenKind::RightParen) fail(t, "unmatched ')'");
    if (t.kind == TokenKind::Number || t.kind == TokenKind::Identifier || t.kind == TokenKind::LeftParen)
      fail(t,
           "missing operator before '" + t.text + "' (implicit multiplication is not supported; write '*')");
    if (t.kind != TokenKind::End) fail(t, "unexpected '" + t.text + "'");
    return r;
  }

 private:
  const Token& peek() const { return tokens_[pos_]; }
  const Token& next() { return tokens_[pos_++]; }
  bool acceptOperator(char c) {
    if (peek().kind == TokenKind::Operator && peek().text[0] == c) return ++pos_, true;
    return false;
  }
  [[noreturn]] static void fail(const Token& t, std::string message) {
    throw Failure{ParseError{t.column, std::move(message)}};
  }

  std::int32_t expr() { return binary(0); }

  // expr (level 0) and term (level 1) of the grammar: operand (operator operand)*, left-associative;
  // an operand is the next level's, the last level's is unary.
  std::int32_t binary(std::size_t level) {
    const auto operand = [&] { return level + 1 < std::size(kBinaryLevels) ? binary(level + 1) : unary(); };
    std::int32_t lhs = operand();
    for (;;) {
      const BinaryOperator* found = nullptr;
      for (const BinaryOperator& candidate : kBinaryLevels[level])
        if (!found && acceptOperator(candidate.symbol)) found = &candidate;
      if (!found) return lhs;
      lhs = tape_.emitBinary(found->op, lhs, operand());
    }
  }

  // Every recursive cycle of the grammar passes through here, so this one guard bounds the stack.
  std::int32_t unary() {
    if (++depth_ > kMaxNesting)
      fail(peek(), "formula nested too deeply (limit " + std::to_string(kMaxNesting) + ")");
    std::int32_t r;
    if (acceptOperator('-'))
      r = tape_.emitUnary(Op::Neg, unary());
    else if (acceptOperator('+'))
      r = unary();
    else
      r = power();
    --depth_;
    return r;
  }

  std::int32_t power() {
    const std::int32_t base = primary();
    if (acceptOperator('^')) return tape_.emitCall(kPowFunction, base, unary());
    return base;
  }

  void expectClose(const Token& open) {
    if (peek().kind == TokenKind::RightParen) return void(++pos_);
    const Token& t = peek();
    if (t.kind == TokenKind::End)
      fail(t, "missing ')' to close '(' at column " + std::to_string(open.column));
    fail(t,
         "expected ')' to close '(' at column " + std::to_string(open.column) + ", found '" + t.text + "'");
  }

  std::int32_t primary() {
    const Token& t = next();
    switch (t.kind) {
      case TokenKind::Number:
        return tape_.emitConst(t.number);
      case TokenKind::LeftParen: {
        const std::int32_t r = expr();
        expectClose(t);
        return r;
      }
      case TokenKind::Identifier:
        return identifier(t);
      case TokenKind::End:
        fail(t, "unexpected end of formula");
      default:
        fail(t, "unexpected '" + t.text + "'");
    }
  }

  std::int32_t identifier(const Token& t) {
    if (t.text == "x") return tape_.emitVariable(Op::X);
    if (t.text == "y") return tape_.emitVariable(Op::Y);
    if (t.text == "pi") return tape_.emitConst(kPi);
    if (t.text == "e") return tape_.emitConst(kE);
    const int function = functionIndex(t.text);
    if (peek().kind == TokenKind::LeftParen) {
      if (function < 0) fail(t, "unknown function '" + t.text + "' (functions: " + functionList() + ")");
      const int arity = kFunctions[function].arity;
      const Token& open = next();
      std::int32_t args[2] = {0, 0};
      int count = 0;
      for (;;) {
        const std::int32_t arg = expr();
        if (count < 2) args[count] = arg;
        ++count;
        if (peek().kind != TokenKind::Comma) break;
        ++pos_;
      }
      expectClose(open);
      if (count != arity)
        fail(t, "'" + t.text + "' takes " + std::to_string(arity) + " argument" + (arity == 1 ? "" : "s") +
                    ", got " + std::to_string(count));
      return tape_.emitCall(function, args[0], args[1]);
    }
    if (function >= 0) fail(t, "'" + t.text + "' is a function: write " + t.text + "(...)");
    for (std::size_t c = 0; c < tape_.columns.size(); ++c)
      if (t.text == tape_.columns[c]) return tape_.emitColumn(int(c));
    if (!tape_.columns.empty())
      fail(t, "unknown name '" + t.text + "' (parameters: x, y; data columns: " + joined(tape_.columns) +
                  "; constants: pi, e; functions: " + functionList() + ")");
    fail(t, "unknown name '" + t.text + "' (variables: x, y; constants: pi, e; functions: " + functionList() +
                ")");
  }

  const std::vector<Token>& tokens_;
  Tape& tape_;
  std::size_t pos_ = 0;
  int depth_ = 0;
};

}  // namespace

bool parseFormula(std::string_view text, const std::vector<std::string>& columns, Tape& tape,
                  ParseError& error) {
  for (std::size_t c = 0; c < columns.size(); ++c) {
    std::string problem = columnNameProblem(columns, c);
    if (!problem.empty()) return error = {1, std::move(problem)}, false;
  }
  if (text.size() > kMaxFormulaLength) {
    error = {int(kMaxFormulaLength) + 1,
             "formula too long (limit " + std::to_string(kMaxFormulaLength) + " characters)"};
    return false;
  }
  std::vector<Token> tokens;
  if (!tokenize(text, tokens, error)) return false;
  tape = Tape{};
  tape.columns = columns;
  try {
    tape.result = Parser(tokens, tape).parseAll();
  } catch (const Failure& failure) {
    error = failure.error;
    return false;
  }
  tape.compact();
  return true;
}

}  // namespace lv::landscapes
