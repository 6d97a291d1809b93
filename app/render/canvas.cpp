// See canvas.h.
#include "app/render/canvas.h"

namespace lv::render {

void Canvas::draw(const View& view, const Viewport& viewport, const CanvasStyle& style,
                  const std::vector<TrailStyle>& trailStyles,
                  const std::vector<Eigen::Vector2d>& minima, const std::vector<Arrow>& arrows) {
  surface_.draw(view, viewport, style.surface);

  std::vector<Marker> below;
  if (style.showMinima) {
    for (const Eigen::Vector2d& minimum : minima) {
      below.push_back({MarkerKind::Star, minimum, minimum, {1, 1, 1, 1}, style.minimumRadius, 1.5f});
    }
  }
  markers_.draw(view, viewport, below);

  trails_.draw(view, viewport, trailStyles);

  std::vector<Marker> above;
  for (std::size_t i = 0; i < trailStyles.size() && i < trails_.trailCount(); ++i) {
    const TrailStyle& trail = trailStyles[i];
    if (!trail.visible) continue;
    if (style.showStarts) {
      if (auto first = trails_.firstPoint(i)) {
        above.push_back({MarkerKind::Ring, *first, *first, trail.color, style.startRadius, 1.25f});
      }
    }
    if (style.showHeads) {
      if (auto last = trails_.lastPoint(i)) {
        above.push_back({MarkerKind::Disc, *last, *last, trail.color, style.headRadius, 1.5f});
      }
    }
  }
  for (const Arrow& arrow : arrows) {
    above.push_back({MarkerKind::Arrow, arrow.from, arrow.to, arrow.color, arrow.headRadius, 1.25f});
  }
  markers_.draw(view, viewport, above);
}

}  // namespace lv::render
