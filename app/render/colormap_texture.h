// The GPU side of a colormap (app/sim/colormap.h holds the data): its 256 entries as a texture the
// surface shader samples.
#pragma once

#include "app/render/gl_object.h"

#include <string_view>

namespace lv::render {

/// A new sim::kColormapSize×1 RGB8 texture of the map (linear filtering, clamped); an unknown name
/// yields viridis. Needs a context; leaves texture 0 bound.
GlTexture makeColormapTexture(std::string_view name);

}  // namespace lv::render
