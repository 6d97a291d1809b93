// CPU picture of the loss surface (colormap, log/linear, contour lines) used by the window and the
// render verb until the GPU SurfacePass is wired in. Pure: no GL.
#pragma once

#include "app/sim/scene.h"
#include "landscapes/catalog.h"

#include <cstdint>
#include <vector>

namespace lv::gui {

/// RGBA8 pixels, top row first, of `view` sampled at pixel centres on a width × height grid.
std::vector<std::uint8_t> surfaceImage(const landscapes::Formula& formula, const landscapes::Rect& view, int width,
                                       int height, const sim::ColorSettings& colors);

}  // namespace lv::gui
