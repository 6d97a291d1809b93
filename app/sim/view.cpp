#include "app/sim/view.h"

#include <algorithm>
#include <cmath>

namespace lv::sim {

optim::Vec2 ViewTransform::toScreen(const optim::Vec2& w) const {
  return {(w.x() - view.xmin) / (view.xmax - view.xmin) * width,
          (view.ymax - w.y()) / (view.ymax - view.ymin) * height};
}

optim::Vec2 ViewTransform::toWorld(const optim::Vec2& s) const {
  return {view.xmin + s.x() / width * (view.xmax - view.xmin),
          view.ymax - s.y() / height * (view.ymax - view.ymin)};
}

Rect fitted(const Rect& r, double width, double height) {
  if (!(width > 0) || !(height > 0)) return r;
  const double cx = 0.5 * (r.xmin + r.xmax), cy = 0.5 * (r.ymin + r.ymax);
  double w = r.xmax - r.xmin, h = r.ymax - r.ymin;
  const double aspect = width / height;
  if (w / h < aspect)
    w = h * aspect;
  else
    h = w / aspect;
  return {cx - 0.5 * w, cx + 0.5 * w, cy - 0.5 * h, cy + 0.5 * h};
}

Rect panned(const Rect& v, double width, double height, double dx, double dy) {
  const double ux = (v.xmax - v.xmin) / width, uy = (v.ymax - v.ymin) / height;
  return {v.xmin - dx * ux, v.xmax - dx * ux, v.ymin + dy * uy, v.ymax + dy * uy};
}

Rect zoomedAt(const Rect& v, double width, double height, const optim::Vec2& cursor, double factor) {
  const ViewTransform t{v, width, height};
  const optim::Vec2 anchor = t.toWorld(cursor);
  double w = (v.xmax - v.xmin) / factor;
  const double h = (v.ymax - v.ymin) / factor;
  const double clamped = std::clamp(w, 1e-9, 1e9);
  const double scale = clamped / w;
  w = clamped;
  const double fx = cursor.x() / width, fy = cursor.y() / height;
  const double hh = h * scale;
  return {anchor.x() - fx * w, anchor.x() + (1 - fx) * w, anchor.y() - (1 - fy) * hh, anchor.y() + fy * hh};
}

std::vector<double> niceTicks(double lo, double hi, int target) {
  std::vector<double> ticks;
  if (!(hi > lo) || target < 1 || !std::isfinite(lo) || !std::isfinite(hi)) return ticks;
  const double raw = (hi - lo) / target;
  const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
  double step = magnitude;
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    step = m * magnitude;
    if (step >= raw) break;
  }
  const double first = std::ceil(lo / step) * step;
  for (int i = 0; i < 1000; ++i) {
    const double t = first + i * step;
    if (t > hi + 1e-9 * step) break;
    ticks.push_back(std::abs(t) < 1e-12 * step ? 0.0 : t);
  }
  return ticks;
}

}  // namespace lv::sim
