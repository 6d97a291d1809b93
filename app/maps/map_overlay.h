// How a finished convergence map appears over the canvas: the one definition that the window
// (map_driver.h) and `lossviz render` share, so a rendered scene shows its map as the window does.
#pragma once

#include "app/maps/convergence_map.h"
#include "app/render/map_overlay_pass.h"

namespace lv::maps {

/// Colours `map` (computed for `spec`) in `coloring` (map_image.h) into `overlay`'s texture.
void uploadMapColors(render::MapOverlayPass& overlay, const MapSpec& spec, const ConvergenceMap& map,
                     sim::MapColoring coloring);

/// Places the uploaded map on the canvas as `settings` ask: a basin map covers the world rectangle
/// it was computed for at settings.opacity (dimmed when `stale`: not the map the settings ask for
/// now); nothing when the map is hidden, or for a hyperparameter map (its axes are not the canvas's).
void placeMapOverlay(render::MapOverlayPass& overlay, const sim::MapSettings& settings, const MapSpec* spec,
                     bool stale);

}  // namespace lv::maps
