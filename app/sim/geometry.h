// Local geometry of a landscape at a point: the exact Hessian's eigen-decomposition and what it says
// about plain gradient descent there. Headless: the CLI's `trace --geometry` and the window's
// explainer both read it.
#pragma once

#include "app/sim/run.h"
#include "landscapes/formula.h"
#include "optim/types.h"

#include <optional>

namespace lv::sim {

/// The Hessian H of f at a point, decomposed: H = λ_min·u_min·u_minᵀ + λ_max·u_max·u_maxᵀ.
struct LocalGeometry {
  double minEigenvalue = 0;
  double maxEigenvalue = 0;
  optim::Vec2 minAxis{1, 0};  // unit eigenvector of minEigenvalue
  optim::Vec2 maxAxis{0, 1};  // unit eigenvector of maxEigenvalue, orthogonal to minAxis
  /// The largest lr for which gradient descent is stable on the quadratic model here: 2/λ_max; nullopt
  /// ("no bound") when λ_max ≤ 0 (no direction curves upward).
  std::optional<double> maxStableLr;
};

/// The geometry of `formula` at `point` from its exact Hessian (landscapes' derivatives, symmetrised);
/// nullopt when the Hessian is not finite there.
std::optional<LocalGeometry> localGeometry(const landscapes::Formula& formula, const optim::Vec2& point);

/// The same from a Hessian already evaluated (nullopt when not finite).
std::optional<LocalGeometry> geometryOfHessian(const optim::Mat2& hessian);

/// The geometry of the surface `run` descends at `point`: its data set's full-data Hessian for a
/// data landscape, else its formula's (nullopt when not finite).
std::optional<LocalGeometry> runGeometry(const Run& run, const optim::Vec2& point);

}  // namespace lv::sim
