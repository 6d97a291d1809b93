// The surface's value → colour mapping as data, and the colour bar that states it. The mapping is
// the surface shader's: t = (f − lo) / (hi − lo) on a linear scale, t = (log(f − lo + eps) −
// log eps) / (log(hiLog − lo + eps) − log eps) on a log scale, clamped to [0, 1], then the colormap
// at t. The GL side fills a ColorMapping from its value range and colormap table.
#pragma once

#include "app/sim/color_scale.h"

#include "app/figure/figure.h"
#include "app/figure/text_metrics.h"

#include <string>
#include <vector>

namespace lv::figure {

struct ColorMapping {
  std::string colormap = "viridis";
  sim::ColorScale scale;     ///< value ↔ position, the surface's own (the one definition)
  std::vector<Rgba> colors;  ///< the colormap sampled evenly in t, low end first
};

/// Position t ∈ [0, 1] of value `f` on the mapping (clamped; 0 for non-finite f).
double colorPosition(const ColorMapping& mapping, double f);
/// The value at position t ∈ [0, 1] (inverse of colorPosition inside the range).
double valueAtPosition(const ColorMapping& mapping, double t);

/// The colour bar laid out at the bottom right of `area`, or its top right when the legend sits at
/// the bottom right: a gradient strip at most 16 characters wide, labelled ticks above it (decades
/// of f − lo on a log scale, nice values on a linear one) and a title. Nullopt when the mapping has
/// no colours or `area` is too small (the bar would take over 40 % of its width at its
/// narrowest or 30 % of its height).
std::optional<ColorBar> layoutColorBar(const ColorMapping& mapping, const Box& area, Corner legendCorner,
                                       const TextMetrics& metrics);

}  // namespace lv::figure
