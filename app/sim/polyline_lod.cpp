// See polyline_lod.h.
#include "app/sim/polyline_lod.h"

#include <algorithm>
#include <cmath>

namespace lv::sim {

bool PolylineThinner::keep(const optim::Vec2& p) {
  if (lastKept_ && tolerance_ > 0 && (p - *lastKept_).squaredNorm() <= tolerance_ * tolerance_) return false;
  lastKept_ = p;
  return true;
}

std::vector<optim::Vec2> thinnedPolyline(const std::vector<optim::Vec2>& points, double tolerance) {
  std::vector<optim::Vec2> kept;
  PolylineThinner thinner(tolerance);
  const optim::Vec2* last = nullptr;
  bool lastKept = false;
  for (const optim::Vec2& p : points) {
    if (!p.allFinite()) continue;
    last = &p;
    lastKept = thinner.keep(p);
    if (lastKept) kept.push_back(p);
  }
  if (last && !lastKept) kept.push_back(*last);
  return kept;
}

double thinningTolerance(double unitsPerPixelX, double unitsPerPixelY) {
  const double finer = std::min(std::abs(unitsPerPixelX), std::abs(unitsPerPixelY));
  return std::isfinite(finer) ? kThinningPixels * finer : 0.0;
}

}  // namespace lv::sim
