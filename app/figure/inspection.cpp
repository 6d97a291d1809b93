// See inspection.h.
#include "app/figure/inspection.h"

#include "app/figure/arrows.h"
#include "app/figure/label_placement.h"
#include "app/figure/legend.h"
#include "app/sim/geometry.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

namespace lv::figure {
namespace {

/// The first moment or momentum buffer in the unit's state (torch's names), or nullopt.
std::optional<Vec2> firstMoment(const optim::Optimizer& optimizer) {
  for (const optim::StateEntry& entry : optimizer.stateEntries())
    if (std::strcmp(entry.name, "exp_avg") == 0 || std::strcmp(entry.name, "momentum_buffer") == 0)
      return entry.value;
  return std::nullopt;
}

constexpr double kStillPixels = 1e-3;

/// A world vector as a screen vector (y down) of `pixelsPerUnit` times its length.
Vec2 onScreen(const Vec2& v, double pixelsPerUnit) { return {v.x() * pixelsPerUnit, -v.y() * pixelsPerUnit}; }

struct ArrowMaker {
  const Figure& figure;
  std::size_t run;

  /// An arrow from world point `from` along the screen vector `along`; nullopt below a pixel.
  std::optional<ArrowFigure> operator()(ArrowKind kind, const Vec2& from, const Vec2& along,
                                        const Rgba& color, const std::string& label) const {
    const double length = along.norm();
    if (!(length >= 1) || !from.allFinite()) return std::nullopt;
    const Vec2 tip = figure.transform.toScreen(from) + along;
    ArrowFigure arrow;
    arrow.run = run;
    arrow.kind = kind;
    arrow.from = from;
    arrow.to = figure.transform.toWorld(tip);
    arrow.lengthPixels = length;
    arrow.headRadius = 5 * figure.uiScale;
    arrow.color = color;
    arrow.label = {label, tip, color};  // placed by placeArrowLabels, once every mark is known
    return arrow;
  }
};

void addArrows(Figure& figure, const sim::InspectedStep& step, std::size_t run, std::vector<KeyRow>& key) {
  const double s = figure.uiScale;
  const ArrowMaker make{figure, run};
  std::optional<Vec2> moment = firstMoment(step.optimizer);
  // None before the first update, none for sgd without momentum, and none at convergence, where
  // the direction is float noise (as the head's descent arrow).
  if (moment && (step.step == 0 || !(moment->norm() >= kConvergedGradient))) moment.reset();
  const bool gradient = step.gradient.norm() >= kConvergedGradient;
  // −g and −m share one scale (both are gradient units), so their lengths compare.
  const double largest = std::max(gradient ? step.gradient.norm() : 0.0, moment ? moment->norm() : 0.0);
  if (std::isfinite(largest) && largest > 0) {
    const double perUnit = kMomentPixels * s / largest;
    const std::pair<ArrowKind, std::optional<Vec2>> shown[] = {
        {ArrowKind::UsedGradient, gradient ? std::optional<Vec2>(step.gradient) : std::nullopt},
        {ArrowKind::Moment, moment}};
    for (const auto& [kind, vector] : shown) {
      if (!vector) continue;
      const bool isGradient = kind == ArrowKind::UsedGradient;
      if (auto a = make(kind, step.from, onScreen(-*vector, perUnit),
                        isGradient ? kUsedGradientColor : kMomentColor, isGradient ? "−g" : "−m"))
        figure.arrows.push_back(*a);
    }
  }
  // Last, on top: for plain gradient descent the step lies along −g.
  const double taken = (figure.transform.toScreen(step.to) - figure.transform.toScreen(step.from)).norm();
  // A step of under a thousandth of a pixel, magnified, would suggest motion that is not there.
  if (step.step > 0 && taken >= kStillPixels) {
    const double shown = std::clamp(taken, kStepTakenMinPixels * s, kStepTakenMaxPixels * s);
    const double factor = shown / taken;
    char label[32] = "step";
    if (std::abs(factor - 1) > 0.01) std::snprintf(label, sizeof label, "step ×%.3g", factor);
    const Vec2 along = (figure.transform.toScreen(step.to) - figure.transform.toScreen(step.from)) * factor;
    if (auto a = make(ArrowKind::StepTaken, step.from, along, kStepTakenColor, label))
      figure.arrows.push_back(*a);
  }
  const KeyRow rows[] = {{ArrowKind::UsedGradient, "−g used", kUsedGradientColor},
                         {ArrowKind::Moment, "−m moment", kMomentColor},
                         {ArrowKind::StepTaken, "step taken", kStepTakenColor}};
  for (const KeyRow& row : rows)  // a row for each arrow drawn
    if (std::any_of(figure.arrows.begin(), figure.arrows.end(),
                    [&](const ArrowFigure& a) { return a.kind == row.kind; }))
      key.push_back(row);
}

void addAxes(Figure& figure, const sim::Run& run, const Vec2& point) {
  const auto g = sim::runGeometry(run, point);
  if (!g) return;
  const double largest = std::max(std::abs(g->minEigenvalue), std::abs(g->maxEigenvalue));
  if (!(largest > 0) || !std::isfinite(largest)) return;
  const Vec2 centre = figure.transform.toScreen(point);
  for (const auto& [lambda, axis] :
       {std::pair{g->minEigenvalue, g->minAxis}, std::pair{g->maxEigenvalue, g->maxAxis}}) {
    const Vec2 half = onScreen(axis, kAxisPixels * figure.uiScale * std::abs(lambda) / largest);
    AxisFigure a;
    a.from = figure.transform.toWorld(centre - half);
    a.to = figure.transform.toWorld(centre + half);
    a.eigenvalue = lambda;
    a.width = 2 * figure.uiScale;
    a.color = lambda >= 0 ? kPositiveCurvatureColor : kNegativeCurvatureColor;
    if (half.norm() >= 0.5) figure.eigenAxes.push_back(a);  // λ ≈ 0: no length to draw
  }
}

// The key's box at the bottom left of `area`, or its top left when the legend or the colour bar is
// in the way.
InspectionKey layoutKey(const std::vector<KeyRow>& rows, const Box& area, const Figure& figure,
                        const TextMetrics& metrics, double s) {
  InspectionKey key;
  std::vector<std::pair<KeyRow, bool>> all;
  for (const KeyRow& row : rows) all.push_back({row, false});
  for (const bool positive : {true, false})  // a row for each sign drawn
    if (std::any_of(figure.eigenAxes.begin(), figure.eigenAxes.end(),
                    [&](const AxisFigure& a) { return (a.eigenvalue >= 0) == positive; }))
      all.push_back({{ArrowKind::StepTaken, positive ? "axis λ > 0" : "axis λ < 0",
                      positive ? kPositiveCurvatureColor : kNegativeCurvatureColor},
                     true});
  if (all.empty()) return key;
  const double line = metrics.lineHeight() + 2 * s, swatch = 22 * s, pad = 6 * s;
  double textWidth = 0;
  for (const auto& row : all) textWidth = std::max(textWidth, metrics.width(row.first.text));
  const double width = swatch + 3 * pad + textWidth,
               height = 2 * pad + line * static_cast<double>(all.size());
  key.box = {area.x0, area.y1 - height, area.x0 + width, area.y1};
  auto covered = [&](const Box& b) {
    return b.overlaps(figure.legend.box) || b.overlaps(figure.legend.toggle) ||
           (figure.colorBar && b.overlaps(figure.colorBar->plate));
  };
  if (covered(key.box)) key.box = {area.x0, area.y0, area.x0 + width, area.y0 + height};
  for (std::size_t i = 0; i < all.size(); ++i) {
    const double y = key.box.y0 + pad + line * static_cast<double>(i);
    KeyEntry entry;
    entry.kind = all[i].first.kind;
    entry.line = all[i].second;
    entry.swatch = {key.box.x0 + pad, y, key.box.x0 + pad + swatch, y + line};
    entry.color = all[i].first.color;
    entry.text = {
        all[i].first.text, {entry.swatch.x1 + pad, y + 0.5 * (line - metrics.fontSize)}, {1, 1, 1, 0.92f}};
    key.rows.push_back(entry);
  }
  return key;
}

}  // namespace

std::size_t shownStepOf(const InspectionOptions& options, std::size_t stepCount) {
  return options.step ? std::min(*options.step, stepCount) : stepCount;
}

void addInspection(Figure& figure, const sim::Session& session, const InspectionOptions& options,
                   sim::StepInspector& inspector, const Box& area, const TextMetrics& metrics) {
  const double s = figure.uiScale;
  if (options.step)
    for (std::size_t i = 0; i < session.runs.size(); ++i) {
      const sim::LiveRun& live = session.runs[i];
      const sim::Trajectory& t = live.run.trajectory();
      if (!live.visible || t.size() == 0) continue;
      const Vec2& at = t.points[std::min(shownStepOf(options, live.run.stepCount()), t.size() - 1)];
      figure.markers.push_back(
          {MarkerKind::Inspected, i, at, kRingPixels * s, live.color, MarkerShape::Disc});
    }
  if (!options.run || *options.run >= session.runs.size() || !(options.arrows || options.eigenAxes)) return;
  const sim::LiveRun& live = session.runs[*options.run];
  if (!live.visible) return;
  const auto step = inspector.at(live.run, shownStepOf(options, live.run.stepCount()));
  if (!step) return;
  std::vector<KeyRow> key;
  if (options.eigenAxes) addAxes(figure, live.run, step->to);
  if (options.arrows) addArrows(figure, *step, *options.run, key);
  figure.inspectionKey = layoutKey(key, area, figure, metrics, s);
}

void placeArrowLabels(Figure& figure, const TextMetrics& metrics, const Box& area,
                      std::vector<Box>& obstacles) {
  const double s = figure.uiScale, pad = 2 * s;
  const sim::ViewTransform& t = figure.transform;
  // Text over a marker or an arrow hides what it names: every one is an obstacle, the label's own
  // arrow included (its spots lie beyond the tip, clear of it).
  for (const PointMarker& m : figure.markers)  // 1.2 r: a diamond's reach; 3 s: the ring's stroke
    obstacles.push_back(markerBox(t.toScreen(m.at), 1.2 * m.radius, 3 * s));
  for (const ArrowFigure& a : figure.arrows)
    addArrowBoxes(t.toScreen(a.from), t.toScreen(a.to), a.headRadius, 2 * s, obstacles);
  for (ArrowFigure& a : figure.arrows) {
    if (a.label.text.empty()) continue;
    const Vec2 from = t.toScreen(a.from), tip = t.toScreen(a.to);
    const Box box = placeLabel(tip, directionsAround(tip - from), metrics.width(a.label.text) + 2 * pad,
                               metrics.lineHeight() + 2 * pad, area, obstacles, 2 * s);
    a.label.at = {box.x0 + pad, box.y0 + pad};
    obstacles.push_back(box);
  }
}

void addGhosts(Figure& figure, const sim::Session& session, const sim::GhostPaths& ghosts) {
  for (std::size_t i = 0; i < session.runs.size(); ++i) {
    const std::vector<Vec2>& ghost = ghosts.ghostOf(i);
    if (ghost.size() < 2 || !session.runs[i].visible) continue;
    GhostFigure g;
    g.run = i;
    const sim::Rgba& c = session.runs[i].color;
    g.color = {c[0], c[1], c[2], 0.5f};
    g.width = 2 * figure.uiScale;
    g.dashPixels = kGhostDashPixels * figure.uiScale;
    const std::size_t stride =
        std::max<std::size_t>(1, (ghost.size() + kGhostMaxPoints - 1) / kGhostMaxPoints);
    for (std::size_t k = 0; k < ghost.size(); k += stride) g.points.push_back(ghost[k]);
    if ((ghost.size() - 1) % stride != 0) g.points.push_back(ghost.back());
    figure.ghosts.push_back(std::move(g));
  }
}

}  // namespace lv::figure
