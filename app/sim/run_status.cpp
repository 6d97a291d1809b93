#include "app/sim/run_status.h"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <cmath>

namespace lv::sim {

RunState runState(const Run& run, bool playing, size_t stepLimit) {
  if (run.diverged()) return RunState::Diverged;
  const Trajectory& t = run.trajectory();
  if (t.size() > 0 && t.gradients.back().norm() < kStationaryGradient) {
    // Evaluated here, not per step: the Hessian costs more than the gradient and only the head's matters.
    const optim::Mat2 h = run.formula().derivatives(t.points.back()).hessian;
    if (!h.allFinite()) return RunState::Stalled;
    const Eigen::Vector2d eig =
        Eigen::SelfAdjointEigenSolver<optim::Mat2>(0.5 * (h + h.transpose()), Eigen::EigenvaluesOnly)
            .eigenvalues();
    const double scale = std::max(1.0, eig.cwiseAbs().maxCoeff());
    return eig.minCoeff() >= -1e-9 * scale ? RunState::Converged : RunState::AtSaddle;
  }
  if (run.requestedSteps() >= stepLimit) return RunState::AtStepLimit;
  return playing ? RunState::Running : RunState::Paused;
}

std::string statusText(const Run& run, bool playing, size_t stepLimit) {
  switch (runState(run, playing, stepLimit)) {
    case RunState::Diverged:
      return "diverged at step " + std::to_string(*run.divergedAt());
    case RunState::Converged:
      return "converged";
    case RunState::AtSaddle:
      return "stalled at a saddle";
    case RunState::Stalled:
      return "stalled (curvature unknown)";
    case RunState::AtStepLimit:
      return "stopped at step limit";
    case RunState::Paused:
      return "paused";
    case RunState::Running:
      break;
  }
  return "running";
}

}  // namespace lv::sim
