// A map's learning-rate schedule as a table for the GPU: per update, what optim::Schedule's
// overrides are, so that every fragment applies the run's schedule without evaluating it. Headless.
#pragma once

#include "app/maps/map_spec.h"

#include <vector>

namespace lv::maps {

/// Texels per row of the table texture (a row of 1024 RGBA32F texels fits every GL 3.3 limit).
inline constexpr int kScheduleTableWidth = 1024;

/// Per update k (0-based, spec.steps of them), 4 floats: lr = [0] + [1] · base lr (every schedule's
/// lr is affine in the base lr, see optim/schedule.h, so a swept lr needs no table of its own),
/// [2] the momentum/beta1 override, [3] 0 none, 1 momentum, 2 momentum and beta1. Padded with
/// zeros to whole rows of kScheduleTableWidth. Empty when !scheduleApplies(spec). All finite.
std::vector<float> scheduleTable(const MapSpec& spec);

}  // namespace lv::maps
