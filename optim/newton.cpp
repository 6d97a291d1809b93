// Newton direction: a 2×2 symmetric eigendecomposition (closed form, no heap) of the Hessian.
#include "optim/newton.h"

#include <Eigen/Eigenvalues>

#include <cmath>

namespace lv::optim {

Newton::Terms Newton::solve(double damping, const Vec2& grad, const Mat2& hessian) {
  Terms fallback;
  fallback.d = grad;
  if (!hessian.allFinite() || !grad.allFinite()) return fallback;
  // Landscapes give a symmetric Hessian up to rounding; symmetrise so the solver's contract holds.
  const Mat2 symmetric = 0.5 * (hessian + hessian.transpose());
  Eigen::SelfAdjointEigenSolver<Mat2> solver;
  solver.computeDirect(symmetric);
  if (solver.info() != Eigen::Success) return fallback;
  const Mat2& q = solver.eigenvectors();
  Terms t;
  t.lambda = solver.eigenvalues();
  t.shifted = t.lambda.cwiseAbs() + Vec2::Constant(damping);
  t.d = q * (q.transpose() * grad).cwiseQuotient(t.shifted);
  t.solved = t.d.allFinite();
  return t.solved ? t : fallback;
}

}  // namespace lv::optim
