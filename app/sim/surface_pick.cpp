// See surface_pick.h.
#include "app/sim/surface_pick.h"

#include "app/sim/lifted_trail.h"
#include "app/sim/mesh_heights.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lv::sim {
namespace {

constexpr int kMarchSteps = 1024;
constexpr int kBisections = 48;  // halves a step down to far below float precision

}  // namespace

HeightField heightFieldOf(const Session& session, const landscapes::Rect& view, const ColorScale& scale) {
  HeightField field;
  field.view = view;
  field.scale = scale;
  field.heightScale = session.view3d.heightScale;
  return field;
}

std::optional<optim::Vec2> castRay(const HeightField& field, const ValueAt& value, const Vec3& origin,
                                   const Vec3& direction) {
  return castRayToHeights(
      field, [&](const optim::Vec2& p) { return field.height(value(p)); }, origin, direction);
}

std::optional<optim::Vec2> castRayToHeights(const HeightField& field, const HeightAt& height,
                                            const Vec3& origin, const Vec3& direction) {
  // The model box the surface lies in: the view's rectangle, heights within ±heightScale/2.
  const optim::Vec2 lo = field.modelXY({field.view.xmin, field.view.ymin});
  const optim::Vec2 hi = field.modelXY({field.view.xmax, field.view.ymax});
  const Vec3 boxMin(lo.x(), lo.y(), -0.5 * field.heightScale),
      boxMax(hi.x(), hi.y(), 0.5 * field.heightScale);
  double enter = 0, leave = std::numeric_limits<double>::infinity();
  for (int axis = 0; axis < 3; ++axis) {
    if (direction[axis] == 0) {
      if (origin[axis] < boxMin[axis] || origin[axis] > boxMax[axis]) return std::nullopt;
      continue;
    }
    double a = (boxMin[axis] - origin[axis]) / direction[axis],
           b = (boxMax[axis] - origin[axis]) / direction[axis];
    if (a > b) std::swap(a, b);
    enter = std::max(enter, a);
    leave = std::min(leave, b);
  }
  if (!(enter <= leave)) return std::nullopt;
  // Above the surface is positive; the first change of sign is the first crossing, from above or
  // (an underside seen from below) from beneath.
  auto above = [&](double s) {
    const Vec3 q = origin + s * direction;
    return q.z() - height(field.worldXY({q.x(), q.y()}));
  };
  const double step = (leave - enter) / kMarchSteps;
  double previousS = enter, previous = above(enter);
  if (previous == 0) return field.worldXY((origin + enter * direction).head<2>());
  for (int k = 1; k <= kMarchSteps; ++k) {
    const double s = enter + k * step, current = above(s);
    if ((current <= 0) != (previous <= 0)) {
      double a = previousS, b = s;
      const bool startAbove = previous > 0;
      for (int i = 0; i < kBisections; ++i) {
        const double mid = 0.5 * (a + b);
        ((above(mid) > 0) == startAbove ? a : b) = mid;
      }
      const Vec3 hit = origin + 0.5 * (a + b) * direction;
      return field.worldXY(hit.head<2>());
    }
    previousS = s;
    previous = current;
  }
  return std::nullopt;
}

std::optional<optim::Vec2> pickSurface(const Camera& camera, const HeightField& field, const ValueAt& value,
                                       double x, double y, double width, double height) {
  Vec3 origin, direction;
  camera.rayThrough(x, y, width, height, &origin, &direction);
  return castRay(field, value, origin, direction);
}

std::optional<optim::Vec2> pickSurface(const Camera& camera, MeshHeights& mesh, double x, double y,
                                       double width, double height) {
  Vec3 origin, direction;
  camera.rayThrough(x, y, width, height, &origin, &direction);
  return castRayToHeights(
      mesh.field(), [&](const optim::Vec2& p) { return onMesh(mesh, p, 0).z(); }, origin, direction);
}

}  // namespace lv::sim
