// See map_render.h.
#include "app/cli/map_render.h"

#include "app/maps/gpu_map.h"
#include "app/maps/map_overlay.h"
#include "app/maps/map_window.h"
#include "app/sim/view.h"

#include <algorithm>
#include <cmath>

namespace lv::cli {

bool prepareSceneMap(const sim::Session& session, int width, int height, render::MapOverlayPass& overlay,
                     std::string* error) {
  const sim::MapSettings& settings = session.map;
  const sim::ViewMode mode = session.view3d.mode;
  if (!settings.show || settings.mode != sim::MapMode::Basins || mode == sim::ViewMode::Surface) return true;
  // The 2D canvas's view as gui::buildFrame lays it out: all of the image, or its left half in split view.
  const double canvasWidth = mode == sim::ViewMode::Split ? std::floor(0.5 * width) : width;
  const landscapes::Rect view = sim::fitted(session.view, std::max(1.0, canvasWidth), std::max(1, height));
  std::string why;
  const auto spec = maps::windowMapSpec(session, view, &why);
  if (!spec) {
    if (error) *error = "the scene's map: " + why;
    return false;
  }
  std::string gpuError;
  auto map = maps::computeMapGpu(*spec, &gpuError);
  if (!map) map = maps::computeMapCpu(*spec);
  maps::uploadMapColors(overlay, *spec, *map, settings.coloring);
  maps::placeMapOverlay(overlay, settings, &*spec, false);
  return true;
}

}  // namespace lv::cli
