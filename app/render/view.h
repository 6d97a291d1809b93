// The mapping between landscape (world) coordinates and the pixels of a viewport. The view
// rectangle fills the viewport exactly (callers keep the aspect ratio they want).
#pragma once

#include "landscapes/catalog.h"

#include <Eigen/Core>

namespace lv::render {

/// The world rectangle shown: x grows right, y grows up.
using View = landscapes::Rect;

/// A viewport in framebuffer pixels (GL convention: x, y of the lower-left corner).
struct Viewport {
  int x = 0, y = 0, width = 1, height = 1;
};

/// Pixel coordinates (origin top-left, y down, pixel centres at +0.5) of world point `p` in a
/// width×height image of `view`. Matches readPixels()'s top-row-first order.
inline Eigen::Vector2d worldToPixel(const View& view, int width, int height,
                                    const Eigen::Vector2d& p) {
  return {(p.x() - view.xmin) / (view.xmax - view.xmin) * width,
          (view.ymax - p.y()) / (view.ymax - view.ymin) * height};
}

/// Inverse of worldToPixel: the world point at pixel coordinates `pixel`.
inline Eigen::Vector2d pixelToWorld(const View& view, int width, int height,
                                    const Eigen::Vector2d& pixel) {
  return {view.xmin + pixel.x() / width * (view.xmax - view.xmin),
          view.ymax - pixel.y() / height * (view.ymax - view.ymin)};
}

}  // namespace lv::render
