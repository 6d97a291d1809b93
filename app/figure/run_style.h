// What tells runs apart besides colour: each run index gets a head marker shape and, after the
// first round of palette colours, a dash pattern, so no two of the first 40 runs look alike and
// runs whose colours merge under colour blindness still differ. Also the name a legend shows.
#pragma once

#include "app/figure/figure.h"
#include "app/sim/session.h"

#include <cstddef>
#include <string>

namespace lv::figure {

/// Colours in sim::paletteColor before it repeats.
constexpr std::size_t kPaletteSize = 8;

/// Head marker of the run at `index`: Disc, Square, Triangle, Diamond, Cross, then again; 5 shapes
/// against 8 colours, so (colour, shape) pairs repeat only after 40 runs.
MarkerShape runMarkerShape(std::size_t index);
/// Dash pattern of the run at `index`: Solid for the first kPaletteSize runs, then Dashed, Dotted,
/// DashDot for each further round of colours.
DashPattern runDashPattern(std::size_t index);

}  // namespace lv::figure
