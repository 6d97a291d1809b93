// A convergence map as CSV text: one row per pixel, row-major from the top-left pixel.
// Columns: px,py,start_x,start_y, then the swept hyperparameters by name (hyperparameter mode), then
// final_x,final_y,final_loss,converged_step,diverged_step,basin. Empty fields: a step that did not
// happen, no basin, or a final loss at a start that is not finite. Numbers round-trip (%.17g).
#pragma once

#include "app/maps/convergence_map.h"

#include <string>

namespace lv::maps {

std::string mapCsv(const MapSpec& spec, const ConvergenceMap& map);

}  // namespace lv::maps
