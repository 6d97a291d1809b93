// What the GPU map engine uploads before its first pass, computed on the CPU in double and rounded
// to float once, so that both engines start from the same inputs: each pixel's start point and the
// start's divergence, and the swept hyperparameter value of each column and row. Headless.
#pragma once

#include "app/maps/map_spec.h"

#include <vector>

namespace lv::maps {

/// RGBA32F texels, row-major, texture row py = map row py (map_step.frag.glsl's t_point and t_loss).
struct MapStartTexels {
  std::vector<float> point;  ///< start x, start y, converged step −1, diverged step (−1, or 0 at the start)
  std::vector<float> loss;  ///< f at the start (0 when diverged there), 0, 0, 0
};

/// The start texels of `spec`. A start where f or ∇f is not finite is diverged at step 0, as on
/// the CPU, except where gpuChecksStarts(spec): then every start is left to the first pass.
MapStartTexels mapStartTexels(const MapSpec& spec);

/// Whether the first GPU pass, not the CPU, checks each start's f and ∇f: a data landscape without
/// a closed form, whose value costs every data row per pixel (seconds for a large map on the CPU).
bool gpuChecksStarts(const MapSpec& spec);

/// The swept value of each column (`horizontal`) or row, as floats; zeros in basin mode.
std::vector<float> mapAxisValues(const MapSpec& spec, bool horizontal);

}  // namespace lv::maps
