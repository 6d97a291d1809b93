// Building the tape: constant folding, power rewriting, dead-code removal, and the plain-double
// semantics of every instruction.
#include "landscapes/tape.h"

#include <cmath>

namespace lv::landscapes {

double applyUnary(const Instr& instr, double u) {
  switch (instr.op) {
    case Op::Neg:
      return -u;
    case Op::PowInt:
      return intPower(u, instr.n);
    case Op::PowConst:
      return std::pow(u, instr.constant);
    case Op::Sin:
      return std::sin(u);
    case Op::Cos:
      return std::cos(u);
    case Op::Tan:
      return std::tan(u);
    case Op::Exp:
      return std::exp(u);
    case Op::Log:
      return std::log(u);
    case Op::Sqrt:
      return std::sqrt(u);
    case Op::Abs:
      return std::fabs(u);
    case Op::Tanh:
      return std::tanh(u);
    case Op::Sinh:
      return std::sinh(u);
    case Op::Cosh:
      return std::cosh(u);
    case Op::Atan:
      return std::atan(u);
    case Op::Asin:
      return std::asin(u);
    case Op::Acos:
      return std::acos(u);
    default:
      return u;
  }
}

double applyBinary(Op op, double a, double b) {
  switch (op) {
    case Op::Add:
      return a + b;
    case Op::Sub:
      return a - b;
    case Op::Mul:
      return a * b;
    case Op::Div:
      return a / b;
    case Op::Pow:
      return std::pow(a, b);
    case Op::Min:
      return b < a ? b : a;  // ties (and NaN in b) pick a; derivatives pick the same
    case Op::Max:
      return b > a ? b : a;
    case Op::Atan2:
      return std::atan2(a, b);
    default:
      return a;
  }
}

std::int32_t Tape::push(const Instr& instr) {
  code.push_back(instr);
  return std::int32_t(code.size() - 1);
}

std::int32_t Tape::emitConst(double c) {
  Instr instr;
  instr.op = Op::Const;
  instr.constant = c;
  return push(instr);
}

std::int32_t Tape::emitVariable(Op xOrY) {
  std::int32_t& cached = xOrY == Op::X ? x_ : y_;
  if (cached < 0) {
    Instr instr;
    instr.op = xOrY;
    cached = push(instr);
  }
  return cached;
}

std::int32_t Tape::emitUnary(Op op, std::int32_t a) {
  Instr instr;
  instr.op = op;
  instr.a = a;
  if (isConst(a)) return emitConst(applyUnary(instr, code[a].constant));
  return push(instr);
}

std::int32_t Tape::emitBinary(Op op, std::int32_t a, std::int32_t b) {
  if (isConst(a) && isConst(b)) return emitConst(applyBinary(op, code[a].constant, code[b].constant));
  Instr instr;
  instr.op = op;
  instr.a = a;
  instr.b = b;
  if (op == Op::Pow && isConst(b)) {
    // A constant exponent never needs d/db; small integers become products so that (-2)^3 = -8.
    const double c = code[b].constant;
    instr.op = Op::PowConst;
    instr.constant = c;
    if (c == std::round(c) && std::fabs(c) <= kMaxIntPower) {
      if (c == 1) return a;
      if (c == 0) return emitConst(1);  // matches std::pow(anything, 0) = 1
      instr.op = Op::PowInt;
      instr.n = int(c);
    }
  }
  return push(instr);
}

void Tape::compact() {
  std::vector<char> live(code.size(), 0);
  live[result] = 1;
  for (std::size_t i = code.size(); i-- > 0;) {
    if (!live[i]) continue;
    const Op op = code[i].op;
    if (isUnary(op) || isBinary(op)) live[code[i].a] = 1;
    if (isBinary(op)) live[code[i].b] = 1;
  }
  // Leaves first, in a fixed layout (x, y, then constants) so that evaluation can fill them in a
  // plain loop and dispatch only on real operations.
  std::vector<std::int32_t> renumbered(code.size(), -1);
  std::vector<Instr> kept(2);
  kept[0].op = Op::X;
  kept[1].op = Op::Y;
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (code[i].op == Op::X || code[i].op == Op::Y) renumbered[i] = code[i].op == Op::X ? 0 : 1;
    if (!live[i] || code[i].op != Op::Const) continue;
    renumbered[i] = std::int32_t(kept.size());
    kept.push_back(code[i]);
  }
  leafCount = std::int32_t(kept.size());
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (!live[i] || renumbered[i] >= 0) continue;
    Instr instr = code[i];
    if (isUnary(instr.op) || isBinary(instr.op)) instr.a = renumbered[instr.a];
    if (isBinary(instr.op)) instr.b = renumbered[instr.b];
    renumbered[i] = std::int32_t(kept.size());
    kept.push_back(instr);
  }
  result = renumbered[result];
  code = std::move(kept);
  x_ = y_ = -1;
}

}  // namespace lv::landscapes
