// The scene's convergence map in `lossviz render`: the map the window would show for the scene,
// computed once, coloured and placed by the window's own definition (app/maps/map_overlay.h).
#pragma once

#include "app/render/map_overlay_pass.h"
#include "app/sim/session.h"

#include <string>

namespace lv::cli {

/// When `session.map` shows a basin map: computes it over the 2D canvas's view of a width × height
/// image (on the GPU of the current GL context, the float64 CPU reference where that fails) and
/// puts it into `overlay`, which the canvas then draws over the surface. Nothing to do (true) when
/// the map is hidden, is a hyperparameter map (the window shows those in their own window, not on
/// the canvas) or the view is 3D only. False with `*error` (one line) when the scene's map cannot be
/// computed (no run, a data landscape).
bool prepareSceneMap(const sim::Session& session, int width, int height, render::MapOverlayPass& overlay,
                     std::string* error);

}  // namespace lv::cli
