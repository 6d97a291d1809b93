// See label_placement.h.
#include "app/figure/label_placement.h"

#include <algorithm>
#include <cmath>

namespace lv::figure {

Box boxBeside(const Vec2& anchor, const Vec2& direction, double width, double height, double offset) {
  // Scaled so the larger coordinate is ±1: diagonals reach the corner, axis directions a side's middle.
  const Vec2 d = direction / std::max(std::abs(direction.x()), std::abs(direction.y()));
  const Vec2 centre = anchor + Vec2(d.x() * (0.5 * width + offset), d.y() * (0.5 * height + offset));
  return {centre.x() - 0.5 * width, centre.y() - 0.5 * height, centre.x() + 0.5 * width,
          centre.y() + 0.5 * height};
}

Box placeLabel(const Vec2& anchor, const std::vector<Vec2>& directions, double width, double height,
               const Box& area, const std::vector<Box>& obstacles, double offset) {
  auto clamped = [&](const Box& b) {
    const double x = std::clamp(b.x0, area.x0, std::max(area.x0, area.x1 - width));
    const double y = std::clamp(b.y0, area.y0, std::max(area.y0, area.y1 - height));
    return Box{x, y, x + width, y + height};
  };
  auto clear = [&](const Box& b) {
    return std::none_of(obstacles.begin(), obstacles.end(), [&](const Box& o) { return o.overlaps(b); });
  };
  // Farther out before anywhere else: a label a line away from its point still reads as its own.
  for (int ring = 0; ring < 3; ++ring)
    for (const Vec2& d : directions) {
      const Box b = clamped(boxBeside(anchor, d, width, height, offset + ring * height));
      if (clear(b)) return b;
    }
  const Box first = directions.empty()
                        ? clamped(Box{anchor.x(), anchor.y(), anchor.x() + width, anchor.y() + height})
                        : clamped(boxBeside(anchor, directions[0], width, height, offset));
  for (double y = area.y0; y + height <= area.y1; y += height / 2) {
    const Box b = clamped({first.x0, y, first.x0 + width, y + height});
    if (clear(b)) return b;
  }
  return first;
}

std::vector<Vec2> directionsAround(const Vec2& preferred) {
  const Vec2 u = preferred.normalized();
  auto turned = [&](double degrees) {  // clockwise on the screen (y down) for positive angles
    const double a = degrees * M_PI / 180, c = std::cos(a), s = std::sin(a);
    return Vec2(c * u.x() - s * u.y(), s * u.x() + c * u.y());
  };
  return {u, turned(45), turned(-45), turned(90), turned(-90), turned(135), turned(-135), -u};
}

void addArrowBoxes(const Vec2& from, const Vec2& tip, double headRadius, double shaftHalfWidth,
                   std::vector<Box>& boxes) {
  const double length = (tip - from).norm();
  if (!(length > 0) || !std::isfinite(length)) return;
  const Vec2 u = (tip - from) / length;
  const double head = std::min(2.4 * headRadius, 0.7 * length);
  // Squares no farther apart than their half-size, so the chain has no gaps, one of them on the
  // head's base; within the head each is as wide as the head is there, narrowing to the tip.
  const double spacing = std::max(1.0, shaftHalfWidth), base = length - head;
  for (double t = 0;; t = std::min(t + spacing, t < base ? base : length)) {
    const double back = length - t;
    const double half = back <= head ? std::max(shaftHalfWidth, headRadius * back / head) : shaftHalfWidth;
    const Vec2 c = from + t * u;
    boxes.push_back({c.x() - half, c.y() - half, c.x() + half, c.y() + half});
    if (t >= length) break;
  }
}

Box markerBox(const Vec2& centre, double radius, double margin) {
  const double r = radius + margin;
  return {centre.x() - r, centre.y() - r, centre.x() + r, centre.y() + r};
}

}  // namespace lv::figure
