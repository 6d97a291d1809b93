// See height_field.h.
#include "app/sim/height_field.h"

#include "app/sim/enum_names.h"

#include <algorithm>
#include <cmath>

namespace lv::sim {

namespace {

constexpr EnumName<ViewMode> kViewModeNames[] = {
    {ViewMode::Flat, "2d"}, {ViewMode::Surface, "3d"}, {ViewMode::Split, "split"}};

}  // namespace

const char* viewModeName(ViewMode mode) { return nameOf(kViewModeNames, mode); }

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
  const auto named = valueNamed(kViewModeNames, name);
  if (named) *mode = *named;
  return named.has_value();
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
