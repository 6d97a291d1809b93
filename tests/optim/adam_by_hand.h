// Test helper: Adam's updates on the unit tests' gradient sequence g₁ = (1, −2), g₂ = (3, 0.5) with
// the default betas (0.9, 0.999) and eps 1e-8, derived by hand from torch.optim.Adam's algorithm:
// the point moves by minus these. Adam, AdamW (after its decay) and Adamax (step 1) share them.
#pragma once

#include "optim/types.h"

#include <cmath>

namespace lv::optim::test {

/// Step 1: m = 0.1·g, v = 0.001·g²; the bias corrections 1−β1 = 0.1 and 1−β2 = 0.001 give m̂ = g
/// and √v̂ = |g|, so the update is lr·g/(|g| + 1e-8) (for any betas).
inline Vec2 adamUpdate1(double lr) { return lr * Vec2(1 / (1 + 1e-8), -2 / (2 + 1e-8)); }

/// Step 2: m = 0.9·(0.1, −0.2) + 0.1·(3, 0.5) = (0.39, −0.13), v = 0.999·(0.001, 0.004) +
/// 0.001·(9, 0.25) = (0.009999, 0.004246), 1−β1² = 0.19, 1−β2² = 0.001999: the update is
/// (lr/0.19)·m/(√v/√0.001999 + 1e-8).
inline Vec2 adamUpdate2(double lr) {
  const double denominatorX = std::sqrt(0.009999) / std::sqrt(0.001999) + 1e-8;
  const double denominatorY = std::sqrt(0.004246) / std::sqrt(0.001999) + 1e-8;
  return (lr / 0.19) * Vec2(0.39 / denominatorX, -0.13 / denominatorY);
}

}  // namespace lv::optim::test
