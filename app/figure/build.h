// Builds the Figure (figure.h) of a session: pure and headless, so the window, `render`, vector
// export and tests all get the same description from the same inputs.
#pragma once

#include "app/figure/color_bar.h"
#include "app/figure/figure.h"
#include "app/figure/inspection.h"
#include "app/figure/text_metrics.h"
#include "app/sim/session.h"
#include "app/sim/view.h"

#include <optional>

namespace lv::figure {

/// How the figure is drawn, beyond the session's own settings.
struct FigureStyle {
  double uiScale = 1;        ///< multiplies line widths, markers and arrows (fonts: TextMetrics)
  bool showArrows = true;    ///< descent and step arrows at the heads, with their key
  bool interactive = false;  ///< adds the legend's open/close toggle (not in exported pictures)
  bool playing = true;       ///< the window is stepping ("running"); false: "paused". Stills read "running"
  LegendOptions legend;
  std::optional<ColorMapping> colorMapping;  ///< none: no colour bar
  InspectionOptions inspection;              ///< rings, arrows and eigen-axes of the inspected step
  /// Replays the explained run (not owned; the window keeps one between frames). None: a fresh one
  /// per build, which replays from step 0.
  sim::StepInspector* inspector = nullptr;
  const sim::GhostPaths* ghosts = nullptr;  ///< each run's ghost path (not owned); none: no ghosts
};

/// The figure of `session` on a canvas whose world ↔ pixel mapping is `transform` (its width and
/// height are the canvas's layout size). Never fails; an empty session gives axes only.
Figure buildFigure(const sim::Session& session, const sim::ViewTransform& transform, const FigureStyle& style,
                   const TextMetrics& metrics);

/// The part of the canvas the legend and colour bar may use: inside the edges, clear of the
/// axis tick labels along the bottom and the left.
Box overlayArea(const Figure& figure, const TextMetrics& metrics);

}  // namespace lv::figure
