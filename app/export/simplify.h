// Polyline simplification (Ramer–Douglas–Peucker): drops points that lie within `tolerance` of the
// line through their kept neighbours, so a 10 000-step trail becomes the few hundred points that
// look the same at the figure's size.
#pragma once

#include "optim/types.h"

#include <vector>

namespace lv::exports {

/// The points of `points` (pixels) to keep: the first, the last, and every point farther than
/// `tolerance` pixels from the simplified line. Order is kept; never returns more than it gets.
std::vector<optim::Vec2> simplifiedPolyline(const std::vector<optim::Vec2>& points, double tolerance);

}  // namespace lv::exports
