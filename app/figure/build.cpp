// See build.h.
#include "app/figure/build.h"

#include "app/figure/arrows.h"
#include "app/figure/label_placement.h"
#include "app/figure/legend.h"
#include "app/figure/run_style.h"
#include "app/figure/ticks.h"
#include "app/figure/trails.h"
#include "app/sim/ensemble.h"
#include "app/sim/run_label.h"
#include "app/sim/run_status.h"

#include <algorithm>
#include <cstdio>

namespace lv::figure {
namespace {

Axes buildAxes(const sim::ViewTransform& t, double uiScale, const TextMetrics& metrics) {
  Axes axes;
  axes.gridWidth = uiScale;
  axes.tickLength = 6 * uiScale;
  const double font = metrics.fontSize;
  axes.x = fittedTicks(t.view.xmin, t.view.xmax, 0, t.width, 8, false, AxisDirection::Horizontal, metrics);
  for (Tick& tick : axes.x)
    tick.label = {tick.label.text, {tick.pixel + 3 * uiScale, t.height - font - 4 * uiScale}, axes.tickColor};
  axes.y = fittedTicks(t.view.ymin, t.view.ymax, t.height, 0, 6, false, AxisDirection::Vertical, metrics);
  for (Tick& tick : axes.y)
    tick.label = {tick.label.text, {8 * uiScale, tick.pixel - font - uiScale}, axes.tickColor};
  // A y label in the x labels' row would print over them: keep its grid line, drop its text.
  const double xLabelTop = t.height - font - 4 * uiScale;
  for (Tick& tick : axes.y)
    if (tick.label.at.y() + font > xLabelTop) tick.label.text.clear();
  return axes;
}

// An ensemble's loss is its members' median at the run's last step (the loss plot's bold line).
std::string lossAndStatus(const sim::LiveRun& live, bool playing, size_t stepLimit) {
  const sim::Trajectory& t = live.run.trajectory();
  char loss[64] = "-";
  if (t.size() > 0 && live.ensemble.members.empty()) {
    std::snprintf(loss, sizeof loss, "%.4g", t.losses.back());
  } else if (t.size() > 0) {
    std::vector<double> scratch;
    const sim::LossQuantiles q = sim::lossQuantilesAt(live.run, live.ensemble, t.size() - 1, scratch);
    std::snprintf(loss, sizeof loss, "%.4g (median of %zu)", q.median, q.count);
  }
  return std::string("loss ") + loss + "  " + sim::statusText(live.run, playing, stepLimit);
}

}  // namespace

Box overlayArea(const Figure& figure, const TextMetrics& metrics) {
  double labelWidth = 0;
  for (const Tick& tick : figure.axes.y) labelWidth = std::max(labelWidth, metrics.width(tick.label.text));
  const double margin = 0.5 * metrics.fontSize;
  return {8 * figure.uiScale + labelWidth + margin, margin, figure.transform.width - margin,
          figure.transform.height - metrics.fontSize - 8 * figure.uiScale};
}

Figure buildFigure(const sim::Session& session, const sim::ViewTransform& transform, const FigureStyle& style,
                   const TextMetrics& metrics) {
  Figure figure;
  const double s = style.uiScale;
  figure.transform = transform;
  figure.uiScale = s;
  figure.fontSize = metrics.fontSize;
  figure.axes = buildAxes(transform, s, metrics);

  for (const Vec2& minimum : session.landscape().minima)
    figure.markers.push_back(
        {MarkerKind::Minimum, std::nullopt, minimum, 8 * s, {1, 1, 1, 1}, MarkerShape::Disc});
  figure.trails = buildTrails(session, s);
  std::vector<LegendRow> rows;
  for (std::size_t i = 0; i < session.runs.size(); ++i) {
    const sim::LiveRun& live = session.runs[i];
    const DashPattern dash = runDashPattern(i);
    const MarkerShape shape = runMarkerShape(i);
    rows.push_back({i, sim::runLabel(session, i),
                    lossAndStatus(live, style.playing, session.stepLimitInEffect()), live.color, dash, shape,
                    live.visible});
    const std::vector<Vec2>& path = markedPath(live);
    if (!live.visible || path.empty()) continue;
    figure.markers.push_back({MarkerKind::Start, i, path.front(), 6 * s, live.color, MarkerShape::Disc});
    figure.markers.push_back({MarkerKind::Head, i, path.back(), 5 * s, live.color, shape});
    if (style.showArrows)
      addHeadArrows(live.run, i, live.color, transform.unitsPerPixelX(), s, figure.arrows);
  }

  std::vector<KeyRow> key;
  auto hasArrow = [&](ArrowKind kind) {
    return std::any_of(figure.arrows.begin(), figure.arrows.end(),
                       [&](const ArrowFigure& a) { return a.kind == kind; });
  };
  if (hasArrow(ArrowKind::Descent)) key.push_back({ArrowKind::Descent, "−∇f (log length)", {1, 1, 1, 0.9f}});
  if (hasArrow(ArrowKind::Step)) key.push_back({ArrowKind::Step, "last step (true length)", {1, 1, 1, 0.9f}});
  const Box area = overlayArea(figure, metrics);
  figure.legend = layoutLegend(rows, key, style.legend, area, metrics, style.interactive);
  if (style.colorMapping)
    figure.colorBar = layoutColorBar(*style.colorMapping, area, style.legend.corner, metrics);
  if (style.ghosts) addGhosts(figure, session, *style.ghosts);
  sim::StepInspector fresh(0);
  addInspection(figure, session, style.inspection, style.inspector ? *style.inspector : fresh, area, metrics);

  // Labels go inside the canvas, clear of the legend, the colour bar, the key and the labels placed
  // before: the arrows' first, as they are tied to a few pixels around their tips.
  std::vector<Box> obstacles;
  if (!figure.legend.box.empty()) obstacles.push_back(figure.legend.box);
  if (!figure.legend.toggle.empty()) obstacles.push_back(figure.legend.toggle);
  if (figure.colorBar) obstacles.push_back(figure.colorBar->plate);
  if (!figure.inspectionKey.box.empty()) obstacles.push_back(figure.inspectionKey.box);
  const Box canvas{4 * s, 4 * s, transform.width - 4 * s, transform.height - 4 * s};
  placeArrowLabels(figure, metrics, canvas, obstacles);
  // "diverged at step k" beside the last finite point (the start when even that was not finite).
  const std::vector<Vec2> corners{{1, -1}, {1, 1}, {-1, -1}, {-1, 1}};
  for (std::size_t i = 0; i < session.runs.size(); ++i) {
    const sim::LiveRun& live = session.runs[i];
    if (!live.visible || !live.run.diverged()) continue;
    const auto& points = live.run.trajectory().points;
    const Vec2 head = transform.toScreen(points.empty() ? live.run.start() : points.back());
    CanvasLabel label;
    label.run = i;
    label.text.text = sim::statusText(live.run, style.playing, session.stepLimitInEffect());
    label.text.color = live.color;
    const double pad = 4 * s;
    label.box = placeLabel(head, corners, metrics.width(label.text.text) + 2 * pad,
                           metrics.lineHeight() + 2 * pad, canvas, obstacles, 10 * s);
    label.text.at = {label.box.x0 + pad, label.box.y0 + pad};
    obstacles.push_back(label.box);
    figure.labels.push_back(label);
  }
  return figure;
}

}  // namespace lv::figure
