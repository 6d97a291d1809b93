// See canvas.h.
#include "app/render/canvas.h"

#include "app/sim/polyline_lod.h"

#include <algorithm>
#include <cmath>

namespace lv::render {

bool Canvas::BaseKey::operator==(const BaseKey& o) const {
  return formula == o.formula && surface == o.surface && scale == o.scale && minima == o.minima &&
         showMinima == o.showMinima && minimumRadius == o.minimumRadius && mapOverlay == o.mapOverlay;
}

template <class Compile>
bool Canvas::compileLandscape(std::uint64_t revision, Compile&& compile) {
  if (hasLandscape_ && revision == landscapeRevision_) return landscapeError_.empty();
  hasLandscape_ = true;
  landscapeRevision_ = revision;  // a failed compile is not retried every frame
  dataRowsKey_ = 0;               // a new surface averages every row until told otherwise
  if (compile(&landscapeError_))
    landscapeError_.clear();
  else if (landscapeError_.empty())
    landscapeError_ = "the surface shader did not build";
  return landscapeError_.empty();
}

bool Canvas::setLandscape(const landscapes::Formula& formula, std::uint64_t revision) {
  return compileLandscape(revision, [&](std::string* error) { return surface_.setFormula(formula, error); });
}

bool Canvas::setLandscape(const landscapes::FiniteSum& sum, std::uint64_t revision) {
  return compileLandscape(revision, [&](std::string* error) { return surface_.setFiniteSum(sum, error); });
}

void Canvas::setDataRows(const std::uint32_t* rows, std::size_t count, std::uint64_t key) {
  if (key == dataRowsKey_) return;
  dataRowsKey_ = key;
  surface_.setDataRows(rows, count);
}

void Canvas::syncTrail(std::size_t index, const std::vector<Eigen::Vector2d>& points, std::uint64_t revision,
                       const View& view, const Viewport& viewport, CanvasTarget target) {
  const double tolerance = sim::thinningTolerance((view.xmax - view.xmin) / std::max(viewport.width, 1),
                                                  (view.ymax - view.ymin) / std::max(viewport.height, 1));
  trails_.sync(index, points, revision, tolerance,
               target == CanvasTarget::Window ? TrailThinning::Sleeve : TrailThinning::Radial);
}

void Canvas::draw(CanvasTarget target, const View& view, const Viewport& viewport, const CanvasStyle& style,
                  const std::vector<TrailStyle>& trailStyles, const std::vector<Eigen::Vector2d>& minima,
                  const std::vector<Arrow>& arrows) {
  glDisable(GL_SCISSOR_TEST);
  if (target == CanvasTarget::Window && surface_.hasFormula() && viewport.width > 0 && viewport.height > 0) {
    drawCached(view, viewport, style, trailStyles, minima);
  } else {
    surface_.prepare(view, viewport.width, viewport.height, false);
    surface_.draw(view, viewport, style.surface, style.colorScale);
    mapOverlay_.draw(view, viewport);
    drawMinima(view, viewport, style, minima);
    // Every halo, then every core: the cached picture's order (trail_layers.h).
    trails_.drawSegments(view, viewport, trailStyles, nullptr, TrailParts::Halos);
    trails_.drawSegments(view, viewport, trailStyles, nullptr, TrailParts::Cores);
  }
  drawAbove(view, viewport, style, trailStyles, arrows);
}

void Canvas::drawMinima(const View& view, const Viewport& viewport, const CanvasStyle& style,
                        const std::vector<Eigen::Vector2d>& minima) {
  if (!style.showMinima || minima.empty()) return;
  markerScratch_.clear();
  for (const Eigen::Vector2d& minimum : minima)
    markerScratch_.push_back({MarkerKind::Star, minimum, minimum, {1, 1, 1, 1}, style.minimumRadius, 1.5f});
  markers_.draw(view, viewport, markerScratch_);
}

void Canvas::drawAbove(const View& view, const Viewport& viewport, const CanvasStyle& style,
                       const std::vector<TrailStyle>& trailStyles, const std::vector<Arrow>& arrows) {
  markerScratch_.clear();
  for (std::size_t i = 0; i < trailStyles.size() && i < trails_.trailCount(); ++i) {
    const TrailStyle& trail = trailStyles[i];
    if (!trail.visible || !trail.markers) continue;
    if (style.showStarts) {
      if (auto first = trails_.firstPoint(i)) {
        markerScratch_.push_back({MarkerKind::Ring, *first, *first, trail.color, style.startRadius, 1.25f});
      }
    }
    if (style.showHeads) {
      if (auto last = trails_.lastPoint(i)) {
        markerScratch_.push_back(
            {MarkerKind::Shape, *last, *last, trail.color, style.headRadius, 1.5f, trail.head});
      }
    }
  }
  for (const Arrow& arrow : arrows) {
    markerScratch_.push_back({MarkerKind::Arrow, arrow.from, arrow.to, arrow.color, arrow.headRadius, 1.25f});
  }
  markers_.draw(view, viewport, markerScratch_);
}

}  // namespace lv::render
