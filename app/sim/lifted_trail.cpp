// See lifted_trail.h.
#include "app/sim/lifted_trail.h"

#include "app/sim/polyline_lod.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lv::sim {
namespace {

bool inside(const landscapes::Rect& r, const optim::Vec2& p) {
  return p.x() >= r.xmin && p.x() <= r.xmax && p.y() >= r.ymin && p.y() <= r.ymax;
}

/// The parameters t0 ≤ t1 in [0, 1] of the part of a + t (b − a) inside `r` (Liang and Barsky).
std::optional<std::pair<double, double>> clipParameters(const landscapes::Rect& r, const optim::Vec2& a,
                                                        const optim::Vec2& b) {
  const optim::Vec2 d = b - a;
  if (!d.allFinite()) return std::nullopt;
  double t0 = 0, t1 = 1;
  const double p[4] = {-d.x(), d.x(), -d.y(), d.y()};
  const double q[4] = {a.x() - r.xmin, r.xmax - a.x(), a.y() - r.ymin, r.ymax - a.y()};
  for (int i = 0; i < 4; ++i) {
    if (p[i] == 0) {
      if (q[i] < 0) return std::nullopt;  // parallel to this edge and beyond it
      continue;
    }
    const double t = q[i] / p[i];
    if (p[i] < 0)
      t0 = std::max(t0, t);
    else
      t1 = std::min(t1, t);
  }
  if (t0 > t1) return std::nullopt;
  return std::make_pair(t0, t1);
}

/// The part of the segment a → b inside `r`: where it enters and leaves, and whether that is a, b.
struct Crossing {
  optim::Vec2 entry, exit;
  bool atA, atB;
};

/// Measured from the endpoint nearer the box: a + t (b − a) from a point 1e200 away loses the
/// crossing to rounding (its error is 1e200 ε), from a near one it is exact to the last bits. A
/// segment with both ends farther than kFarSpans spans from the view crosses it nowhere that
/// doubles can say (a diverged run's late steps): it is dropped.
constexpr double kFarSpans = 1e6;

std::optional<Crossing> clip(const landscapes::Rect& r, const optim::Vec2& a, const optim::Vec2& b) {
  const optim::Vec2 centre(0.5 * (r.xmin + r.xmax), 0.5 * (r.ymin + r.ymax));
  const bool fromB = (b - centre).squaredNorm() < (a - centre).squaredNorm();
  const optim::Vec2 &near = fromB ? b : a, &far = fromB ? a : b;
  const double span = std::max(r.xmax - r.xmin, r.ymax - r.ymin);
  if (!((near - centre).norm() <= kFarSpans * span)) return std::nullopt;
  const auto t = clipParameters(r, near, far);
  if (!t) return std::nullopt;
  const optim::Vec2 first = near + t->first * (far - near), second = near + t->second * (far - near);
  if (fromB) return Crossing{second, first, t->second == 1, t->first == 0};
  return Crossing{first, second, t->first == 0, t->second == 1};
}

/// The point over `p`, raised by `lift`, on the mesh of `cells` cells a side over field.view whose
/// vertex (i, j) stands at z(i, j).
template <class VertexHeight>
Vec3 meshPoint(const HeightField& field, int cells, const optim::Vec2& p, double lift, VertexHeight z) {
  const landscapes::Rect& v = field.view;
  const double n = std::max(cells, 1);
  const optim::Vec2 xy = field.modelXY(p);
  // The cell and the position in it, as the vertex shader places vertex (i, j) at i / cells.
  const double gx = std::clamp((p.x() - v.xmin) / (v.xmax - v.xmin) * n, 0.0, n);
  const double gy = std::clamp((p.y() - v.ymin) / (v.ymax - v.ymin) * n, 0.0, n);
  // In no cell (NaN would also be no vertex index); any height computed from it would be NaN too.
  if (std::isnan(gx) || std::isnan(gy)) return Vec3(xy.x(), xy.y(), std::numeric_limits<double>::quiet_NaN());
  const double fi = std::min(std::floor(gx), n - 1), fj = std::min(std::floor(gy), n - 1);
  const double u = gx - fi, w = gy - fj;
  const int i = int(fi), j = int(fj);
  const double za = z(i, j), zd = z(i + 1, j + 1);
  // Triangle (a, b, d) below the diagonal (u ≥ w), (a, d, c) above it.
  const double height = u >= w ? za + u * (z(i + 1, j) - za) + w * (zd - z(i + 1, j))
                               : za + w * (z(i, j + 1) - za) + u * (zd - z(i, j + 1));
  return Vec3(xy.x(), xy.y(), height + lift);
}

}  // namespace

Vec3 onMesh(const HeightField& field, const ValueAt& value, int cells, const optim::Vec2& p, double lift) {
  const double n = std::max(cells, 1);
  return meshPoint(field, cells, p, lift,
                   [&](int i, int j) { return field.height(value(meshVertex(field, n, i, j))); });
}

Vec3 onMesh(MeshHeights& mesh, const optim::Vec2& p, double lift) {
  return meshPoint(mesh.field(), mesh.cells(), p, lift, [&](int i, int j) { return mesh.at(i, j); });
}

namespace {

/// Writes the lifted points of one trajectory; vertices arrive in order through add().
class Lifter {
 public:
  Lifter(MeshHeights& mesh, const TrailDetail& detail, double lift, LiftedTrail* out)
      : mesh_(mesh), field_(mesh.field()), lift_(lift), out_(out) {
    const landscapes::Rect& v = field_.view;
    piece_ = std::max(v.xmax - v.xmin, v.ymax - v.ymin) * detail.longestSegment;
  }

  /// The next vertex of the thinned path.
  void add(const optim::Vec2& b) {
    if (!previous_) {
      if (inside(field_.view, b)) startPiece(b);
    } else {
      addSegment(*previous_, b);
    }
    previous_ = b;
  }

 private:
  void addSegment(const optim::Vec2& a, const optim::Vec2& b) {
    const auto crossing = clip(field_.view, a, b);
    if (!crossing) {
      open_ = false;
      return;
    }
    const optim::Vec2 &entry = crossing->entry, &exit = crossing->exit;
    if (!open_) startPiece(entry);
    const int pieces = int(std::ceil((exit - entry).norm() / piece_));
    for (int i = 1; i < pieces; ++i) {
      const optim::Vec2 q = entry + (exit - entry) * (double(i) / pieces);
      push(q);
    }
    push(exit);
    open_ = crossing->atB;  // left the box: whatever comes back in is a new piece
  }

  void startPiece(const optim::Vec2& p) {
    out_->pieceStarts.push_back(std::uint32_t(out_->points.size() / 4));
    push(p);
    open_ = true;
  }

  // A point and the path's model length up to it (for dashes), counted across gaps too.
  void push(const optim::Vec2& p) {
    const Vec3 m = onMesh(mesh_, p, lift_);
    std::vector<float>& out = out_->points;
    float length = 0;
    if (!out.empty()) {
      const std::size_t n = out.size();
      length = out[n - 1] + float((m - Vec3(out[n - 4], out[n - 3], out[n - 2])).norm());
    }
    for (double v : {m.x(), m.y(), m.z()}) out.push_back(float(v));
    out.push_back(length);
  }

  MeshHeights& mesh_;
  const HeightField& field_;
  double lift_, piece_ = 1;
  LiftedTrail* out_;
  std::optional<optim::Vec2> previous_;
  bool open_ = false;  // the last point pushed ends a piece that the next segment continues
};

}  // namespace

void liftTrail(const std::vector<optim::Vec2>& points, MeshHeights& mesh, const TrailDetail& detail,
               double lift, LiftedTrail* out) {
  out->points.clear();
  out->pieceStarts.clear();
  out->first.reset();
  out->last.reset();
  const landscapes::Rect& v = mesh.field().view;
  // Sleeve-fitted, as the window's 2D trails: a run zig-zagging across a valley retraces its own
  // segments and adds no vertices.
  PolylineSimplifier simplifier(std::max(v.xmax - v.xmin, v.ymax - v.ymin) * detail.thinning);
  Lifter lifter(mesh, detail, lift, out);
  std::optional<optim::Vec2> vertex;  // the last one added
  for (const optim::Vec2& p : points) {
    if (!std::isfinite(p.x()) || !std::isfinite(p.y())) continue;
    const bool first = !simplifier.head();
    if (first && inside(v, p)) out->first = onMesh(mesh, p, lift);
    // The simplifier returns the first point at once and later the point fed before p.
    if (const auto kept = simplifier.add(p)) {
      lifter.add(*kept);
      vertex = kept;
    }
  }
  const std::optional<optim::Vec2>& head = simplifier.head();
  if (head && (!vertex || *vertex != *head)) lifter.add(*head);  // the line ends at the head
  if (head && inside(v, *head)) out->last = onMesh(mesh, *head, lift);
}

}  // namespace lv::sim
