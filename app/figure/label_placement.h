// Where a text label goes on the canvas: beside the point it names, inside the canvas, clear of what
// is already there (legend, colour bar, keys, markers, arrows, labels placed before). The diverged
// labels (build.cpp) and the inspected step's arrow labels (inspection.cpp) share this one rule.
#pragma once

#include "app/figure/figure.h"

#include <vector>

namespace lv::figure {

/// A `width` × `height` box beside `anchor` in the screen direction `direction` (y down, any
/// nonzero length), its nearest side or corner `offset` pixels from the anchor along each axis:
/// (1, −1) puts the box's bottom-left corner up and right of the anchor, (1, 0) its left side
/// centred on the anchor's row.
Box boxBeside(const Vec2& anchor, const Vec2& direction, double width, double height, double offset);

/// A `width` × `height` label's box near `anchor`: the first of `directions` (boxBeside at
/// `offset`, then twice more each a height farther out; clamped into `area`) that overlaps none of
/// `obstacles`; when none is clear, the first spot slid along `area`'s height to a clear place,
/// else the first spot. Inside `area` whenever the label fits in it. Never fails.
Box placeLabel(const Vec2& anchor, const std::vector<Vec2>& directions, double width, double height,
               const Box& area, const std::vector<Box>& obstacles, double offset);

/// `preferred` first, then the directions 45° apart around it, nearest to it first (clockwise on
/// the screen before anticlockwise), the opposite one last: eight in all. `preferred` nonzero.
std::vector<Vec2> directionsAround(const Vec2& preferred);

/// Adds to `boxes` small boxes that together cover an arrow from `from` to `tip` (layout pixels)
/// drawn as export/cairo_marks.h draws it: a shaft `shaftHalfWidth` each side of the line and a head
/// min(2.4 r, 0.7 length) long, `headRadius` r wide each side at its base.
void addArrowBoxes(const Vec2& from, const Vec2& tip, double headRadius, double shaftHalfWidth,
                   std::vector<Box>& boxes);

/// The box around a point marker of `radius` pixels at `centre`, with `margin` more on every side.
Box markerBox(const Vec2& centre, double radius, double margin);

}  // namespace lv::figure
