// What a run is doing, in words for the legend, the table and the CLI: running, paused, stopped at
// the step limit, converged (only at a minimum), stalled at a saddle, diverged at step k.
#pragma once

#include "app/sim/run.h"

#include <string>

namespace lv::sim {

enum class RunState { Running, Paused, AtStepLimit, Converged, AtSaddle, Stalled, Diverged };

/// Gradient norm below which a run counts as stopped at a stationary point.
inline constexpr double kStationaryGradient = 1e-8;

/// The state of `run` when the session is `playing` and stops stepping at `stepLimit`. Converged
/// needs |∇f| < kStationaryGradient and a positive semi-definite Hessian at the head (a local
/// minimum, up to a relative 1e-9 on the eigenvalues); a negative eigenvalue there is AtSaddle; a
/// Hessian that is not finite leaves it undecided (Stalled).
RunState runState(const Run& run, bool playing, size_t stepLimit);

/// "running", "paused", "stopped at step limit", "converged", "stalled at a saddle",
/// "stalled (curvature unknown)", "diverged at step 12" ("diverged at step 0": f or ∇f is not finite
/// at the start, and the run has no point to show).
std::string statusText(const Run& run, bool playing, size_t stepLimit);

}  // namespace lv::sim
