// Legend layout: one row per run (line sample with its head shape, name, loss and status), then the
// arrow key, in a box sized to the canvas: at most 45 % of its width (or 8 characters) and 60 % of its
// height. When rows are too wide the loss/status column goes first, then names are shortened with "…"; rows
// that do not fit become "+N more". Closed, only a small "legend" tab remains in its corner.
#pragma once

#include "app/figure/figure.h"
#include "app/figure/text_metrics.h"

#include <optional>
#include <string>
#include <vector>

namespace lv::figure {

/// What one legend row says, before layout.
struct LegendRow {
  std::size_t run = 0;
  std::string name, detail;
  Rgba color{1, 1, 1, 1};
  DashPattern dash = DashPattern::Solid;
  MarkerShape shape = MarkerShape::Disc;
  bool visible = true;
};

/// What one arrow-key row says, before layout.
struct KeyRow {
  ArrowKind kind = ArrowKind::Descent;
  std::string text;
  Rgba color{1, 1, 1, 1};
};

/// Lays the legend out in `area` (the canvas minus the axis labels' margins), at options.corner.
/// `interactive` adds the open/close toggle.
Legend layoutLegend(const std::vector<LegendRow>& rows, const std::vector<KeyRow>& key,
                    const LegendOptions& options, const Box& area, const TextMetrics& metrics,
                    bool interactive);

/// The run whose legend row is at `pixel`, if any (for click-to-toggle).
std::optional<std::size_t> legendRunAt(const Legend& legend, const Vec2& pixel);

/// The corner of `area` nearest to `pixel` (where a dragged legend snaps to).
Corner nearestCorner(const Box& area, const Vec2& pixel);

/// `text` cut to at most `width` pixels, ending in "…" when cut.
std::string ellipsized(const std::string& text, double width, const TextMetrics& metrics);

}  // namespace lv::figure
