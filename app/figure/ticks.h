// Axis ticks: nice positions (1, 2, 5 × 10^k) with labels that carry exactly enough digits for
// neighbours to differ, thinned until the labels do not run together in the pixels available.
#pragma once

#include "app/figure/figure.h"
#include "app/figure/text_metrics.h"

#include <string>
#include <vector>

namespace lv::figure {

/// The label of tick `value` on an axis whose ticks are `step` apart: fixed notation with the
/// decimals of the step (0.9962005 at step 5e-7), scientific (2.5e-7, 1.2e6) when the values are
/// tiny or huge; "0" for zero. Labels of neighbouring ticks always differ.
std::string tickLabel(double value, double step);

/// Tick values in [lo, hi] at a nice step close to (hi − lo) / target, or whole-number steps only
/// when `integers` (a step axis: 0, 1 at step 0, never 0, 0.2, ...). Empty on a degenerate range.
std::vector<double> tickValues(double lo, double hi, int target, bool integers, double* step = nullptr);

/// Which way labels extend along the axis: widths for a horizontal axis, heights for a vertical one.
enum class AxisDirection { Horizontal, Vertical };

/// Ticks of [lo, hi] mapped linearly onto pixels [pixelLo, pixelHi] (pixelHi may be < pixelLo for
/// a vertical axis with y down), at most `maxTicks`, as many as leave a gap of at least one
/// character between neighbouring labels. Labels are positioned by the caller (label.at is zero).
std::vector<Tick> fittedTicks(double lo, double hi, double pixelLo, double pixelHi, int maxTicks,
                              bool integers, AxisDirection direction, const TextMetrics& metrics);

}  // namespace lv::figure
