// Contour lines as vector paths: marching squares over a grid of the colour position c = t · N
// (t from figure::colorPosition, N lines over the colour range), at the levels the surface shader
// draws (c = 1 … N; shaders/surface.frag.glsl), with the shader's fading where lines crowd.
#pragma once

#include "optim/types.h"

#include <vector>

namespace lv::exports {

/// Values on a (columns + 1) × (rows + 1) grid of nodes `spacing` pixels apart, node (i, j) at pixel
/// (i·spacing, j·spacing); NaN where f is not finite (no line crosses such a cell).
struct ContourGrid {
  int columns = 0, rows = 0;
  double spacing = 1;
  std::vector<double> values;  ///< row-major, (columns + 1) per row
  double at(int i, int j) const { return values[static_cast<std::size_t>(j) * (columns + 1) + i]; }
};

/// A piece of the line at one level, in pixels, with the shader's crowding factor (1: clear, fading
/// to 0 where neighbouring lines are closer than ~3 pixels) quantised so pieces stay long.
struct ContourLine {
  int level = 1;
  double fade = 1;
  std::vector<optim::Vec2> points;
};

/// The lines of `grid` at levels 1 … `levels`, chained into polylines (closed ones end where they
/// start). Pieces whose fade is 0 are left out, as the shader leaves them out.
std::vector<ContourLine> contourLines(const ContourGrid& grid, int levels);

}  // namespace lv::exports
