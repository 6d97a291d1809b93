// See map_overlay.h.
#include "app/maps/map_overlay.h"

#include "app/maps/map_image.h"

namespace lv::maps {
namespace {

// A stale map is still worth seeing (where the basins were), but must not pass for the new one.
constexpr float kStaleDimming = 0.35f;

}  // namespace

void uploadMapColors(render::MapOverlayPass& overlay, const MapSpec& spec, const ConvergenceMap& map,
                     sim::MapColoring coloring) {
  overlay.upload(colorMap(map, coloring, !spec.landscape.minima.empty()), map.width, map.height);
}

void placeMapOverlay(render::MapOverlayPass& overlay, const sim::MapSettings& settings, const MapSpec* spec,
                     bool stale) {
  const bool basins =
      settings.show && spec && spec->mode == MapMode::Basins && settings.mode == MapMode::Basins;
  const float opacity = static_cast<float>(settings.opacity) * (stale ? kStaleDimming : 1.0f);
  overlay.place(basins ? spec->view : landscapes::Rect{0, 1, 0, 1}, opacity, basins);
}

}  // namespace lv::maps
