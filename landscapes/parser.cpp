// Recursive-descent formula parser. Grammar, loosest binding first:
//   expr    := term (('+' | '-') term)*
//   term    := unary (('*' | '/') unary)*
//   unary   := ('-' | '+') unary | power
//   power   := primary ('^' unary)?          right-associative; binds tighter than unary minus,
//                                             so -x^2 = -(x^2) while 2^-1 = 0.5
//   primary := number | x | y | pi | e | name '(' expr (',' expr)* ')' | '(' expr ')'
// Implicit multiplication (2x) is rejected with a column, never guessed.
#include "landscapes/parser.h"

#include "landscapes/lexer.h"

#include <cmath>
#include <vector>

namespace lv::landscapes {
namespace {

constexpr double kPi = 3.141592653589793238462643383279502884;
constexpr double kE = 2.718281828459045235360287471352662498;

struct FunctionInfo {
  const char* name;
  Op op;
  int arity;
};

constexpr FunctionInfo kFunctions[] = {
    {"sin", Op::Sin, 1},     {"cos", Op::Cos, 1},   {"tan", Op::Tan, 1},   {"exp", Op::Exp, 1},
    {"log", Op::Log, 1},     {"sqrt", Op::Sqrt, 1}, {"abs", Op::Abs, 1},   {"tanh", Op::Tanh, 1},
    {"sinh", Op::Sinh, 1},   {"cosh", Op::Cosh, 1}, {"atan", Op::Atan, 1}, {"asin", Op::Asin, 1},
    {"acos", Op::Acos, 1},   {"min", Op::Min, 2},   {"max", Op::Max, 2},   {"pow", Op::Pow, 2},
    {"atan2", Op::Atan2, 2},
};

const FunctionInfo* findFunction(const std::string& name) {
  for (const auto& f : kFunctions)
    if (name == f.name) return &f;
  return nullptr;
}

std::string functionList() {
  std::string list;
  for (const auto& f : kFunctions) list += (list.empty() ? "" : ", ") + std::string(f.name);
  return list;
}

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

  std::int32_t expr() {
    std::int32_t lhs = term();
    for (;;) {
      if (acceptOperator('+'))
        lhs = tape_.emitBinary(Op::Add, lhs, term());
      else if (acceptOperator('-'))
        lhs = tape_.emitBinary(Op::Sub, lhs, term());
      else
        return lhs;
    }
  }

  std::int32_t term() {
    std::int32_t lhs = unary();
    for (;;) {
      if (acceptOperator('*'))
        lhs = tape_.emitBinary(Op::Mul, lhs, unary());
      else if (acceptOperator('/'))
        lhs = tape_.emitBinary(Op::Div, lhs, unary());
      else
        return lhs;
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
    if (acceptOperator('^')) return tape_.emitBinary(Op::Pow, base, unary());
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
    const FunctionInfo* f = findFunction(t.text);
    if (peek().kind == TokenKind::LeftParen) {
      if (!f) fail(t, "unknown function '" + t.text + "' (functions: " + functionList() + ")");
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
      if (count != f->arity)
        fail(t, "'" + t.text + "' takes " + std::to_string(f->arity) + " argument" +
                    (f->arity == 1 ? "" : "s") + ", got " + std::to_string(count));
      return f->arity == 1 ? tape_.emitUnary(f->op, args[0]) : tape_.emitBinary(f->op, args[0], args[1]);
    }
    if (f) fail(t, "'" + t.text + "' is a function: write " + t.text + "(...)");
    fail(t, "unknown name '" + t.text + "' (variables: x, y; constants: pi, e; functions: " + functionList() +
                ")");
  }

  const std::vector<Token>& tokens_;
  Tape& tape_;
  std::size_t pos_ = 0;
  int depth_ = 0;
};

}  // namespace

bool parseFormula(std::string_view text, Tape& tape, ParseError& error) {
  if (text.size() > kMaxFormulaLength) {
    error = {int(kMaxFormulaLength) + 1,
             "formula too long (limit " + std::to_string(kMaxFormulaLength) + " characters)"};
    return false;
  }
  std::vector<Token> tokens;
  if (!tokenize(text, tokens, error)) return false;
  tape = Tape{};
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
