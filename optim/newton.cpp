// Newton direction: a 2×2 symmetric eigendecomposition (closed form, no heap) of the Hessian.
#include "optim/newton.h"

#include <Eigen/Eigenvalues>

#include <cmath>

namespace lv::optim {

Vec2 Newton::direction(double damping, const Vec2& grad, const Mat2& hessian, StepTerms& terms) {
  terms = {{"gradient_fallback", 1.0}, {"d", grad}};
  if (!hessian.allFinite() || !grad.allFinite()) return grad;
  // Landscapes give a symmetric Hessian up to rounding; symmetrise so the solver's contract holds.
  const Mat2 symmetric = 0.5 * (hessian + hessian.transpose());
  Eigen::SelfAdjointEigenSolver<Mat2> solver;
  solver.computeDirect(symmetric);
  if (solver.info() != Eigen::Success) return grad;
  const Mat2& q = solver.eigenvectors();
  const Vec2 shifted = solver.eigenvalues().cwiseAbs() + Vec2::Constant(damping);
  const Vec2 d = q * (q.transpose() * grad).cwiseQuotient(shifted);
  if (!d.allFinite()) return grad;
  terms = {{"lambda", solver.eigenvalues()}, {"|lambda|+damping", shifted}, {"d", d}};
  return d;
}

}  // namespace lv::optim
