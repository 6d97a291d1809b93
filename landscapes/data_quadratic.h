// The closed form of a finite sum whose per-sample loss is a polynomial of degree at most 2 in the
// parameters (least squares: (x*u + y - t)^2): its mean over the rows is exactly the quadratic
//   f(p) = f(c) + ∇f(c)·d + ½ dᵀ H d,  d = p − c,
// whose value, gradient and Hessian at one centre c are row sums taken once. Every later value costs
// O(1) instead of O(rows): what lets 10 000-row data landscapes step and draw at interactive speed.
// The centre is the minimizer when H is positive definite, so the form has no cancellation where the
// loss is small (near the fit), the region a log colour scale magnifies.
#pragma once

#include "landscapes/formula.h"

#include <Eigen/Core>

#include <functional>
#include <optional>

namespace lv::landscapes {

class Tape;

/// f at `center` with its gradient and Hessian there: the whole quadratic.
struct QuadraticForm {
  Eigen::Vector2d center = Eigen::Vector2d::Zero();
  Derivatives at;  ///< value, gradient and Hessian at `center`

  double value(const Eigen::Vector2d& p) const;
  double valueAndGradient(const Eigen::Vector2d& p, Eigen::Vector2d& gradient) const;
  Derivatives derivatives(const Eigen::Vector2d& p) const;
};

/// Whether the tape's result is a polynomial of degree ≤ 2 in x and y, whatever the data columns
/// hold (columns, constants and functions of them only are degree 0). Conservative: a division by a
/// parameter, a function of a parameter or a non-integer power of one is "not quadratic".
bool isQuadraticInParameters(const Tape& tape);

/// The form of a quadratic finite sum from `sumAt` (the exact row-summed derivatives at a point):
/// taken at the origin, then re-taken at the minimizer when the Hessian is positive definite.
/// nullopt when a value is not finite (the caller keeps summing rows).
std::optional<QuadraticForm> quadraticForm(const std::function<Derivatives(const Eigen::Vector2d&)>& sumAt);

}  // namespace lv::landscapes
