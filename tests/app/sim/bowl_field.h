// The bowl f = x² + y² over [-2, 2]² on a linear colour scale 0..8 with height scale 0.8: model
// X = x/2, Y = y/2, Z = 0.8 (f/8 − 0.5) = 0.1 f − 0.4. Shared by the 3D tests that work by hand.
#pragma once

#include "app/sim/height_field.h"

namespace lv::sim::test {

inline double bowl(const optim::Vec2& p) { return p.squaredNorm(); }

inline HeightField bowlField() {
  HeightField field;
  field.view = {-2, 2, -2, 2};
  field.scale.lo = 0;
  field.scale.hi = 8;
  field.scale.logScale = false;
  field.scale.valid = true;
  field.heightScale = 0.8;
  return field;
}

}  // namespace lv::sim::test
