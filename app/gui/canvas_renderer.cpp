#include "app/gui/canvas_renderer.h"

#include <algorithm>
#include <functional>

namespace lv::gui {
namespace {

render::SurfaceStyle surfaceStyle(const sim::ColorSettings& colors) {
  render::SurfaceStyle style;
  style.colormap = colors.colormap;
  style.logScale = colors.logScale;
  style.contourCount = colors.contourCount;
  return style;
}

// Arrows at a run's head, sized in pixels so they read the same at any zoom: the descent
// direction (white, fixed length) and the last actual step (run colour, length clamped).
// `pixel`: landscape units per (UI-scaled) pixel; `headRadius` in framebuffer pixels.
void addHeadArrows(const sim::LiveRun& live, double pixel, float headRadius,
                   std::vector<render::Arrow>& arrows) {
  const sim::Trajectory& t = live.run.trajectory();
  if (t.size() == 0) return;
  const optim::Vec2& head = t.points.back();
  const optim::Vec2& g = t.gradients.back();
  if (g.norm() > 0) arrows.push_back({head, head - g.normalized() * 40 * pixel, {1, 1, 1, 0.9f}, headRadius});
  if (t.size() >= 2) {
    const optim::Vec2 step = head - t.points[t.size() - 2];
    const double lengthPixels = step.norm() / pixel;
    if (lengthPixels > 0.5)
      arrows.push_back({head, head + step * (std::clamp(lengthPixels, 12.0, 60.0) / lengthPixels), live.color,
                        headRadius});
  }
}

}  // namespace

void CanvasRenderer::syncLandscape(const sim::Session& session) {
  const landscapes::Formula& formula = session.landscape().formula;
  // The landscape's revision; until sim counts landscape changes, its text's hash stands in.
  const std::uint64_t revision = std::hash<std::string>{}(formula.text());
  canvas_.setLandscape(formula, revision);
}

void CanvasRenderer::draw(const sim::Session& session, const ui::CanvasFrame& frame, render::CanvasTarget target,
                          const render::Viewport& viewport, float uiScale, bool showArrows) {
  syncLandscape(session);
  const float pixelScale = uiScale * static_cast<float>(viewport.width / frame.transform.width);
  const double unitsPerPixel = frame.transform.unitsPerPixelX() * uiScale;
  // Members, cleared: a frame allocates nothing once the vectors have grown.
  std::vector<render::TrailStyle>& styles = trailStyles_;
  std::vector<render::Arrow>& arrows = arrows_;
  styles.clear();
  arrows.clear();
  for (size_t i = 0; i < session.runs.size(); ++i) {
    const sim::LiveRun& live = session.runs[i];
    canvas_.syncTrail(i, live.run.trajectory().points, live.run.generation(), frame.transform.view, viewport);
    render::TrailStyle style;
    style.color = live.color;
    style.visible = live.visible;
    style.width = 2.5f * pixelScale;
    style.haloWidth = 1.5f * pixelScale;
    styles.push_back(style);
    if (showArrows && live.visible) addHeadArrows(live, unitsPerPixel, 5 * pixelScale, arrows);
  }
  canvas_.removeTrailsFrom(session.runs.size());
  render::CanvasStyle style;
  style.surface = surfaceStyle(session.colors);
  style.headRadius = 5 * pixelScale;
  style.startRadius = 6 * pixelScale;
  style.minimumRadius = 8 * pixelScale;
  canvas_.draw(target, frame.transform.view, viewport, style, styles, session.landscape().minima, arrows);
}

}  // namespace lv::gui
