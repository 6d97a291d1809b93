// Private: forward-mode number types for exact derivatives in two variables.
//   Dual       carries f and ∇f            (first order)
//   HyperDual  carries f, ∇f and the Hessian (second order; symmetric, so three entries)
// Every elementary function g is applied through its scalar derivatives g(u), g'(u), g''(u) by
// the chain rule:  ∂g = g'·∂u,  ∂²g = g''·∂u∂uᵀ + g'·∂²u  (and likewise with partials in two
// operands for binary functions).
//
// Convention: where g' or g'' is infinite (sqrt at 0, as at the tip of Ackley's cone) a term whose
// inner derivative is exactly zero stays zero instead of becoming inf·0 = NaN. So the gradient of
// sqrt(x^2+y^2) at the origin is (0, 0) — a valid subgradient — rather than NaN.
#pragma once

#include <cmath>

namespace lv::landscapes {

struct Dual {
  double v, dx, dy;
};

struct HyperDual {
  double v, dx, dy, dxx, dxy, dyy;
};

namespace detail {
/// a·d, except that 0 stays 0 even when a is infinite or NaN.
inline double scaleKeepingZero(double a, double d) { return d == 0 ? 0.0 : a * d; }
/// c·d, except that it is 0 when either factor is 0 (whatever the other one is).
inline double term(double c, double d) { return c == 0 || d == 0 ? 0.0 : c * d; }
}  // namespace detail

/// g(u) for g with value f and derivative f1 at u.v.
inline Dual chain(const Dual& u, double f, double f1) {
  if (std::isfinite(f1)) return {f, f1 * u.dx, f1 * u.dy};
  return {f, detail::scaleKeepingZero(f1, u.dx), detail::scaleKeepingZero(f1, u.dy)};
}

/// g(u) for g with value f, derivative f1 and second derivative f2 at u.v.
inline HyperDual chain(const HyperDual& u, double f, double f1, double f2) {
  if (std::isfinite(f1) && std::isfinite(f2))
    return {f,
            f1 * u.dx,
            f1 * u.dy,
            f2 * u.dx * u.dx + f1 * u.dxx,
            f2 * u.dx * u.dy + f1 * u.dxy,
            f2 * u.dy * u.dy + f1 * u.dyy};
  using detail::scaleKeepingZero;
  return {f,
          scaleKeepingZero(f1, u.dx),
          scaleKeepingZero(f1, u.dy),
          scaleKeepingZero(f2, u.dx * u.dx) + scaleKeepingZero(f1, u.dxx),
          scaleKeepingZero(f2, u.dx * u.dy) + scaleKeepingZero(f1, u.dxy),
          scaleKeepingZero(f2, u.dy * u.dy) + scaleKeepingZero(f1, u.dyy)};
}

/// g(a, b) for g with value f and partial derivatives fa, fb. A zero coefficient or a zero inner
/// derivative makes its term zero, so min/max select a branch exactly even beside an infinity.
inline Dual chain(const Dual& a, const Dual& b, double f, double fa, double fb) {
  using detail::term;
  return {f, term(fa, a.dx) + term(fb, b.dx), term(fa, a.dy) + term(fb, b.dy)};
}

/// g(a, b) with second partials faa, fab, fbb: ∂²g = faa·∂a∂aᵀ + fab·(∂a∂bᵀ + ∂b∂aᵀ) + fbb·∂b∂bᵀ
/// + fa·∂²a + fb·∂²b.
inline HyperDual chain(const HyperDual& a, const HyperDual& b, double f, double fa, double fb, double faa,
                       double fab, double fbb) {
  using detail::term;
  const auto second = [&](double ai, double aj, double bi, double bj, double aij, double bij) {
    return term(faa, ai * aj) + term(fab, ai * bj + bi * aj) + term(fbb, bi * bj) + term(fa, aij) +
           term(fb, bij);
  };
  return {f,
          term(fa, a.dx) + term(fb, b.dx),
          term(fa, a.dy) + term(fb, b.dy),
          second(a.dx, a.dx, b.dx, b.dx, a.dxx, b.dxx),
          second(a.dx, a.dy, b.dx, b.dy, a.dxy, b.dxy),
          second(a.dy, a.dy, b.dy, b.dy, a.dyy, b.dyy)};
}

inline Dual operator+(const Dual& a, const Dual& b) { return {a.v + b.v, a.dx + b.dx, a.dy + b.dy}; }
inline Dual operator-(const Dual& a, const Dual& b) { return {a.v - b.v, a.dx - b.dx, a.dy - b.dy}; }
inline Dual operator*(const Dual& a, const Dual& b) {
  return {a.v * b.v, a.dx * b.v + a.v * b.dx, a.dy * b.v + a.v * b.dy};
}

inline HyperDual operator+(const HyperDual& a, const HyperDual& b) {
  return {a.v + b.v, a.dx + b.dx, a.dy + b.dy, a.dxx + b.dxx, a.dxy + b.dxy, a.dyy + b.dyy};
}
inline HyperDual operator-(const HyperDual& a, const HyperDual& b) {
  return {a.v - b.v, a.dx - b.dx, a.dy - b.dy, a.dxx - b.dxx, a.dxy - b.dxy, a.dyy - b.dyy};
}
inline HyperDual operator*(const HyperDual& a, const HyperDual& b) {
  return {a.v * b.v,
          a.dx * b.v + a.v * b.dx,
          a.dy * b.v + a.v * b.dy,
          a.dxx * b.v + 2 * a.dx * b.dx + a.v * b.dxx,
          a.dxy * b.v + a.dx * b.dy + a.dy * b.dx + a.v * b.dxy,
          a.dyy * b.v + 2 * a.dy * b.dy + a.v * b.dyy};
}

}  // namespace lv::landscapes
