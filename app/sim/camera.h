// The 3D view's orbit camera, GL-free: a point of interest (`target`) seen from `distance` away at
// an azimuth (`yaw`) and elevation (`pitch`), with a perspective projection. Model space is z-up
// (app/sim/height_field.h maps the landscape into it). The window turns mouse drags into orbit,
// pan and zoom here; the renderer takes the matrices; markers are projected on the CPU with the same
// matrices, so a point and its marker agree.
#pragma once

#include <Eigen/Core>
#include <Eigen/Geometry>

#include <optional>

namespace lv::sim {

using Vec3 = Eigen::Vector3d;
using Mat4 = Eigen::Matrix4d;

/// Ranges a camera is clamped to (degrees and model units).
constexpr double kPitchMinDegrees = -89.0, kPitchMaxDegrees = 90.0;
constexpr double kDistanceMin = 0.5, kDistanceMax = 20.0;
/// Vertical field of view of the perspective projection, over the height of the picture's frame.
constexpr double kFieldOfViewDegrees = 35.0;
/// The frame's width / height. A viewport at least this wide shows the field of view over its whole
/// height; a narrower one (split view's half, a tall window) shows the largest such frame that fits
/// its width: the same picture as a 16:10 window, scaled down, never cropped at the sides.
constexpr double kFrameAspect = 1.6;

struct Camera {
  /// Azimuth of the eye around the target, degrees, counter-clockwise from +x (−90: the eye is on
  /// −y looking towards +y, x to the right, as the 2D view).
  double yaw = -60.0;
  /// Elevation of the eye above the target's horizontal plane, degrees (90: straight down; at 90 the
  /// screen's right is still (−sin yaw, cos yaw, 0), so yaw −90 gives the 2D layout).
  double pitch = 35.0;
  double distance = 3.4;       ///< eye to target, model units, > 0
  Vec3 target = Vec3::Zero();  ///< the point the eye looks at and orbits

  /// The eye's position.
  Vec3 eye() const;
  /// Unit vectors of the screen's right and up and the view direction (eye → target).
  Vec3 right() const;
  Vec3 up() const;
  Vec3 forward() const;
  /// World → eye coordinates (OpenGL convention: the eye looks down −z).
  Mat4 viewMatrix() const;
  /// Perspective projection for a viewport of `aspect` = width / height (OpenGL clip space); the
  /// field of view (kFieldOfViewDegrees) spans the frame's height (kFrameAspect).
  Mat4 projectionMatrix(double aspect) const;
  /// projection × view.
  Mat4 viewProjection(double aspect) const { return projectionMatrix(aspect) * viewMatrix(); }

  /// `p` in pixels of a width × height viewport, x right, y DOWN (row 0 at the top); z is the depth
  /// in [0, 1]. nullopt behind the eye or outside the near/far planes.
  std::optional<Vec3> project(const Vec3& p, double width, double height) const;

  /// The ray from the eye through pixel (x, y) of a width × height viewport (y DOWN, as project()):
  /// every point eye() + s · direction (s > 0) projects to that pixel. `direction` is unit.
  void rayThrough(double x, double y, double width, double height, Vec3* origin, Vec3* direction) const;

  /// Pixels per model unit, at the target's depth, of a width × height viewport (the field of view
  /// spans the frame's height).
  double pixelsPerUnit(double width, double height) const;

  /// A mouse drag of (dx, dy) pixels orbits: right turns the scene left to right, down raises the
  /// eye. Pitch is clamped to [kPitchMinDegrees, kPitchMaxDegrees], yaw wrapped to (−180, 180].
  void orbit(double dx, double dy);
  /// Wheel notches (> 0: closer), by 10 % each, within [kDistanceMin, kDistanceMax].
  void zoom(double notches);
  /// A drag of (dx, dy) pixels on a width × height viewport moves the target so that the point under
  /// the mouse at the target's depth follows the mouse.
  void pan(double dx, double dy, double width, double height);
};

/// Exact equality of every field (scene round trips).
bool operator==(const Camera& a, const Camera& b);

}  // namespace lv::sim
