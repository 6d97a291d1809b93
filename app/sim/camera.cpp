// See camera.h.
#include "app/sim/camera.h"

#include <algorithm>
#include <cmath>

namespace lv::sim {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kDegreesPerPixel = 0.4;
double radians(double degrees) { return degrees * kPi / 180.0; }

}  // namespace

Vec3 Camera::eye() const { return target - distance * forward(); }

Vec3 Camera::forward() const {
  const double yawR = radians(yaw), pitchR = radians(pitch);
  return -Vec3(std::cos(pitchR) * std::cos(yawR), std::cos(pitchR) * std::sin(yawR), std::sin(pitchR));
}

// From yaw alone, so it stays defined looking straight down.
Vec3 Camera::right() const { return Vec3(-std::sin(radians(yaw)), std::cos(radians(yaw)), 0.0); }

Vec3 Camera::up() const { return right().cross(forward()); }

Mat4 Camera::viewMatrix() const {
  const Vec3 r = right(), u = up(), f = forward(), e = eye();
  Mat4 m = Mat4::Identity();
  m.block<1, 3>(0, 0) = r.transpose();
  m.block<1, 3>(1, 0) = u.transpose();
  m.block<1, 3>(2, 0) = -f.transpose();
  m(0, 3) = -r.dot(e);
  m(1, 3) = -u.dot(e);
  m(2, 3) = f.dot(e);
  return m;
}

Mat4 Camera::projectionMatrix(double aspect) const {
  // Near and far bracket the model box (about 2 × 2 × 1 around the origin) from any orbit.
  const double nearPlane = std::max(0.02, distance - 4.0), farPlane = distance + 6.0;
  // The field of view spans the frame's height: the viewport's, or less in a narrow viewport.
  const double focal = std::min(aspect / kFrameAspect, 1.0) / std::tan(radians(kFieldOfViewDegrees) / 2);
  Mat4 m = Mat4::Zero();
  m(0, 0) = focal / aspect;
  m(1, 1) = focal;
  m(2, 2) = (farPlane + nearPlane) / (nearPlane - farPlane);
  m(2, 3) = 2 * farPlane * nearPlane / (nearPlane - farPlane);
  m(3, 2) = -1;
  return m;
}

std::optional<Vec3> Camera::project(const Vec3& p, double width, double height) const {
  const Eigen::Vector4d clip = viewProjection(width / height) * Eigen::Vector4d(p.x(), p.y(), p.z(), 1.0);
  if (!(clip.w() > 0)) return std::nullopt;
  const Vec3 ndc = clip.head<3>() / clip.w();
  if (!(std::abs(ndc.z()) <= 1)) return std::nullopt;
  return Vec3((ndc.x() + 1) / 2 * width, (1 - ndc.y()) / 2 * height, (ndc.z() + 1) / 2);
}

void Camera::rayThrough(double x, double y, double width, double height, Vec3* origin,
                        Vec3* direction) const {
  const Mat4 projection = projectionMatrix(width / height);
  // The pixel's normalised device coordinates, back through the projection's x and y scales onto
  // the plane one unit in front of the eye.
  const double ndcX = 2 * x / width - 1, ndcY = 1 - 2 * y / height;
  *origin = eye();
  *direction = (ndcX / projection(0, 0) * right() + ndcY / projection(1, 1) * up() + forward()).normalized();
}

void Camera::orbit(double dx, double dy) {
  yaw -= dx * kDegreesPerPixel;
  yaw = std::remainder(yaw, 360.0);
  if (yaw <= -180) yaw += 360;
  pitch = std::clamp(pitch + dy * kDegreesPerPixel, kPitchMinDegrees, kPitchMaxDegrees);
}

void Camera::zoom(double notches) {
  distance = std::clamp(distance * std::pow(0.9, notches), kDistanceMin, kDistanceMax);
}

double Camera::pixelsPerUnit(double width, double height) const {
  const double side = std::max(std::min(height, width / kFrameAspect), 1.0);  // the frame's height
  return side / (2 * distance * std::tan(radians(kFieldOfViewDegrees) / 2));
}

void Camera::pan(double dx, double dy, double width, double height) {
  target += (-dx * right() + dy * up()) / pixelsPerUnit(width, height);
}

bool operator==(const Camera& a, const Camera& b) {
  return a.yaw == b.yaw && a.pitch == b.pitch && a.distance == b.distance && a.target == b.target;
}

}  // namespace lv::sim
