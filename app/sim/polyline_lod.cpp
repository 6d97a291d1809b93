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

namespace {

constexpr double kPi = 3.14159265358979323846;

// `angle` wrapped into (-π, π].
double wrapped(double angle) {
  angle = std::remainder(angle, 2 * kPi);
  return angle <= -kPi ? angle + 2 * kPi : angle;
}

}  // namespace

bool PolylineSimplifier::reaches(const optim::Vec2& p) const {
  // Every point since the anchor is within the tolerance of the anchor, where the segment starts.
  if (!hasCone_) return true;
  const optim::Vec2 d = p - *anchor_;
  const double distance = d.norm();
  // Ending at least as far out as the farthest point keeps every point's projection on the segment,
  // so being within the tolerance of the ray (the cone) is being within it of the segment.
  if (distance < farthest_) return false;
  const double direction = wrapped(std::atan2(d.y(), d.x()) - reference_);
  return lo_ <= direction && direction <= hi_;
}

void PolylineSimplifier::narrow(const optim::Vec2& p) {
  const optim::Vec2 d = p - *anchor_;
  const double distance = d.norm();
  farthest_ = std::max(farthest_, distance);
  pending_ = true;
  if (distance <= tolerance_) return;
  // Rays from the anchor within asin(tolerance / distance) of p's direction pass within the tolerance.
  const double halfAngle = std::asin(tolerance_ / distance);
  const double angle = std::atan2(d.y(), d.x());
  if (!hasCone_) {
    hasCone_ = true;
    reference_ = angle;
    lo_ = -halfAngle;
    hi_ = halfAngle;
    return;
  }
  const double direction = wrapped(angle - reference_);
  lo_ = std::max(lo_, direction - halfAngle);
  hi_ = std::min(hi_, direction + halfAngle);
}

bool PolylineSimplifier::retraces(const optim::Vec2& p) const {
  if (!previous_) return false;
  const optim::Vec2 a = *previous_, ab = *anchor_ - a;
  const double length2 = ab.squaredNorm();
  const double t = length2 > 0 ? std::clamp((p - a).dot(ab) / length2, 0.0, 1.0) : 0.0;
  return (p - (a + t * ab)).squaredNorm() <= tolerance_ * tolerance_;
}

void PolylineSimplifier::start(const optim::Vec2& p) {
  hasCone_ = false;
  farthest_ = 0;
  coneHolds_ = true;
  narrow(p);
  retraced_ = retraces(p);
}

std::optional<optim::Vec2> PolylineSimplifier::add(const optim::Vec2& p) {
  std::optional<optim::Vec2> vertex;
  if (!anchor_) {
    anchor_ = p;
    vertex = p;
  } else if (!pending_) {
    start(p);
  } else {
    const bool sleeve = tolerance_ > 0 && coneHolds_ && reaches(p);
    const bool retrace = tolerance_ > 0 && retraced_ && retraces(p);
    if (sleeve || retrace) {
      // A retraced stretch is covered by the last segment, and so is the tail from anchor_ to any
      // point near it (the tolerance's neighbourhood of a segment is convex).
      if (sleeve) narrow(p);
      coneHolds_ = sleeve;
      retraced_ = retrace;
    } else {
      // The previous point becomes a vertex and the anchor of the next segment.
      vertex = *head_;
      previous_ = anchor_;
      anchor_ = *head_;
      start(p);
    }
  }
  head_ = p;
  return vertex;
}

std::vector<optim::Vec2> simplifiedPolyline(const std::vector<optim::Vec2>& points, double tolerance) {
  std::vector<optim::Vec2> vertices;
  PolylineSimplifier simplifier(tolerance);
  bool headIsVertex = false;
  for (const optim::Vec2& p : points) {
    if (!p.allFinite()) continue;
    const auto vertex = simplifier.add(p);
    if (vertex) vertices.push_back(*vertex);
    headIsVertex = vertex && *vertex == p;
  }
  if (simplifier.head() && !headIsVertex) vertices.push_back(*simplifier.head());
  return vertices;
}

double thinningTolerance(double unitsPerPixelX, double unitsPerPixelY) {
  const double finer = std::min(std::abs(unitsPerPixelX), std::abs(unitsPerPixelY));
  return std::isfinite(finer) ? kThinningPixels * finer : 0.0;
}

}  // namespace lv::sim
