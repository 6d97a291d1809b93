// See simplify.h. An explicit stack instead of recursion: a long straight run must not exhaust the
// call stack.
#include "app/export/simplify.h"

#include <algorithm>
#include <utility>

namespace lv::exports {
namespace {

// Distance from p to the segment a–b (to a when a == b).
double segmentDistance(const optim::Vec2& p, const optim::Vec2& a, const optim::Vec2& b) {
  const optim::Vec2 ab = b - a;
  const double length2 = ab.squaredNorm();
  if (!(length2 > 0)) return (p - a).norm();
  const double u = std::clamp((p - a).dot(ab) / length2, 0.0, 1.0);
  return (p - (a + u * ab)).norm();
}

}  // namespace

std::vector<optim::Vec2> simplifiedPolyline(const std::vector<optim::Vec2>& points, double tolerance) {
  if (points.size() <= 2) return points;
  std::vector<bool> keep(points.size(), false);
  keep.front() = keep.back() = true;
  std::vector<std::pair<std::size_t, std::size_t>> spans{{0, points.size() - 1}};
  while (!spans.empty()) {
    const auto [first, last] = spans.back();
    spans.pop_back();
    double farthest = -1;
    std::size_t index = first;
    for (std::size_t i = first + 1; i < last; ++i) {
      const double d = segmentDistance(points[i], points[first], points[last]);
      if (d > farthest) {
        farthest = d;
        index = i;
      }
    }
    if (farthest > tolerance) {
      keep[index] = true;
      spans.push_back({first, index});
      spans.push_back({index, last});
    }
  }
  std::vector<optim::Vec2> kept;
  for (std::size_t i = 0; i < points.size(); ++i)
    if (keep[i]) kept.push_back(points[i]);
  return kept;
}

}  // namespace lv::exports
