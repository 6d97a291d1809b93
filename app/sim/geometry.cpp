#include "app/sim/geometry.h"

#include <Eigen/Eigenvalues>

namespace lv::sim {

std::optional<LocalGeometry> geometryOfHessian(const optim::Mat2& hessian) {
  if (!hessian.allFinite()) return std::nullopt;
  // Mixed partials agree mathematically; averaging removes rounding asymmetry before a symmetric solve.
  const optim::Mat2 symmetric = 0.5 * (hessian + hessian.transpose());
  Eigen::SelfAdjointEigenSolver<optim::Mat2> solver;
  solver.computeDirect(symmetric);
  LocalGeometry g;
  g.minEigenvalue = solver.eigenvalues()(0);  // ascending
  g.maxEigenvalue = solver.eigenvalues()(1);
  g.minAxis = solver.eigenvectors().col(0).normalized();
  g.maxAxis = solver.eigenvectors().col(1).normalized();
  if (g.maxEigenvalue > 0) g.maxStableLr = 2.0 / g.maxEigenvalue;
  return g;
}

std::optional<LocalGeometry> localGeometry(const landscapes::Formula& formula, const optim::Vec2& point) {
  if (!point.allFinite()) return std::nullopt;
  return geometryOfHessian(formula.derivatives(point).hessian);
}

std::optional<LocalGeometry> runGeometry(const Run& run, const optim::Vec2& point) {
  if (!point.allFinite()) return std::nullopt;
  const landscapes::FiniteSum* data = run.gradientSource().data();
  return data ? geometryOfHessian(data->derivatives(point).hessian) : localGeometry(run.formula(), point);
}

}  // namespace lv::sim
