// Private: forward-mode number types for exact derivatives in two variables.
//   Dual       carries f and ∇f            (first order)
//   HyperDual  carries f, ∇f and the Hessian (second order; symmetric, so three entries)
// Every elementary function g is applied through its scalar derivatives g(u), g'(u), g''(u) by
// the chain rule:  ∂g = g'·∂u,  ∂²g = g''·∂u∂uᵀ + g'·∂²u.
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
