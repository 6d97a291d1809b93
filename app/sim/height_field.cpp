// See height_field.h.
#include "app/sim/height_field.h"

#include <algorithm>
#include <cmath>

namespace lv::sim {

const char* viewModeName(ViewMode mode) {
  switch (mode) {
    case ViewMode::Surface:
      return "3d";
    case ViewMode::Split:
      return "split";
    default:
      return "2d";
  }
}

ViewMode nextViewMode(ViewMode mode) {
  switch (mode) {
    case ViewMode::Flat:
      return ViewMode::Surface;
    case ViewMode::Surface:
      return ViewMode::Split;
    default:
      return ViewMode::Flat;
  }
}

bool viewModeFromName(const std::string& name, ViewMode* mode) {
  for (ViewMode m : {ViewMode::Flat, ViewMode::Surface, ViewMode::Split})
    if (name == viewModeName(m)) {
      *mode = m;
      return true;
    }
  return false;
}

double HeightField::modelPerWorld() const {
  const double span = std::max(view.xmax - view.xmin, view.ymax - view.ymin);
  return span > 0 ? 2.0 / span : 1.0;
}

optim::Vec2 HeightField::modelXY(const optim::Vec2& p) const {
  const optim::Vec2 centre(0.5 * (view.xmin + view.xmax), 0.5 * (view.ymin + view.ymax));
  return (p - centre) * modelPerWorld();
}

optim::Vec2 HeightField::worldXY(const optim::Vec2& model) const {
  const optim::Vec2 centre(0.5 * (view.xmin + view.xmax), 0.5 * (view.ymin + view.ymax));
  return centre + model / modelPerWorld();
}

double HeightField::height(double f) const {
  const double t = scale.position(f);
  return heightScale * ((std::isfinite(t) ? std::clamp(t, 0.0, 1.0) : 0.0) - 0.5);
}

Vec3 HeightField::toModel(const optim::Vec2& p, double f, double lift) const {
  const optim::Vec2 xy = modelXY(p);
  return Vec3(xy.x(), xy.y(), height(f) + lift);
}

}  // namespace lv::sim
