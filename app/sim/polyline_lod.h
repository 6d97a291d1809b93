// Level of detail for drawing trajectories: a run of 10 000 steps that covers 300 pixels needs about
// 300 segments, not 10 000. Radial-distance thinning keeps a point only when it lies farther than a
// tolerance from the last kept one, so every dropped point is within the tolerance of a drawn
// vertex and the drawn line is within the tolerance of the true path (Hausdorff distance). It
// streams: appending points to a trajectory thins only the new ones, and the result does not depend
// on how the points arrived. Still pictures (the GL image path and the vector export) draw these
// thinned lines.
// The live window draws far fewer vertices with sleeve fitting (PolylineSimplifier): a vertex only
// where the path leaves a sleeve of the tolerance's half-width around a straight segment, so a
// smooth curve costs a vertex every few pixels and a straight stretch one segment. No GL.
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

/// Streaming sleeve fitting (Zhao & Saalfeld 1997): every point fed lies within the tolerance of
/// the polyline made of the vertices returned so far followed by head() (the last point fed, which
/// the caller draws as a provisional end). A point is a vertex only when the next one cannot be
/// reached by one straight segment that passes within the tolerance of every point since the last
/// vertex, nor stays within the tolerance of the last segment drawn (a run zig-zagging back and forth
/// across a valley retraces it: drawing it again would change no pixel). Points must be finite.
/// Allocates nothing.
class PolylineSimplifier {
 public:
  /// `tolerance` in the points' units; ≤ 0 makes every point a vertex.
  explicit PolylineSimplifier(double tolerance = 0) : tolerance_(tolerance) {}
  /// Feeds the next point; returns the point that became a vertex because of it (the first point
  /// at once; later, the point fed before `p`), if any.
  std::optional<optim::Vec2> add(const optim::Vec2& p);
  /// The last point fed; it is not yet a vertex unless add() just returned it as the first point.
  const std::optional<optim::Vec2>& head() const { return head_; }
  double tolerance() const { return tolerance_; }

 private:
  // True when `p` can end one segment from anchor_ that passes near every point since anchor_.
  bool reaches(const optim::Vec2& p) const;
  // Adds `p`'s constraint on the segment's direction and length.
  void narrow(const optim::Vec2& p);
  // True when `p` is within the tolerance of the segment from previous_ to anchor_.
  bool retraces(const optim::Vec2& p) const;
  // Starts the points after a new anchor_ with `p`.
  void start(const optim::Vec2& p);

  double tolerance_;
  std::optional<optim::Vec2> previous_, anchor_, head_;  // the last two vertices; the last point fed
  bool pending_ = false;                                 // points were fed since anchor_
  bool coneHolds_ = false;  // one segment from anchor_ passes near every point since (the sleeve)
  bool retraced_ = false;   // every point since anchor_ is near the segment previous_ → anchor_
  bool hasCone_ = false;    // some point since anchor_ lies beyond the tolerance
  double reference_ = 0;    // angle the cone is measured from (radians)
  double lo_ = 0, hi_ = 0;  // directions, relative to reference_, within reach of all
  double farthest_ = 0;     // distance from anchor_ of the farthest point since
};

/// The vertices PolylineSimplifier returns for `points` (non-finite ones skipped), followed by the
/// last finite point when it is not one of them.
std::vector<optim::Vec2> simplifiedPolyline(const std::vector<optim::Vec2>& points, double tolerance);

/// The kept points of `points` (non-finite ones skipped) followed by the last finite point when it
/// was not kept, so the line still ends at the trajectory's head.
std::vector<optim::Vec2> thinnedPolyline(const std::vector<optim::Vec2>& points, double tolerance);

/// The tolerance in world units for a view of `unitsPerPixelX` × `unitsPerPixelY` at which thinning
/// changes no pixel a person can see: kThinningPixels of the finer axis.
constexpr double kThinningPixels = 0.25;
double thinningTolerance(double unitsPerPixelX, double unitsPerPixelY);

}  // namespace lv::sim
