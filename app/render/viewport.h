// Where the renderer draws: the world rectangle shown (View), the framebuffer rectangle it fills
// (Viewport, GL's bottom-up pixels) and whole-pixel rectangles of cached pictures (PixelRect). The
// view fills the viewport exactly (callers keep the aspect ratio they want). The one world-to-pixel
// mapping for points is sim::ViewTransform (app/sim/view.h); the shaders apply the same one.
#pragma once

#include "landscapes/catalog.h"

namespace lv::render {

/// The world rectangle shown: x grows right, y grows up.
using View = landscapes::Rect;

/// A viewport in framebuffer pixels (GL convention: x, y of the lower-left corner).
struct Viewport {
  int x = 0, y = 0, width = 1, height = 1;
};

/// A rectangle of whole pixels [x0, x1) × [y0, y1) in some framebuffer's or texture's rows.
struct PixelRect {
  int x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  bool empty() const { return x1 <= x0 || y1 <= y0; }
  /// The part inside `other` (empty if they do not meet).
  PixelRect clipped(const PixelRect& other) const {
    return {x0 > other.x0 ? x0 : other.x0, y0 > other.y0 ? y0 : other.y0, x1 < other.x1 ? x1 : other.x1,
            y1 < other.y1 ? y1 : other.y1};
  }
  /// The smallest rectangle holding both (an empty one is ignored).
  PixelRect united(const PixelRect& other) const {
    if (empty()) return other;
    if (other.empty()) return *this;
    return {x0 < other.x0 ? x0 : other.x0, y0 < other.y0 ? y0 : other.y0, x1 > other.x1 ? x1 : other.x1,
            y1 > other.y1 ? y1 : other.y1};
  }
  bool overlaps(const PixelRect& other) const { return !clipped(other).empty(); }
};

/// The same world rectangle with its y extent reversed, for drawing into a target whose row 0 is the
/// picture's top (the shaders map u_viewMin to row 0 and divide by a signed size; see marker_pass.h
/// for shapes that are not symmetric).
inline View rowsTopDown(const View& view) { return {view.xmin, view.xmax, view.ymax, view.ymin}; }

}  // namespace lv::render
