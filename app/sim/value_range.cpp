// See value_range.h.
#include "app/sim/value_range.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace lv::sim {

ValueRange estimateValueRange(const std::function<double(const Eigen::Vector2d&)>& f,
                              const landscapes::Rect& view, int samples, double percentile) {
  // Re-estimated on every surface re-render, i.e. every frame while panning: reuse the buffer.
  thread_local std::vector<double> values;
  values.clear();
  values.reserve(std::size_t(samples) * std::size_t(samples));
  for (int j = 0; j < samples; ++j) {
    for (int i = 0; i < samples; ++i) {
      Eigen::Vector2d p(view.xmin + (i + 0.5) / samples * (view.xmax - view.xmin),
                        view.ymin + (j + 0.5) / samples * (view.ymax - view.ymin));
      double v = f(p);
      // Beyond float range the GPU sees inf anyway; keep the scale within what it can show.
      if (std::isfinite(v) && std::abs(v) < 1e37) values.push_back(v);
    }
  }
  ValueRange range;
  if (values.empty()) return range;
  // Three order statistics, not a sort: the same values in linear time.
  std::size_t top = values.size() - 1;
  std::size_t q = std::size_t(std::clamp(percentile, 0.0, 1.0) * double(top));
  std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(q), values.end());
  range.hi = values[q];
  range.lo = *std::min_element(values.begin(), values.begin() + std::ptrdiff_t(q) + 1);
  range.hiLog = *std::max_element(values.begin() + std::ptrdiff_t(q), values.end());
  double span = range.hiLog - range.lo;
  // A flat view still gets a non-degenerate scale.
  double minSpan = 1e-9 * std::max(1.0, std::abs(range.lo));
  if (!(range.hi - range.lo > minSpan)) range.hi = range.lo + std::max(span, minSpan);
  if (!(span > minSpan)) range.hiLog = range.lo + minSpan;
  // The log scale spans 4 decades below the top of the range: a narrow valley floor reads as one
  // dark band, and float noise right at the minimum does not speckle.
  range.eps = std::max((range.hiLog - range.lo) * 1e-4, 1e-30);
  range.valid = true;
  return range;
}

}  // namespace lv::sim
