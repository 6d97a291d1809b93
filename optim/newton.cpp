// Newton direction: a 2×2 symmetric eigendecomposition (closed form, no heap) of the Hessian.
#include "optim/newton.h"

#include <Eigen/Eigenvalues>

#include <cmath>

namespace lv::optim {

Vec2 Newton::direction(double damping, const Vec2& grad, const Mat2& hessian) {
  if (!hessian.allFinite() || !grad.allFinite()) return grad;
  // Landscapes give a symmetric Hessian up to rounding; symmetrise so the solver's contract holds.
  const Mat2 symmetric = 0.5 * (hessian + hessian.transpose());
  Eigen::SelfAdjointEigenSolver<Mat2> solver;
  solver.computeDirect(symmetric);
  if (solver.info() != Eigen::Success) return grad;
  const Mat2& q = solver.eigenvectors();
  const Vec2 inBasis = q.transpose() * grad;
  Vec2 scaled;
  for (int i = 0; i < 2; ++i) scaled[i] = inBasis[i] / (std::abs(solver.eigenvalues()[i]) + damping);
  const Vec2 d = q * scaled;
  return d.allFinite() ? d : grad;
}

}  // namespace lv::optim
