// The 3D view's half of CanvasRenderer: feeds a render::Canvas3d from the session (landscape,
// trajectories lifted onto the height field the renderer gives, the camera) and draws it. The height
// field carries the 2D canvas's colour scale, so both views colour every value alike.
#pragma once

#include "app/figure/figure.h"
#include "app/render/canvas.h"
#include "app/render/canvas3d.h"
#include "app/sim/height_field.h"
#include "app/sim/session.h"

#include <vector>

namespace lv::gui {

/// Draws `session` in 3D as the height field `field` into the bound framebuffer at `viewport`: the
/// figure's `trails` styled by `trailStyles` (one each, as the 2D canvas draws them) and the markers
/// sized by `style`. `target`: the window gets interim pictures while the scene changes
/// (render::Canvas3d).
void drawView3d(render::Canvas3d& canvas3d, const sim::Session& session, const sim::HeightField& field,
                render::CanvasTarget target, const render::Viewport& viewport,
                const render::CanvasStyle& style, const std::vector<figure::TrailFigure>& trails,
                const std::vector<render::TrailStyle>& trailStyles);

}  // namespace lv::gui
