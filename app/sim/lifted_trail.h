// A run's path lifted onto the 3D height field (sim::HeightField) as the 3D view draws it: thinned
// as the 2D trails are, long segments cut so that they follow the surface, and clipped to the view
// rectangle, the surface's box, as the 2D canvas clips trails to its edges. A run that leaves the
// box and comes back is two pieces; one that diverges ends where it leaves (its far points would
// otherwise hang in the air, or be cut into billions of pieces).
#pragma once

#include "app/sim/height_field.h"
#include "app/sim/mesh_heights.h"
#include "app/sim/surface_pick.h"
#include "app/sim/trajectory.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace lv::sim {

/// How finely a trail is lifted, in fractions of the view's larger side.
struct TrailDetail {
  double thinning;        ///< points closer than this to the drawn line are dropped
  double longestSegment;  ///< longer segments are cut, so that they follow the surface
};

/// The model point over world point `p` on the surface as the 3D view draws it, raised by `lift`:
/// a (cells + 1)² grid over field.view, its vertices at field.height(value(vertex)), each cell two
/// flat triangles split along its (i, j)–(i+1, j+1) diagonal (render::Surface3dPass's mesh). Not
/// field.height(value(p)): where the mesh cannot follow f (a cusp, as Ackley's minimum on a log
/// scale), a point at its exact height would sink under the drawn surface. A point with a NaN
/// coordinate gets a NaN height.
Vec3 onMesh(const HeightField& field, const ValueAt& value, int cells, const optim::Vec2& p, double lift);
/// The same point over `mesh`'s field and grid, bit for bit, its vertex heights taken from `mesh`
/// (evaluated once, not again for every point that stands on them).
Vec3 onMesh(MeshHeights& mesh, const optim::Vec2& p, double lift);

struct LiftedTrail {
  /// Per point: model x, y, z (lifted `lift` above the drawn mesh, onMesh) and the path's model length
  /// up to it. Every value finite; every x, y inside the box.
  std::vector<float> points;
  /// The indices of the points that begin a piece, ascending, the first 0: no segment joins a piece
  /// to the one before it.
  std::vector<std::uint32_t> pieceStarts;
  /// The start and the head (the first and the last finite points), lifted, when inside the box.
  std::optional<Vec3> first, last;
};

/// Lifts the path through `points` onto `mesh` (its field, grid and vertex heights) into `out`,
/// reusing its storage.
void liftTrail(const std::vector<optim::Vec2>& points, MeshHeights& mesh, const TrailDetail& detail,
               double lift, LiftedTrail* out);

}  // namespace lv::sim
