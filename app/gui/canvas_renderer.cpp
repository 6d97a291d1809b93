// See canvas_renderer.h.
#include "app/gui/canvas_renderer.h"

#include "app/figure/trails.h"
#include "app/gui/view3d_draw.h"
#include "app/sim/colormap.h"
#include "app/sim/scene_colors.h"
#include "app/sim/surface_pick.h"

#include <algorithm>
#include <functional>

namespace lv::gui {
namespace {

constexpr int kColorBarStops = 64;

render::SurfaceStyle surfaceStyle(const sim::ColorSettings& colors) {
  render::SurfaceStyle style;
  style.colormap = colors.colormap;
  style.logScale = colors.logScale;
  style.contourCount = colors.contourCount;
  return style;
}

// The first marker of `kind` (run markers share one size per kind in today's render::Canvas).
double markerRadius(const figure::Figure& f, figure::MarkerKind kind, double fallback) {
  for (const figure::PointMarker& m : f.markers)
    if (m.kind == kind) return m.radius;
  return fallback * f.uiScale;
}

}  // namespace

void CanvasRenderer::syncLandscape(const sim::Session& session) {
  const std::uint64_t revision = session.landscapeRevision();
  if (const sim::ResolvedData* data = session.data()) {
    canvas_.setLandscape(data->sum(), revision);
    syncBatchSurface(session);
  } else {
    canvas_.setLandscape(session.landscape().formula, revision);
  }
}

void CanvasRenderer::syncBatchSurface(const sim::Session& session) {
  const auto index = session.batchSurfaceRun;
  if (!index || *index >= session.runs.size() || !session.runs[*index].run.gradientSource().stochastic()) {
    canvas_.setDataRows(nullptr, 0, 0);
    return;
  }
  const sim::Run& run = session.runs[*index].run;
  // The batch the last update used (the first update's before any): the surface that step descended.
  const std::uint64_t update = std::max<std::uint64_t>(1, run.stepCount());
  const std::uint64_t key = (run.generation() * 0x9E3779B97F4A7C15ull) ^ update;
  if (key == 0) return;
  sim::GradientSource source = run.gradientSource();  // batchOf() keeps scratch state
  source.batchOf(update, batchRows_);
  if (batchRows_.empty()) {  // noise only: every row
    canvas_.setDataRows(nullptr, 0, 0);
    return;
  }
  canvas_.setDataRows(batchRows_.data(), batchRows_.size(), key);
}

const sim::ColorScale& CanvasRenderer::colorScale(const sim::Session& session, const sim::Rect& view) {
  const sim::ColorSettings& colors = session.colors;
  const std::uint64_t landscape = session.landscapeRevision();
  const bool same = scaleKnown_ && landscape == scaleLandscape_ && colors.logScale == scaleColors_.logScale &&
                    colors.contourCount == scaleColors_.contourCount &&
                    colors.lockScale == scaleColors_.lockScale && colors.range == scaleColors_.range &&
                    (colors.range || view == scaleView_);
  if (!same) {
    scale_ = sim::colorScaleFor(colors, session.landscapeValue(), view);
    scaleLandscape_ = landscape;
    scaleColors_ = colors;
    scaleView_ = view;
    scaleKnown_ = true;
  }
  return scale_;
}

figure::ColorMapping CanvasRenderer::colorMapping(const sim::Session& session, const sim::Rect& view) {
  figure::ColorMapping mapping;
  mapping.colormap = session.colors.colormap;
  mapping.scale = colorScale(session, view);
  if (mapping.scale.valid)
    for (int i = 0; i < kColorBarStops; ++i) {
      const auto c = sim::colormapColor(mapping.colormap, i / double(kColorBarStops - 1));
      mapping.colors.push_back({c[0], c[1], c[2], 1});
    }
  return mapping;
}

sim::HeightField CanvasRenderer::heightField(const sim::Session& session, const sim::Rect& view) {
  return sim::heightFieldOf(session, view, colorScale(session, view));
}

void CanvasRenderer::draw(const sim::Session& session, const ui::CanvasFrame& frame,
                          render::CanvasTarget target, const render::Viewport& viewport, sim::ViewMode mode) {
  syncLandscape(session);
  const figure::Figure& figure = frame.figure;
  const float pixelScale = static_cast<float>(viewport.width / frame.transform.width);
  // Members, cleared: a frame allocates nothing once the vectors have grown.
  std::vector<render::TrailStyle>& styles = trailStyles_;
  std::vector<render::Arrow>& arrows = arrows_;
  styles.clear();
  arrows.clear();
  for (size_t i = 0; i < figure.trails.size(); ++i) {
    const figure::TrailFigure& trail = figure.trails[i];
    const figure::TrailSource source = figure::trailSource(session, trail);
    canvas_.syncTrail(i, source.points, source.generation, frame.transform.view, viewport, target);
    render::TrailStyle style;
    style.color = trail.color;
    style.visible = trail.visible;
    style.width = static_cast<float>(trail.width) * pixelScale;
    style.haloWidth = static_cast<float>(trail.haloWidth) * pixelScale;
    style.dash = trail.dash;
    style.head = trail.headShape;
    style.markers = trail.markers;
    styles.push_back(style);
  }
  canvas_.removeTrailsFrom(figure.trails.size());
  for (const figure::ArrowFigure& a : figure.arrows)
    arrows.push_back({a.from, a.to, a.color, static_cast<float>(a.headRadius) * pixelScale});
  render::CanvasStyle style;
  style.surface = surfaceStyle(session.colors);
  style.colorScale = colorScale(session, frame.transform.view);
  style.headRadius = static_cast<float>(markerRadius(figure, figure::MarkerKind::Head, 5)) * pixelScale;
  style.startRadius = static_cast<float>(markerRadius(figure, figure::MarkerKind::Start, 6)) * pixelScale;
  style.minimumRadius = static_cast<float>(markerRadius(figure, figure::MarkerKind::Minimum, 8)) * pixelScale;
  if (mode == sim::ViewMode::Surface)
    drawView3d(canvas3d_, session, heightField(session, frame.transform.view), target, viewport, style,
               figure.trails, styles);
  else
    canvas_.draw(target, frame.transform.view, viewport, style, styles, session.landscape().minima, arrows);
}

}  // namespace lv::gui
