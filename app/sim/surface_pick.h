// What the mouse points at in the 3D view, GL-free: the ray through a pixel (Camera::rayThrough)
// cast against the height field (HeightField) of the landscape's values, giving the world point a
// click moves a start to and the hover read-out shows.
#pragma once

#include "app/sim/camera.h"
#include "app/sim/height_field.h"
#include "app/sim/session.h"

#include <functional>
#include <optional>

namespace lv::sim {

class MeshHeights;

/// f at a world point.
using ValueAt = std::function<double(const optim::Vec2&)>;

/// The height field the 3D view shows of `session` over world rectangle `view` with colour scale
/// `scale` (the 2D canvas's) and the session's vertical exaggeration.
HeightField heightFieldOf(const Session& session, const landscapes::Rect& view, const ColorScale& scale);

/// The model height of a surface over a world point.
using HeightAt = std::function<double(const optim::Vec2&)>;

/// The world point where the ray origin + s · direction (s ≥ 0) first meets the surface
/// z = height(x, y) over field.view; nullopt when it misses (or only meets it outside the view).
/// Marches in steps of 1/1024 of the ray's path through the model box, then bisects: a ridge
/// narrower than a step can be missed.
std::optional<optim::Vec2> castRayToHeights(const HeightField& field, const HeightAt& height,
                                            const Vec3& origin, const Vec3& direction);
/// The same against z = field.height(value(x, y)), the exact surface.
std::optional<optim::Vec2> castRay(const HeightField& field, const ValueAt& value, const Vec3& origin,
                                   const Vec3& direction);

/// The world point under pixel (x, y) (y down) of a width × height view of `field` by `camera`.
std::optional<optim::Vec2> pickSurface(const Camera& camera, const HeightField& field, const ValueAt& value,
                                       double x, double y, double width, double height);
/// The same on the surface as the 3D view draws it: `mesh`'s (sim::onMesh), whose vertices are each
/// evaluated once and kept. A data landscape's f reads every row, so the exact surface's thousand
/// evaluations a ray would cost the window hundreds of milliseconds each frame the mouse hovers.
std::optional<optim::Vec2> pickSurface(const Camera& camera, MeshHeights& mesh, double x, double y,
                                       double width, double height);

}  // namespace lv::sim
