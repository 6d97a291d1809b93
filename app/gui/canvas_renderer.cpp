// See canvas_renderer.h.
#include "app/gui/canvas_renderer.h"

#include "app/render/colormap.h"
#include "app/render/value_range.h"

#include <algorithm>

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
  const landscapes::Formula& formula = session.landscape().formula;
  if (formula.text() == formulaText_) return;
  formulaText_ = formula.text();
  if (canvas_.surface().setFormula(formula, &shaderError_)) shaderError_.clear();
}

const figure::ColorMapping& CanvasRenderer::colorMapping(const sim::Session& session, const sim::Rect& view) {
  const landscapes::Formula& formula = session.landscape().formula;
  const bool sameView = mappingView_.xmin == view.xmin && mappingView_.xmax == view.xmax &&
                        mappingView_.ymin == view.ymin && mappingView_.ymax == view.ymax;
  if (!mappingValid_ || !sameView || mappingFormula_ != formula.text() ||
      mapping_.colormap != session.colors.colormap || mapping_.logScale != session.colors.logScale) {
    // The same estimate, over the same view, as SurfacePass makes for the pixels.
    const render::ValueRange range =
        render::estimateValueRange([&](const Eigen::Vector2d& p) { return formula.value(p); }, view);
    mapping_.colormap = session.colors.colormap;
    mapping_.logScale = session.colors.logScale;
    mapping_.lo = range.lo;
    mapping_.hi = range.hi;
    mapping_.hiLog = range.hiLog;
    mapping_.eps = range.eps;
    mapping_.colors.clear();
    if (range.valid)
      for (int i = 0; i < kColorBarStops; ++i) {
        const auto c = render::colormapColor(mapping_.colormap, i / double(kColorBarStops - 1));
        mapping_.colors.push_back({c[0], c[1], c[2], 1});
      }
    mappingFormula_ = formula.text();
    mappingView_ = view;
    mappingValid_ = true;
  }
  return mapping_;
}

void CanvasRenderer::draw(const sim::Session& session, const ui::CanvasFrame& frame,
                          const render::Viewport& viewport) {
  syncLandscape(session);
  const figure::Figure& figure = frame.figure;
  const float pixelScale = static_cast<float>(viewport.width / frame.transform.width);
  // Members, cleared: a frame allocates nothing once the vectors have grown.
  std::vector<render::TrailStyle>& styles = trailStyles_;
  std::vector<render::Arrow>& arrows = arrows_;
  styles.clear();
  arrows.clear();
  for (size_t i = 0; i < session.runs.size(); ++i) {
    const sim::LiveRun& live = session.runs[i];
    canvas_.trails().sync(i, live.run.trajectory().points, live.run.generation());
    render::TrailStyle style;
    style.color = live.color;
    style.visible = live.visible;
    if (i < figure.trails.size()) {
      // Dash patterns and head shapes wait for render::TrailStyle to carry them.
      const figure::TrailFigure& trail = figure.trails[i];
      style.color = trail.color;
      style.visible = trail.visible;
      style.width = static_cast<float>(trail.width) * pixelScale;
      style.haloWidth = static_cast<float>(trail.haloWidth) * pixelScale;
    }
    styles.push_back(style);
  }
  for (const figure::ArrowFigure& a : figure.arrows)
    arrows.push_back({a.from, a.to, a.color, static_cast<float>(a.headRadius) * pixelScale});
  canvas_.trails().removeTrailsFrom(session.runs.size());
  render::CanvasStyle style;
  style.surface = surfaceStyle(session.colors);
  style.headRadius = static_cast<float>(markerRadius(figure, figure::MarkerKind::Head, 5)) * pixelScale;
  style.startRadius = static_cast<float>(markerRadius(figure, figure::MarkerKind::Start, 6)) * pixelScale;
  style.minimumRadius = static_cast<float>(markerRadius(figure, figure::MarkerKind::Minimum, 8)) * pixelScale;
  canvas_.draw(frame.transform.view, viewport, style, styles, session.landscape().minima, arrows);
}

}  // namespace lv::gui
