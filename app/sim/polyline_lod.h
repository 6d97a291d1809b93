// Level of detail for drawing trajectories: a run of 10 000 steps that covers 300 pixels needs about
// 300 segments, not 10 000. Radial-distance thinning keeps a point only when it lies farther than a
// tolerance from the last kept one, so every dropped point is within the tolerance of a drawn
// vertex and the drawn line is within the tolerance of the true path (Hausdorff distance). It
// streams: appending points to a trajectory thins only the new ones, and the result does not depend
// on how the points arrived. The GL trails and the vector export draw the same thinned lines. No GL.
#pragma once

#include "optim/types.h"

#include <optional>
#include <vector>

namespace lv::sim {

/// Streaming thinning of one polyline. Non-finite points are the caller's to skip.
class PolylineThinner {
 public:
  /// `tolerance` in the points' units (e.g. a quarter pixel in world units); ≤ 0 keeps every point.
  explicit PolylineThinner(double tolerance = 0) : tolerance_(tolerance) {}
  /// True when `p` is kept: the first point, and each point farther than the tolerance from the
  /// previously kept one.
  bool keep(const optim::Vec2& p);
  double tolerance() const { return tolerance_; }

 private:
  double tolerance_;
  std::optional<optim::Vec2> lastKept_;
};

/// The kept points of `points` (non-finite ones skipped) followed by the last finite point when it
/// was not kept, so the line still ends at the trajectory's head.
std::vector<optim::Vec2> thinnedPolyline(const std::vector<optim::Vec2>& points, double tolerance);

/// The tolerance in world units for a view of `unitsPerPixelX` × `unitsPerPixelY` at which thinning
/// changes no pixel a person can see: kThinningPixels of the finer axis.
constexpr double kThinningPixels = 0.25;
double thinningTolerance(double unitsPerPixelX, double unitsPerPixelY);

}  // namespace lv::sim
