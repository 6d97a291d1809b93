// Test helper: where heavy ball (sgd with momentum) must diverge in an (lr, momentum) map of a
// quadratic. Heavy ball p ← p − lr·∇f + μ(p − p_prev) on a quadratic is stable in the direction of
// the Hessian's eigenvalue λ iff lr·λ < 2(1 + μ) (Polyak 1964; Goh, "Why Momentum Really Works",
// Distill 2017): the largest eigenvalue decides.
#pragma once

#include "app/maps/convergence_map.h"

#include <string>

namespace lv::maps::test {

/// Calls visit(pixel, ratio, what) for every pixel of `map`, a map of `spec` whose x axis is lr and
/// y axis momentum, where ratio = lr·λmax / (2(1 + μ)) (above 1: diverges; below: converges) and
/// `what` names the pixel's lr and momentum for a failure message.
template <class Visit>
void forEachHeavyBallPixel(const MapSpec& spec, const ConvergenceMap& map, double lambdaMax, Visit visit) {
  for (int py = 0; py < map.height; ++py) {
    for (int px = 0; px < map.width; ++px) {
      const auto [lr, momentum] = pixelParams(spec, px, py);
      const std::string what = "lr " + std::to_string(lr) + " momentum " + std::to_string(momentum);
      visit(map.at(px, py), lr * lambdaMax / (2 * (1 + momentum)), what);
    }
  }
}

}  // namespace lv::maps::test
