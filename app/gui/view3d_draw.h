// The 3D view's half of CanvasRenderer: feeds a render::Canvas3d from the session (landscape,
// trajectories, the view mode's camera and height scale) with the 2D canvas's colour scale
// (style.colorScale), so both views colour every value alike, and draws it.
#pragma once

#include "app/render/canvas.h"
#include "app/render/canvas3d.h"
#include "app/sim/session.h"

#include <vector>

namespace lv::gui {

/// Draws `session` in 3D over world rectangle `view` into the bound framebuffer at `viewport`, the
/// runs styled by `trailStyles` (as the 2D canvas is) and the markers sized by `style`.
void drawView3d(render::Canvas3d& canvas3d, const sim::Session& session, const render::View& view,
                const render::Viewport& viewport, const render::CanvasStyle& style,
                const std::vector<render::TrailStyle>& trailStyles);

}  // namespace lv::gui
