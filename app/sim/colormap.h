// Colormaps as data: perceptually uniform viridis, magma, inferno, cividis, and a diverging
// blue–white–red "coolwarm" for saddles. Each map is a short table of sRGB anchors (our own
// approximations of the published maps) interpolated to 256 entries. The one list of names that
// scenes, the CLI and the UI validate against; the GPU texture (render/colormap_texture.h), the CPU
// lookup and vector export use the same 256 entries, so tests can predict pixels. No GL.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lv::sim {

/// Number of entries in a colormap table/texture.
constexpr int kColormapSize = 256;

/// Every colormap name, in display order; the first ("viridis") is the default.
const std::vector<std::string>& colormapNames();

/// "viridis, magma, ..." for error messages that list the valid names.
std::string colormapNameList();

/// True when `name` is one of colormapNames().
bool isColormap(std::string_view name);

/// kColormapSize sRGB triples, low end first. An unknown name yields viridis.
const std::vector<std::array<std::uint8_t, 3>>& colormapTable(std::string_view name);

/// sRGB colour in [0,1]³ at t (clamped to [0,1]; t=0 is the low end), interpolated linearly between
/// table entries exactly as the GPU's linear filtering of the 256×1 texture does.
std::array<float, 3> colormapColor(std::string_view name, double t);

}  // namespace lv::sim
