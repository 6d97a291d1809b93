// Evaluating the tape: one forward pass over the registers with plain doubles (value), Dual
// numbers (value + gradient: the optimizer hot path) or HyperDual numbers (+ Hessian).
// Registers live in a stack buffer for ordinary formulas (up to kStackRegisters instructions);
// longer ones use a per-thread scratch vector that grows once and is then reused, so evaluation
// does not allocate.
#include "landscapes/autodiff.h"
#include "landscapes/formula.h"
#include "landscapes/register_file.h"
#include "landscapes/tape.h"

#include <cmath>
#include <vector>

namespace lv::landscapes {
namespace {

constexpr std::size_t kStackRegisters = 256;

// g(u) and, for Order >= 1, g'(u) and, for Order 2, g''(u) of the unary op `op` (`c` and `n` are
// the exponents of PowConst and PowInt). f must equal applyUnary() exactly: same library calls.
template <Op op, int Order>
inline void scalarDerivatives(double u, double c, int n, double& f, double& f1, double& f2) {
  constexpr bool first = Order >= 1, second = Order >= 2;
  f1 = f2 = 0;
  if constexpr (op == Op::Neg) {
    f = -u, f1 = -1;
  } else if constexpr (op == Op::PowInt) {
    f = intPower(u, n);
    if constexpr (first) f1 = n == 0 ? 0.0 : n * intPower(u, n - 1);
    if constexpr (second) f2 = n * (n - 1) == 0 ? 0.0 : n * (n - 1) * intPower(u, n - 2);
  } else if constexpr (op == Op::PowConst) {
    f = std::pow(u, c);
    if constexpr (first) f1 = c * std::pow(u, c - 1);
    if constexpr (second) f2 = c * (c - 1) * std::pow(u, c - 2);
  } else if constexpr (op == Op::Sin) {
    f = std::sin(u);
    if constexpr (first) f1 = std::cos(u), f2 = -f;
  } else if constexpr (op == Op::Cos) {
    f = std::cos(u);
    if constexpr (first) f1 = -std::sin(u), f2 = -f;
  } else if constexpr (op == Op::Tan) {
    f = std::tan(u), f1 = 1 + f * f, f2 = 2 * f * f1;
  } else if constexpr (op == Op::Exp) {
    f = f1 = f2 = std::exp(u);
  } else if constexpr (op == Op::Log) {
    f = std::log(u), f1 = 1 / u, f2 = -f1 * f1;
  } else if constexpr (op == Op::Sqrt) {
    f = std::sqrt(u), f1 = 0.5 / f, f2 = -0.25 / (f * u);  // ±inf at u = 0: see autodiff.h
  } else if constexpr (op == Op::Abs) {
    f = std::fabs(u), f1 = u > 0 ? 1.0 : u < 0 ? -1.0 : 0.0;
  } else if constexpr (op == Op::Tanh) {
    f = std::tanh(u), f1 = 1 - f * f, f2 = -2 * f * f1;
  } else if constexpr (op == Op::Sinh || op == Op::Cosh) {
    f = op == Op::Sinh ? std::sinh(u) : std::cosh(u);
    if constexpr (first) f1 = op == Op::Sinh ? std::cosh(u) : std::sinh(u), f2 = f;
  } else if constexpr (op == Op::Atan) {
    f = std::atan(u), f1 = 1 / (1 + u * u), f2 = -2 * u * f1 * f1;
  } else if constexpr (op == Op::Asin || op == Op::Acos) {
    constexpr double sign = op == Op::Asin ? 1.0 : -1.0;
    f = op == Op::Asin ? std::asin(u) : std::acos(u);
    if constexpr (first) {
      const double s = 1 - u * u;
      f1 = sign / std::sqrt(s), f2 = sign * u / (s * std::sqrt(s));
    }
  } else {
    static_assert(op == Op::Neg, "not a unary op");
  }
}

// ---- the three number types share one interpreter through these overloads ----

inline double constant(double c, double*) { return c; }
inline Dual constant(double c, Dual*) { return {c, 0, 0}; }
inline HyperDual constant(double c, HyperDual*) { return {c, 0, 0, 0, 0, 0}; }

template <Op op>
inline double unary(const Instr& in, double u) {
  double f, f1, f2;
  scalarDerivatives<op, 0>(u, in.constant, in.n, f, f1, f2);
  return f;
}
template <Op op>
inline Dual unary(const Instr& in, const Dual& u) {
  double f, f1, f2;
  scalarDerivatives<op, 1>(u.v, in.constant, in.n, f, f1, f2);
  return chain(u, f, f1);
}
template <Op op>
inline HyperDual unary(const Instr& in, const HyperDual& u) {
  double f, f1, f2;
  scalarDerivatives<op, 2>(u.v, in.constant, in.n, f, f1, f2);
  return chain(u, f, f1, f2);
}

// Lets generic code pass a second derivative that first-order numbers ignore.
inline Dual chain(const Dual& u, double f, double f1, double) { return chain(u, f, f1); }

inline double divide(double a, double b) { return a / b; }
template <class T>
inline T divide(const T& a, const T& b) {
  const double r = 1 / b.v;
  T q = a * chain(b, r, -r * r, 2 * r * r * r);
  q.v = a.v / b.v;  // keep the value identical to value()
  return q;
}

inline double power(double a, double b) { return std::pow(a, b); }
template <class T>
inline T power(const T& a, const T& b) {
  // a^b = exp(b·log a): differentiable in both; only reached when the exponent is not constant.
  const double la = std::log(a.v);
  const T logA = chain(a, la, 1 / a.v, -1 / (a.v * a.v));
  const T product = b * logA;
  const double p = std::pow(a.v, b.v);
  T result = chain(product, p, p, p);
  result.v = p;
  return result;
}

inline double arcTangent2(double a, double b) { return std::atan2(a, b); }
inline Dual arcTangent2(const Dual& a, const Dual& b) {
  const double r2 = a.v * a.v + b.v * b.v;
  return {std::atan2(a.v, b.v), (b.v * a.dx - a.v * b.dx) / r2, (b.v * a.dy - a.v * b.dy) / r2};
}
inline HyperDual arcTangent2(const HyperDual& a, const HyperDual& b) {
  // g = atan2(a, b), ∂g = (b∂a − a∂b)/r², r² = a² + b²; differentiate the quotient once more.
  const double r2 = a.v * a.v + b.v * b.v;
  const double ga[2] = {a.dx, a.dy}, gb[2] = {b.dx, b.dy};
  const double ha[3] = {a.dxx, a.dxy, a.dyy}, hb[3] = {b.dxx, b.dxy, b.dyy};
  double num[2], dr2[2];
  for (int i = 0; i < 2; ++i) num[i] = b.v * ga[i] - a.v * gb[i], dr2[i] = 2 * (a.v * ga[i] + b.v * gb[i]);
  const int pairs[3][2] = {{0, 0}, {0, 1}, {1, 1}};
  double h[3];
  for (int k = 0; k < 3; ++k) {
    const int i = pairs[k][0], j = pairs[k][1];
    const double dNum = gb[j] * ga[i] + b.v * ha[k] - ga[j] * gb[i] - a.v * hb[k];
    h[k] = (dNum * r2 - num[i] * dr2[j]) / (r2 * r2);
  }
  return {std::atan2(a.v, b.v), num[0] / r2, num[1] / r2, h[0], h[1], h[2]};
}

inline double value(double v) { return v; }
template <class T>
inline double value(const T& t) {
  return t.v;
}

inline double seed(double v, int, double*) { return v; }
inline Dual seed(double v, int variable, Dual*) {
  return {v, variable == 0 ? 1.0 : 0.0, variable == 1 ? 1.0 : 0.0};
}
inline HyperDual seed(double v, int variable, HyperDual*) {
  return {v, variable == 0 ? 1.0 : 0.0, variable == 1 ? 1.0 : 0.0, 0, 0, 0};
}

// Evaluates the tape at (x, y) and calls sink(result) with the result register.
template <class T, class Sink>
void run(const Tape& tape, double x, double y, Sink&& sink) {
  constexpr std::size_t kLanes = RegisterFile<T>::kLanes;
  double stackStorage[kLanes * kStackRegisters];
  const std::size_t count = tape.code.size();
  std::size_t stride = kStackRegisters;
  double* storage = stackStorage;
  if (count > kStackRegisters) {
    thread_local std::vector<double> heap;
    if (heap.size() < kLanes * count) heap.resize(kLanes * count);
    storage = heap.data();
    stride = count;
  }
  RegisterFile<T> r(storage, stride);
  const Instr* code = tape.code.data();
  r.set(0, seed(x, 0, static_cast<T*>(nullptr)));
  r.set(1, seed(y, 1, static_cast<T*>(nullptr)));
  const std::size_t leafCount = std::size_t(tape.leafCount);
  for (std::size_t i = 2; i < leafCount; ++i) r.set(i, constant(code[i].constant, static_cast<T*>(nullptr)));
  for (std::size_t i = leafCount; i < count; ++i) {
    const Instr& in = code[i];
    switch (in.op) {
      case Op::Const:
      case Op::X:
      case Op::Y:
        break;  // leaves were filled above
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
      case Op::Pow:
        r.set(i, power(r.get(in.a), r.get(in.b)));
        break;
      // Same comparisons as applyBinary(): derivatives follow the branch the value took.
      case Op::Min: {
        const T a = r.get(in.a), b = r.get(in.b);
        r.set(i, value(b) < value(a) ? b : a);
        break;
      }
      case Op::Max: {
        const T a = r.get(in.a), b = r.get(in.b);
        r.set(i, value(b) > value(a) ? b : a);
        break;
      }
      case Op::Atan2:
        r.set(i, arcTangent2(r.get(in.a), r.get(in.b)));
        break;
      // x² is the commonest power: the product rule is exact and cheaper than the chain rule.
      case Op::PowInt: {
        const T a = r.get(in.a);
        r.set(i, in.n == 2 ? a * a : unary<Op::PowInt>(in, a));
        break;
      }
      case Op::Neg:
        r.set(i, unary<Op::Neg>(in, r.get(in.a)));
        break;
      case Op::PowConst:
        r.set(i, unary<Op::PowConst>(in, r.get(in.a)));
        break;
      case Op::Sin:
        r.set(i, unary<Op::Sin>(in, r.get(in.a)));
        break;
      case Op::Cos:
        r.set(i, unary<Op::Cos>(in, r.get(in.a)));
        break;
      case Op::Tan:
        r.set(i, unary<Op::Tan>(in, r.get(in.a)));
        break;
      case Op::Exp:
        r.set(i, unary<Op::Exp>(in, r.get(in.a)));
        break;
      case Op::Log:
        r.set(i, unary<Op::Log>(in, r.get(in.a)));
        break;
      case Op::Sqrt:
        r.set(i, unary<Op::Sqrt>(in, r.get(in.a)));
        break;
      case Op::Abs:
        r.set(i, unary<Op::Abs>(in, r.get(in.a)));
        break;
      case Op::Tanh:
        r.set(i, unary<Op::Tanh>(in, r.get(in.a)));
        break;
      case Op::Sinh:
        r.set(i, unary<Op::Sinh>(in, r.get(in.a)));
        break;
      case Op::Cosh:
        r.set(i, unary<Op::Cosh>(in, r.get(in.a)));
        break;
      case Op::Atan:
        r.set(i, unary<Op::Atan>(in, r.get(in.a)));
        break;
      case Op::Asin:
        r.set(i, unary<Op::Asin>(in, r.get(in.a)));
        break;
      case Op::Acos:
        r.set(i, unary<Op::Acos>(in, r.get(in.a)));
        break;
    }
  }
  sink(r.get(tape.result));
}

}  // namespace

double Formula::value(const Eigen::Vector2d& p) const {
  double value = 0;
  run<double>(*tape_, p.x(), p.y(), [&](double f) { value = f; });
  return value;
}

double Formula::valueAndGradient(const Eigen::Vector2d& p, Eigen::Vector2d& gradient) const {
  double value = 0;
  run<Dual>(*tape_, p.x(), p.y(), [&](const Dual& f) {
    value = f.v;
    gradient = Eigen::Vector2d(f.dx, f.dy);
  });
  return value;
}

Derivatives Formula::derivatives(const Eigen::Vector2d& p) const {
  Derivatives d;
  run<HyperDual>(*tape_, p.x(), p.y(), [&](const HyperDual& f) {
    d.value = f.v;
    d.gradient = Eigen::Vector2d(f.dx, f.dy);
    d.hessian << f.dxx, f.dxy, f.dxy, f.dyy;
  });
  return d;
}

}  // namespace lv::landscapes
