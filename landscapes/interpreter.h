// Private: the tape interpreter, one forward pass over the registers with plain doubles (value),
// Dual numbers (value + gradient: the optimizer hot path) or HyperDual numbers (+ Hessian).
// Registers live in the interpreter (on the caller's stack) for ordinary formulas, up to
// kStackRegisters instructions; longer ones use a per-thread scratch vector that grows once and is
// then reused, so evaluation does not allocate. A data formula is evaluated row after row by
// loading each row's columns and running the operations again: x, y and constants stay loaded.
#pragma once

#include "landscapes/autodiff.h"
#include "landscapes/register_file.h"
#include "landscapes/tape.h"

#include <cmath>
#include <utility>
#include <vector>

namespace lv::landscapes {
namespace interpret {

inline double constant(double c, double*) { return c; }
inline Dual constant(double c, Dual*) { return {c, 0, 0}; }
inline HyperDual constant(double c, HyperDual*) { return {c, 0, 0, 0, 0, 0}; }

inline double seed(double v, int, double*) { return v; }
inline Dual seed(double v, int variable, Dual*) {
  return {v, variable == 0 ? 1.0 : 0.0, variable == 1 ? 1.0 : 0.0};
}
inline HyperDual seed(double v, int variable, HyperDual*) {
  return {v, variable == 0 ? 1.0 : 0.0, variable == 1 ? 1.0 : 0.0, 0, 0, 0};
}

// A function of kFunctions applied through its partial derivatives (only as many as T carries).
inline double call(UnaryRule rule, double u) { return rule(u, 0).f; }
inline Dual call(UnaryRule rule, const Dual& u) {
  const UnaryPartials g = rule(u.v, 1);
  return chain(u, g.f, g.d1);
}
inline HyperDual call(UnaryRule rule, const HyperDual& u) {
  const UnaryPartials g = rule(u.v, 2);
  return chain(u, g.f, g.d1, g.d2);
}
inline double call(BinaryRule rule, double a, double b) { return rule(a, b, 0).f; }
inline Dual call(BinaryRule rule, const Dual& a, const Dual& b) {
  const BinaryPartials g = rule(a.v, b.v, 1);
  return chain(a, b, g.f, g.da, g.db);
}
inline HyperDual call(BinaryRule rule, const HyperDual& a, const HyperDual& b) {
  const BinaryPartials g = rule(a.v, b.v, 2);
  return chain(a, b, g.f, g.da, g.db, g.daa, g.dab, g.dbb);
}

// kFunctions[fn] on T, dispatched at compile time so that each row's rule is inlined (a call
// through the table's function pointer costs a tenth of a formula like Ackley's).
template <std::size_t I, class T>
inline bool callIf(int fn, const T& a, const T& b, T& result) {
  if (fn != int(I)) return false;
  if constexpr (kFunctions[I].arity == 1)
    result = call(kFunctions[I].unary, a);
  else
    result = call(kFunctions[I].binary, a, b);
  return true;
}
template <class T, std::size_t... I>
inline T callFunction(int fn, const T& a, const T& b, std::index_sequence<I...>) {
  T result{};
  (void)(callIf<I>(fn, a, b, result) || ...);
  return result;
}
template <class T>
inline T callFunction(int fn, const T& a, const T& b) {
  return callFunction(fn, a, b, std::make_index_sequence<std::size_t(kFunctionCount)>());
}

// The operators' scalar derivatives; f must equal applyOp() exactly (same operations).
template <int Order>
inline UnaryPartials powerPartials(const Instr& in, double u) {
  UnaryPartials g;
  if (in.op == Op::PowInt) {
    const int n = in.n;
    g.f = intPower(u, n);
    if (Order >= 1) g.d1 = n == 0 ? 0.0 : n * intPower(u, n - 1);
    if (Order >= 2) g.d2 = n * (n - 1) == 0 ? 0.0 : n * (n - 1) * intPower(u, n - 2);
  } else {
    const double c = in.constant;
    g.f = std::pow(u, c);
    if (Order >= 1) g.d1 = c * std::pow(u, c - 1);
    if (Order >= 2) g.d2 = c * (c - 1) * std::pow(u, c - 2);
  }
  return g;
}
inline double power(const Instr& in, double u) { return powerPartials<0>(in, u).f; }
inline Dual power(const Instr& in, const Dual& u) {
  if (in.n == 2 && in.op == Op::PowInt) return u * u;  // the commonest power: the product rule is exact
  const UnaryPartials g = powerPartials<1>(in, u.v);
  return chain(u, g.f, g.d1);
}
inline HyperDual power(const Instr& in, const HyperDual& u) {
  if (in.n == 2 && in.op == Op::PowInt) return u * u;
  const UnaryPartials g = powerPartials<2>(in, u.v);
  return chain(u, g.f, g.d1, g.d2);
}

// Lets divide() pass a second derivative that first-order numbers ignore.
inline Dual chain(const Dual& u, double f, double f1, double) { return chain(u, f, f1); }

inline double divide(double a, double b) { return a / b; }
template <class T>
inline T divide(const T& a, const T& b) {
  const double r = 1 / b.v;
  T q = a * chain(b, r, -r * r, 2 * r * r * r);
  q.v = a.v / b.v;  // keep the value identical to value()
  return q;
}

inline Dual negate(const Dual& u) { return {-u.v, -u.dx, -u.dy}; }
inline HyperDual negate(const HyperDual& u) { return {-u.v, -u.dx, -u.dy, -u.dxx, -u.dxy, -u.dyy}; }
inline double negate(double u) { return -u; }

}  // namespace interpret

constexpr std::size_t kStackRegisters = 256;

/// Evaluates one tape at one point (x, y), then at any number of rows. Not reentrant per thread for
/// tapes longer than kStackRegisters (they share the thread's scratch registers).
template <class T>
class Interpreter {
 public:
  Interpreter(const Tape& tape, double x, double y) : tape_(tape), registers_(storage(tape), stride(tape)) {
    using namespace interpret;
    registers_.set(0, seed(x, 0, static_cast<T*>(nullptr)));
    registers_.set(1, seed(y, 1, static_cast<T*>(nullptr)));
    const Instr* code = tape.code.data();
    for (std::int32_t i = 2; i < tape.constantEnd; ++i)
      registers_.set(std::size_t(i), constant(code[i].constant, static_cast<T*>(nullptr)));
  }

  /// Loads the data columns of one row (row[n] for the column n); skip for plain formulas.
  void loadRow(const double* row) {
    const Instr* code = tape_.code.data();
    for (std::int32_t i = tape_.constantEnd; i < tape_.leafCount; ++i)
      registers_.set(std::size_t(i), interpret::constant(row[code[i].n], static_cast<T*>(nullptr)));
  }

  /// Runs the operations and returns the result register.
  [[gnu::flatten]] T run() {
    using namespace interpret;
    RegisterFile<T>& r = registers_;
    const Instr* code = tape_.code.data();
    const std::size_t count = tape_.code.size();
    for (std::size_t i = std::size_t(tape_.leafCount); i < count; ++i) {
      const Instr& in = code[i];
      switch (in.op) {
        case Op::Const:
        case Op::X:
        case Op::Y:
        case Op::Column:
          break;  // leaves were filled before
        case Op::Add:
          r.set(i, r.get(in.a) + r.get(in.b));
          break;
        case Op::Sub:
          r.set(i, r.get(in.a) - r.get(in.b));
          break;
        case Op::Mul:
          r.set(i, r.get(in.a) * r.get(in.b));
          break;
        case Op::Div:
          r.set(i, divide(r.get(in.a), r.get(in.b)));
          break;
        case Op::Neg:
          r.set(i, negate(r.get(in.a)));
          break;
        case Op::PowInt:
        case Op::PowConst:
          r.set(i, power(in, r.get(in.a)));
          break;
        case Op::Call1: {
          const T a = r.get(in.a);
          r.set(i, callFunction(in.function, a, a));
          break;
        }
        case Op::Call2:
          r.set(i, callFunction(in.function, r.get(in.a), r.get(in.b)));
          break;
      }
    }
    return r.get(tape_.result);
  }

 private:
  static constexpr std::size_t kLanes = RegisterFile<T>::kLanes;
  static std::size_t stride(const Tape& tape) {
    return tape.code.size() > kStackRegisters ? tape.code.size() : kStackRegisters;
  }
  double* storage(const Tape& tape) {
    if (tape.code.size() <= kStackRegisters) return stack_;
    thread_local std::vector<double> heap;
    if (heap.size() < kLanes * tape.code.size()) heap.resize(kLanes * tape.code.size());
    return heap.data();
  }

  const Tape& tape_;
  double stack_[kLanes * kStackRegisters];
  RegisterFile<T> registers_;
};

}  // namespace lv::landscapes
