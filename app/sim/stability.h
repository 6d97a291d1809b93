// The largest stable learning rate that theory gives for a run's update rule on the quadratic model
// of its landscape at the start: what the lr slider marks. Headless.
//
// On f(p) ≈ ½·pᵀHp (+ the L2 term wd·p, which adds wd to every eigenvalue), with λ = λ_max + wd > 0:
// - gradient descent p ← p − lr·g: the error along λ's axis scales by (1 − lr·λ) per step, stable
//   iff lr < 2/λ;
// - heavy ball as torch writes it (b ← μ·b + (1−τ)·g, p ← p − lr·b): p_{k+1} = p_k − lr(1−τ)λ·p_k +
//   μ(p_k − p_{k−1}), whose characteristic roots z² − (1 + μ − lr(1−τ)λ)z + μ lie inside the unit
//   circle iff 0 < lr(1−τ)λ < 2 + 2μ (Polyak 1964), i.e. lr < (2 + 2μ)/((1−τ)λ).
// Nesterov, adaptive and second-order rules have no such single bound here: nullopt.
#pragma once

#include "app/sim/run.h"

#include <optional>

namespace lv::sim {

/// The bound above for `run`'s current hyperparameters at its start; nullopt when its rule has none
/// (not sgd, nesterov on, dampening 1), when λ_max + wd ≤ 0 (no direction curves up: any lr is
/// stable on the model), or when the Hessian there is not finite.
std::optional<double> maxStableLr(const Run& run);

}  // namespace lv::sim
