// See mesh_heights.h.
#include "app/sim/mesh_heights.h"

#include <algorithm>

namespace lv::sim {

optim::Vec2 meshVertex(const HeightField& field, double cells, double i, double j) {
  const landscapes::Rect& v = field.view;
  return {v.xmin + (v.xmax - v.xmin) * i / cells, v.ymin + (v.ymax - v.ymin) * j / cells};
}

void MeshHeights::use(const HeightField& field, int cells, const ValueAt& value, std::uint64_t landscape) {
  cells = std::max(cells, 1);
  value_ = &value;
  if (cells == cells_ && landscape == landscape_ && field == field_) return;
  field_ = field;
  cells_ = cells;
  landscape_ = landscape;
  const std::size_t vertices = std::size_t(cells + 1) * std::size_t(cells + 1);
  heights_.resize(vertices);
  known_.assign(vertices, 0);
  evaluated_ = 0;
}

double MeshHeights::at(int i, int j) {
  const std::size_t k = std::size_t(j) * std::size_t(cells_ + 1) + std::size_t(i);
  if (!known_[k]) {
    heights_[k] = field_.height((*value_)(meshVertex(field_, cells_, i, j)));
    known_[k] = 1;
    ++evaluated_;
  }
  return heights_[k];
}

}  // namespace lv::sim
