// The value range a surface is coloured over, estimated on the CPU by sampling f on a grid over
// the view (cheap: ~10k evaluations), robust to non-finite values and huge outliers.
#pragma once

#include "landscapes/catalog.h"

#include <Eigen/Core>

#include <functional>

namespace lv::sim {

struct ValueRange {
  double lo = 0;       ///< low end of the colour scale (the smallest finite sample)
  double hi = 1;       ///< high end for linear mapping (a high percentile; > lo)
  double hiLog = 1;    ///< high end for log mapping (the largest finite sample; > lo)
  double eps = 1e-6;   ///< offset of the log mapping log(f - lo + eps); > 0
  bool valid = false;  ///< false when no sample was finite (the range is then a harmless default)
};

/// Samples `f` on a samples×samples grid of cell centres over `view`. Non-finite samples are
/// ignored; `hi` is the `percentile` (0..1] quantile so a few enormous corners do not wash out a
/// linear picture. Never fails.
ValueRange estimateValueRange(const std::function<double(const Eigen::Vector2d&)>& f,
                              const landscapes::Rect& view, int samples = 96, double percentile = 0.99);

}  // namespace lv::sim
