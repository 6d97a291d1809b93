// Private: the compiled form of a formula. A flat SSA program: instruction i writes register i and
// reads only earlier registers, so evaluation is one forward pass with no recursion.
#pragma once

#include "landscapes/functions.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lv::landscapes {

enum class Op : std::uint8_t {
  // leaves
  Const,
  X,
  Y,
  Column,  // the data column `n` of the current row
  // operators
  Neg,       // -a
  PowInt,    // a^n, n a small integer constant
  PowConst,  // a^constant
  Add,
  Sub,
  Mul,
  Div,
  // functions of kFunctions, by index `function`
  Call1,
  Call2,
};

/// How many operands (registers a, then b) an op reads: 0 for leaves.
constexpr int operandCount(Op op) {
  switch (op) {
    case Op::Const:
    case Op::X:
    case Op::Y:
    case Op::Column:
      return 0;
    case Op::Neg:
    case Op::PowInt:
    case Op::PowConst:
    case Op::Call1:
      return 1;
    case Op::Add:
    case Op::Sub:
    case Op::Mul:
    case Op::Div:
    case Op::Call2:
      return 2;
  }
  return 0;
}

/// One instruction. `a`, `b` index earlier registers; `constant` is the value of Const and the
/// exponent of PowConst; `n` is the exponent of PowInt (|n| <= kMaxIntPower) and the column of
/// Column; `function` indexes kFunctions for Call1/Call2.
struct Instr {
  Op op = Op::Const;
  std::uint8_t function = 0;
  std::int32_t a = 0, b = 0;
  std::int32_t n = 0;
  double constant = 0;
};

/// Largest |n| for which x^n is computed by repeated multiplication (exact for negative x).
constexpr int kMaxIntPower = 16;

class Tape {
 public:
  std::vector<Instr> code;  // SSA: code[i] defines register i
  std::int32_t result = 0;  // register holding f(x, y)
  /// After compact(): registers [0, 2) are x and y, [2, constantEnd) constants, [constantEnd,
  /// leafCount) data columns; the rest are operations.
  std::int32_t constantEnd = 2;
  std::int32_t leafCount = 2;
  /// Names of the data columns a row holds, in row order (empty for a plain formula).
  std::vector<std::string> columns;

  /// Appends an instruction, folding it to a constant when all its operands are constants, and
  /// rewriting constant exponents (x^2 → PowInt). Returns the register it defines.
  std::int32_t emitConst(double c);
  std::int32_t emitVariable(Op xOrY);
  std::int32_t emitColumn(int column);
  std::int32_t emitUnary(Op op, std::int32_t a);
  std::int32_t emitBinary(Op op, std::int32_t a, std::int32_t b);
  std::int32_t emitCall(int function, std::int32_t a, std::int32_t b);

  /// Drops instructions the result does not depend on (left behind by folding) and renumbers into
  /// the layout described at `leafCount`.
  void compact();

 private:
  std::int32_t push(const Instr& instr);
  bool isConst(std::int32_t r) const { return code[r].op == Op::Const; }
  std::int32_t x_ = -1, y_ = -1;
};

/// x^n by repeated squaring; exact sign for negative x. n may be negative.
inline double intPower(double x, int n) {
  unsigned m = n < 0 ? unsigned(-n) : unsigned(n);
  double result = 1, base = x;
  while (m) {
    if (m & 1u) result *= base;
    m >>= 1u;
    if (m) base *= base;
  }
  return n < 0 ? 1 / result : result;
}

/// The plain-double meaning of an operation on constant operands (constant folding uses it; the
/// evaluator computes the same values, so folded and unfolded formulas agree bit for bit).
double applyOp(const Instr& instr, double a, double b);

}  // namespace lv::landscapes
