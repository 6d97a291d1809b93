// The figure: what the canvas shows, described as plain data (no GL, no ImGui) so that the GL
// canvas, the ImGui overlay and vector export draw one description, and its layout is testable
// without a display. Built by buildFigure() (build.h) from the session, the view and the style.
//
// Units: world coordinates for things that live on the landscape (trail points, markers, arrows),
// canvas-local layout pixels for the rest (origin at the canvas's top-left, y down; the same pixels
// as Figure::transform). Layout pixels already include the UI scale; a renderer whose framebuffer
// is larger than the layout (HiDPI, 2x/4x screenshots) multiplies by its own ratio.
#pragma once

#include "app/sim/scene.h"
#include "app/sim/view.h"
#include "optim/types.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace lv::figure {

using optim::Vec2;
using sim::Rgba;

/// An axis-aligned rectangle in layout pixels: [x0, x1) × [y0, y1).
struct Box {
  double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  double width() const { return x1 - x0; }
  double height() const { return y1 - y0; }
  bool empty() const { return !(x1 > x0) || !(y1 > y0); }
  bool contains(const Vec2& p) const { return p.x() >= x0 && p.x() < x1 && p.y() >= y0 && p.y() < y1; }
  bool overlaps(const Box& o) const { return x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1; }
};

/// A line of text whose top-left corner is at `at` (layout pixels), `fontSize` pixels tall.
struct Text {
  std::string text;
  Vec2 at = Vec2::Zero();
  Rgba color{1, 1, 1, 1};
};

/// How a trail's line is broken. Solid for the first palette round, then the others (see run_style.h).
enum class DashPattern { Solid, Dashed, Dotted, DashDot };
/// The shape of a run's head marker, so runs differ by more than colour (colour blindness).
enum class MarkerShape { Disc, Square, Triangle, Diamond, Cross };

/// One tick of an axis: `value` in data units at `pixel` along the axis, with its label.
struct Tick {
  double value = 0;
  double pixel = 0;  ///< x for horizontal axes, y for vertical ones (layout pixels)
  Text label;
};

/// Grid lines and tick labels over the canvas.
struct Axes {
  std::vector<Tick> x, y;  ///< x ticks: vertical grid lines; y ticks: horizontal ones
  double gridWidth = 1;    ///< pixels
  double tickLength = 6;   ///< pixels, the stub at the bottom (x) and left (y) edges
  Rgba gridColor{1, 1, 1, 60.0f / 255};
  Rgba tickColor{1, 1, 1, 220.0f / 255};
};

/// Which path of a run a trail draws: the run's own, another member of its seeded ensemble
/// (sim::Ensemble::members[member]), or the ensemble's mean path (trails.h).
enum class TrailPath { Run, Member, Mean };

/// How one trail is drawn; `run` indexes Session::runs, `path` (and `member`) say which of its paths.
struct TrailFigure {
  std::size_t run = 0;
  TrailPath path = TrailPath::Run;
  std::size_t member = 0;  ///< with TrailPath::Member
  bool markers = true;     ///< the run's start ring and head are drawn at this trail's ends
  Rgba color{1, 1, 1, 1};
  bool visible = true;
  double width = 2.5;      ///< core width, pixels
  double haloWidth = 1.5;  ///< dark outline on each side, pixels
  DashPattern dash = DashPattern::Solid;
  MarkerShape headShape = MarkerShape::Disc;
};

/// Inspected: a ring on a run's path at the scrubbed step (the head as it was then).
enum class MarkerKind { Start, Head, Minimum, Inspected };

/// A point marker in world coordinates, sized in pixels. Starts are rings, minima stars, heads
/// filled `shape`s in the run's colour.
struct PointMarker {
  MarkerKind kind = MarkerKind::Head;
  std::optional<std::size_t> run;  ///< none for minima
  Vec2 at = Vec2::Zero();
  double radius = 5;
  Rgba color{1, 1, 1, 1};
  MarkerShape shape = MarkerShape::Disc;
};

/// Descent: −∇f at the head (white); Step: the last update actually taken (run colour). The
/// inspected update's arrows (inspection.h): UsedGradient −g, Moment −m (first moment or momentum
/// buffer), StepTaken p_k − p_{k−1}.
enum class ArrowKind { Descent, Step, UsedGradient, Moment, StepTaken };

/// An arrow in world coordinates; its on-screen length follows the rules in arrows.h and
/// inspection.h.
struct ArrowFigure {
  std::size_t run = 0;
  ArrowKind kind = ArrowKind::Descent;
  Vec2 from = Vec2::Zero(), to = Vec2::Zero();
  double lengthPixels = 0;  ///< |to − from| on the canvas
  double headRadius = 5;    ///< pixels
  Rgba color{1, 1, 1, 1};
  Text label;  ///< beside the tip ("−g", "step ×0.5"); text "" for the head arrows
};

/// A principal axis of the Hessian at the inspected point: a segment centred there along the
/// eigenvector, half-length proportional to |λ| (world coordinates, width in pixels).
struct AxisFigure {
  Vec2 from = Vec2::Zero(), to = Vec2::Zero();
  double eigenvalue = 0;
  double width = 2;
  Rgba color{1, 1, 1, 1};
};

/// A run's path from before its last hyperparameter edit (sim::GhostPaths), faded and dashed:
/// `points` in world coordinates (evenly thinned to at most inspection.h's kGhostMaxPoints),
/// dashes and gaps `dashPixels` long along the screen path.
struct GhostFigure {
  std::size_t run = 0;
  std::vector<Vec2> points;
  Rgba color{1, 1, 1, 0.5f};
  double width = 2;
  double dashPixels = 8;
};

/// One legend row: a line sample with the head shape, the run's name and (room allowing) its
/// loss and status. A row of a hidden run is drawn faded; clicking `row` toggles the run.
struct LegendEntry {
  std::size_t run = 0;
  Box row, swatch;
  Rgba color{1, 1, 1, 1};
  DashPattern dash = DashPattern::Solid;
  MarkerShape shape = MarkerShape::Disc;
  bool visible = true;
  Text name, detail;  ///< detail.text is "" when the legend is too narrow for it
};

/// A row of the arrow key: an arrow glyph (or, for eigen-axes, a line) in `swatch` and what it means.
struct KeyEntry {
  ArrowKind kind = ArrowKind::Descent;
  bool line = false;  ///< a plain line (an eigen-axis), not an arrow
  Box swatch;
  Rgba color{1, 1, 1, 1};
  Text text;
};

enum class Corner { TopRight, TopLeft, BottomRight, BottomLeft };

/// Where the user wants the legend and whether it is open (the window keeps this between frames).
struct LegendOptions {
  bool open = true;
  Corner corner = Corner::TopRight;
};

/// The legend box: run entries, then the arrow key. Closed, only `toggle` (a small tab) shows.
struct Legend {
  bool open = true;
  Corner corner = Corner::TopRight;
  Box box;  ///< the whole box (empty when closed or when there is nothing to show)
  std::vector<LegendEntry> entries;
  Text more;  ///< "+N more" when not every run fits (text "" otherwise)
  std::vector<KeyEntry> arrowKey;
  Box toggle;  ///< the open/close button (interactive figures only; empty otherwise)
  Text toggleText;
  Rgba background{20.0f / 255, 20.0f / 255, 24.0f / 255, 210.0f / 255};
  Rgba border{1, 1, 1, 90.0f / 255};
};

/// The key of the inspected update's marks (arrows −g, −m, step; eigen-axes), at the bottom left.
struct InspectionKey {
  Box box;  ///< empty when nothing is inspected
  std::vector<KeyEntry> rows;
  Rgba background{20.0f / 255, 20.0f / 255, 24.0f / 255, 210.0f / 255};
};

/// A label on the canvas tied to a run, e.g. "diverged at step 12" beside its last finite point.
/// Laid out inside the canvas and never under the legend or the colour bar.
struct CanvasLabel {
  std::size_t run = 0;
  Text text;
  Box box;  ///< the background plate
  Rgba background{20.0f / 255, 20.0f / 255, 24.0f / 255, 210.0f / 255};
};

/// A stop of the colour bar's gradient at position t ∈ [0, 1] along it (0 = low values, at x0).
struct ColorStop {
  double t = 0;
  Rgba color{0, 0, 0, 1};
};

/// The colour bar: the surface's value → colour mapping, drawn as a horizontal gradient.
struct ColorBar {
  Box bar;                       ///< the gradient strip
  std::vector<ColorStop> stops;  ///< linear interpolation between stops reproduces the surface
  std::vector<Tick> ticks;       ///< pixel = x; labels are f values
  Text title;                    ///< "f" or "f (log scale)"
  Box plate;                     ///< background behind bar, ticks and title
  Rgba background{20.0f / 255, 20.0f / 255, 24.0f / 255, 210.0f / 255};
};

/// Everything the canvas shows, in drawing order: surface (drawn by the renderer from the session's
/// colour settings), axes, minima, ghosts, trails, starts, heads, inspected rings, eigen-axes,
/// arrows, labels, legend, inspection key, colour bar.
struct Figure {
  sim::ViewTransform transform;  ///< world ↔ layout pixels of this canvas
  double uiScale = 1;
  double fontSize = 16;  ///< layout pixels
  Axes axes;
  std::vector<TrailFigure> trails;  ///< one per run in Session::runs order, then ensembles' (trails.h)
  std::vector<PointMarker> markers;
  std::vector<GhostFigure> ghosts;
  std::vector<AxisFigure> eigenAxes;
  std::vector<ArrowFigure> arrows;
  std::vector<CanvasLabel> labels;
  Legend legend;
  InspectionKey inspectionKey;
  std::optional<ColorBar> colorBar;
};

}  // namespace lv::figure
