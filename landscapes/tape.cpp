// Building the tape: constant folding, power rewriting, dead-code removal.
#include "landscapes/tape.h"

#include <cmath>

namespace lv::landscapes {

double applyOp(const Instr& instr, double a, double b) {
  switch (instr.op) {
    case Op::Neg:
      return -a;
    case Op::PowInt:
      return intPower(a, instr.n);
    case Op::PowConst:
      return std::pow(a, instr.constant);
    case Op::Add:
      return a + b;
    case Op::Sub:
      return a - b;
    case Op::Mul:
      return a * b;
    case Op::Div:
      return a / b;
    case Op::Call1:
      return kFunctions[instr.function].unary(a, 0).f;
    case Op::Call2:
      return kFunctions[instr.function].binary(a, b, 0).f;
    case Op::Const:
    case Op::X:
    case Op::Y:
    case Op::Column:
      break;
  }
  return instr.constant;
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

std::int32_t Tape::emitColumn(int column) {
  for (std::size_t i = 0; i < code.size(); ++i)
    if (code[i].op == Op::Column && code[i].n == column) return std::int32_t(i);
  Instr instr;
  instr.op = Op::Column;
  instr.n = column;
  return push(instr);
}

std::int32_t Tape::emitUnary(Op op, std::int32_t a) {
  Instr instr;
  instr.op = op;
  instr.a = a;
  if (isConst(a)) return emitConst(applyOp(instr, code[a].constant, 0));
  return push(instr);
}

std::int32_t Tape::emitBinary(Op op, std::int32_t a, std::int32_t b) {
  Instr instr;
  instr.op = op;
  instr.a = a;
  instr.b = b;
  if (isConst(a) && isConst(b)) return emitConst(applyOp(instr, code[a].constant, code[b].constant));
  return push(instr);
}

std::int32_t Tape::emitCall(int function, std::int32_t a, std::int32_t b) {
  Instr instr;
  instr.op = kFunctions[function].arity == 1 ? Op::Call1 : Op::Call2;
  instr.function = std::uint8_t(function);
  instr.a = a;
  instr.b = b;
  if (isConst(a) && (instr.op == Op::Call1 || isConst(b)))
    return emitConst(applyOp(instr, code[a].constant, instr.op == Op::Call2 ? code[b].constant : 0));
  if (function == kPowFunction && isConst(b)) {
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
    const int operands = operandCount(code[i].op);
    if (operands >= 1) live[code[i].a] = 1;
    if (operands >= 2) live[code[i].b] = 1;
  }
  // Leaves first, in a fixed layout (x, y, constants, columns) so that evaluation fills them in
  // plain loops and dispatches only on real operations.
  std::vector<std::int32_t> renumbered(code.size(), -1);
  std::vector<Instr> kept(2);
  kept[0].op = Op::X;
  kept[1].op = Op::Y;
  for (std::size_t i = 0; i < code.size(); ++i)
    if (code[i].op == Op::X || code[i].op == Op::Y) renumbered[i] = code[i].op == Op::X ? 0 : 1;
  for (Op leaf : {Op::Const, Op::Column}) {
    for (std::size_t i = 0; i < code.size(); ++i) {
      if (!live[i] || code[i].op != leaf) continue;
      renumbered[i] = std::int32_t(kept.size());
      kept.push_back(code[i]);
    }
    if (leaf == Op::Const) constantEnd = std::int32_t(kept.size());
  }
  leafCount = std::int32_t(kept.size());
  for (std::size_t i = 0; i < code.size(); ++i) {
    if (!live[i] || renumbered[i] >= 0) continue;
    Instr instr = code[i];
    const int operands = operandCount(instr.op);
    if (operands >= 1) instr.a = renumbered[instr.a];
    if (operands >= 2) instr.b = renumbered[instr.b];
    renumbered[i] = std::int32_t(kept.size());
    kept.push_back(instr);
  }
  result = renumbered[result];
  code = std::move(kept);
  x_ = y_ = -1;
}

}  // namespace lv::landscapes
