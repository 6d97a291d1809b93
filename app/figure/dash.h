// The dash patterns of trails and legend swatches, defined once: the GL trail passes, the ImGui
// legend and cairo export all draw these sequences, so a pattern looks the same wherever it is shown.
#pragma once

#include "app/figure/figure.h"

#include <algorithm>
#include <array>

namespace lv::figure {

/// How a drawer ends each drawn stretch of a dashed line.
enum class LineCap {
  Round,  ///< a half disc of the line's width beyond each end (GL trails, cairo)
  Butt,   ///< cut square at each end (ImGui lines)
};

/// The repeating sequence of a pattern, in line widths: drawn, skipped, drawn, skipped, ...
/// (`count` lengths, 0 for Solid). With round caps the lengths run between cap centres, so a drawn
/// stretch shows one width longer than its length (a 0 is a dot of the line's width) and a skipped
/// one one width shorter; with butt caps they are the lengths seen. Both describe the same picture.
struct DashSequence {
  int count = 0;
  std::array<double, 4> lengths{};
  double period() const;  ///< the sum of the lengths, line widths
};

/// The sequence of `pattern` for a drawer with `cap` ends.
DashSequence dashSequence(DashPattern pattern, LineCap cap = LineCap::Round);

/// Calls draw(a, b) for each drawn stretch of `pattern` along a line from `from` to `to` (pixels,
/// from < to) `width` pixels wide, as a drawer with `cap` ends strokes it: the pattern starts at
/// `from` with a drawn stretch, the last one is cut at `to`. A solid line (or width <= 0) is one.
template <class Draw>
void forEachDash(DashPattern pattern, LineCap cap, double from, double to, double width, Draw&& draw) {
  const DashSequence sequence = dashSequence(pattern, cap);
  if (!(sequence.period() * width > 0)) {
    draw(from, to);
    return;
  }
  double at = from;
  for (int i = 0; at < to; i = (i + 1) % sequence.count) {
    const double end = std::min(to, at + sequence.lengths[i] * width);
    if (i % 2 == 0) draw(at, end);
    at = end;
  }
}

}  // namespace lv::figure
