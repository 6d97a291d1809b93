// Colormaps for the surface: perceptually uniform viridis, magma, inferno, cividis, and a diverging
// blue–white–red "coolwarm" for saddles. Each map is a short table of sRGB anchors (our own
// approximations of the published maps) interpolated to 256 entries; the GPU texture and the CPU
// lookup use the same 256 entries, so tests can predict pixels.
#pragma once

#include "app/render/gl_object.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lv::render {

/// Number of entries in a colormap table/texture.
constexpr int kColormapSize = 256;

/// Every colormap name, in display order; the first ("viridis") is the default.
std::vector<std::string> colormapNames();

/// True when `name` is one of colormapNames().
bool isColormap(std::string_view name);

/// kColormapSize sRGB triples, low end first. An unknown name yields viridis.
const std::vector<std::array<std::uint8_t, 3>>& colormapTable(std::string_view name);

/// sRGB colour in [0,1]³ at t (clamped to [0,1]; t=0 is the low end), interpolated linearly between
/// table entries exactly as the GPU's linear filtering of the 256×1 texture does.
std::array<float, 3> colormapColor(std::string_view name, double t);

/// A new kColormapSize×1 RGB8 texture of the map (linear filtering, clamped). Needs a context.
GlTexture makeColormapTexture(std::string_view name);

}  // namespace lv::render
