// View math: the mapping between landscape coordinates and canvas pixels, pan, zoom and fit.
// Pixels have y pointing down (row 0 at the top); landscape y points up.
#pragma once

#include "landscapes/catalog.h"
#include "optim/types.h"

#include <vector>

namespace lv::sim {

using landscapes::Rect;

/// A rect shown on a canvas of width × height pixels.
struct ViewTransform {
  Rect view;
  double width = 1, height = 1;  // canvas size in pixels

  optim::Vec2 toScreen(const optim::Vec2& world) const;
  optim::Vec2 toWorld(const optim::Vec2& screen) const;
  /// Landscape units per pixel along x.
  double unitsPerPixelX() const { return (view.xmax - view.xmin) / width; }
};

/// `rect` grown on one axis so that its aspect matches width/height (equal scales on x and y),
/// centred on the original: circles stay round and no part of the suggested rect is cut off.
Rect fitted(const Rect& rect, double width, double height);
/// Moved by a drag of (dx, dy) pixels.
Rect panned(const Rect& view, double width, double height, double dx, double dy);
/// Zoomed by `factor` (> 1 zooms in) keeping the world point under the pixel `cursor` fixed.
/// Clamped so the view never becomes degenerate or absurdly large.
Rect zoomedAt(const Rect& view, double width, double height, const optim::Vec2& cursor, double factor);

/// "Nice" tick positions (1, 2, 5 × 10^k spacing) covering [lo, hi], about `target` of them.
std::vector<double> niceTicks(double lo, double hi, int target);

}  // namespace lv::sim
