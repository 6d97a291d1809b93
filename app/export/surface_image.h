// The surface's colours on the CPU: f in float64 at each pixel centre, through the one value →
// colour mapping (sim::ColorScale fitted as the GL canvas fits it, then the colormap's 256 entries
// as the GPU's texture filtering interpolates them). Vector export embeds the
// result as an image; contours are drawn separately as paths (contours.h).
#pragma once

#include "app/figure/color_bar.h"
#include "app/sim/scene.h"
#include "app/sim/session.h"
#include "app/sim/color_scale.h"
#include "landscapes/formula.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace lv::exports {

/// What the surface shader paints where f is not finite (shaders/surface.frag.glsl's kNonFiniteColor).
constexpr float kNonFiniteGray[3] = {0.16f, 0.16f, 0.17f};

/// The scale the window shows for `session` over `view` (sim::colorScaleFor: the locked range, or fitted).
sim::ColorScale sessionColorScale(const sim::Session& session, const landscapes::Rect& view);

/// `scale` with `colormap`, as the figure's colour bar states it.
figure::ColorMapping colorBarMapping(const sim::ColorScale& scale, const std::string& colormap);

/// `width` × `height` opaque pixels covering `view` (row 0 at the top, y up in the world), as cairo's
/// ARGB32 words (0xAARRGGBB). Each pixel is coloured by f at its centre.
std::vector<std::uint32_t> surfacePixels(const std::function<double(const optim::Vec2&)>& value,
                                         const landscapes::Rect& view, int width, int height,
                                         const sim::ColorScale& scale, const std::string& colormap);

}  // namespace lv::exports
