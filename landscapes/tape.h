// Private: the compiled form of a formula. A flat SSA program: instruction i writes register i and
// reads only earlier registers, so evaluation is one forward pass with no recursion.
#pragma once

#include <cstdint>
#include <vector>

namespace lv::landscapes {

enum class Op : std::uint8_t {
  // leaves
  Const,
  X,
  Y,
  // unary (operand a)
  Neg,
  PowInt,
  PowConst,
  Sin,
  Cos,
  Tan,
  Exp,
  Log,
  Sqrt,
  Abs,
  Tanh,
  Sinh,
  Cosh,
  Atan,
  Asin,
  Acos,
  // binary (operands a, b)
  Add,
  Sub,
  Mul,
  Div,
  Pow,
  Min,
  Max,
  Atan2,
};

/// True for ops that read operand `a` only.
constexpr bool isUnary(Op op) { return op >= Op::Neg && op <= Op::Acos; }
/// True for ops that read operands `a` and `b`.
constexpr bool isBinary(Op op) { return op >= Op::Add; }

/// One instruction. `a`, `b` index earlier registers; `constant` is the value of Const and the
/// exponent of PowConst; `n` is the exponent of PowInt (|n| <= kMaxIntPower).
struct Instr {
  Op op = Op::Const;
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
  /// After compact(): registers [0, leafCount) are x (0), y (1) and constants; the rest are ops.
  std::int32_t leafCount = 0;

  /// Appends an instruction, folding it to a constant when all its operands are constants, and
  /// rewriting constant exponents (x^2 → PowInt). Returns the register it defines.
  std::int32_t emitConst(double c);
  std::int32_t emitVariable(Op xOrY);
  std::int32_t emitUnary(Op op, std::int32_t a);
  std::int32_t emitBinary(Op op, std::int32_t a, std::int32_t b);

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

/// The plain-double meaning of every op (used by evaluation and by constant folding alike, so
/// folded and unfolded formulas agree bit for bit).
double applyUnary(const Instr& instr, double u);
double applyBinary(Op op, double a, double b);

}  // namespace lv::landscapes
