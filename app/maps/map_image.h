// Colouring a convergence map into RGBA8 pixels (GL-free, so the CLI, tests and the window agree).
//
// Legend (also in `lossviz map --help`):
//   basin  : one Okabe–Ito colour per known minimum (catalog order: orange, sky blue, bluish green,
//            yellow, blue, vermillion, reddish purple, then repeating); brighter = converged sooner,
//            dimmest = reached the basin without meeting the tolerance. Landscapes without known
//            minima fall back to the loss colouring.
//   steps  : viridis of converged_step / steps (dark = fast).
//   loss   : viridis of log10(final_loss − min + 1e-12) over the map's finite range (dark = low).
//   Every mode: diverged = black/white diagonal hatching; finite but in no basin (basin mode) or not
//   converged (steps mode) = a grey checkerboard.
#pragma once

#include "app/maps/convergence_map.h"
#include "app/sim/map_settings.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lv::maps {

using sim::MapColoring;
using sim::parseMapColoring;  ///< "basin", "steps", "loss" → the mode; nullopt for anything else

/// The basin colour for label `basin` (≥ 0) at full brightness, sRGB.
std::array<std::uint8_t, 3> basinColor(int basin);

/// width*height*4 bytes, row 0 (the map's top row) first, alpha 255.
std::vector<std::uint8_t> colorMap(const ConvergenceMap& map, MapColoring coloring, bool hasKnownMinima);

/// The pattern colours, so that tests can recognise them.
bool isDivergedPattern(const std::uint8_t* rgb);
bool isUnresolvedPattern(const std::uint8_t* rgb);

}  // namespace lv::maps
