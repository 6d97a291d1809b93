// The heights of the 3D view's mesh vertices (sim::onMesh's grid), each worked out the first time a
// lifted point needs it and then kept: every lifted point stands on a cell's four vertices, trails
// are lifted whole again each time they grow, and on a data landscape one value of f reads every
// row. Only the vertices asked for are evaluated, so a short trail on a data landscape does not pay
// for the whole grid.
#pragma once

#include "app/sim/height_field.h"
#include "app/sim/surface_pick.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lv::sim {

/// The world point of vertex (i, j) of the mesh of `cells` cells a side over field.view, where the
/// vertex shader places it (i / cells of the way across).
optim::Vec2 meshVertex(const HeightField& field, double cells, double i, double j);

class MeshHeights {
 public:
  /// From now on the heights of `field`'s mesh of `cells` cells a side (at least 1) over `value`, the
  /// landscape whose every change `landscape` counts. Forgets the heights it holds unless the
  /// heights' inputs (field.view, field.scale, field.heightScale), cells and landscape are those
  /// they were worked out for. `value` must outlive the calls of at() until the next use().
  void use(const HeightField& field, int cells, const ValueAt& value, std::uint64_t landscape);
  /// field.height(value(meshVertex(i, j))), evaluated at most once between two forgettings;
  /// 0 ≤ i, j ≤ cells(). Needs a use() first.
  double at(int i, int j);

  const HeightField& field() const { return field_; }
  int cells() const { return cells_; }
  /// How many vertices have been evaluated since the heights were last forgotten.
  std::size_t evaluated() const { return evaluated_; }

 private:
  HeightField field_;
  int cells_ = 0;  // 0: no use() yet
  const ValueAt* value_ = nullptr;
  std::uint64_t landscape_ = 0;
  std::vector<double> heights_;
  // Which heights_ hold a height: a flag of their own, since no double can safely mean "not yet"
  // (a height follows its field's numbers, NaN ones included).
  std::vector<std::uint8_t> known_;
  std::size_t evaluated_ = 0;
};

}  // namespace lv::sim
