// See color_scale.h.
#include "app/sim/color_scale.h"

#include <algorithm>
#include <cmath>

namespace lv::sim {

double ColorScale::position(double f) const {
  if (logScale) return std::log1p(std::max(f - lo, 0.0) / eps) / std::log1p((hi - lo) / eps);
  return (f - lo) / (hi - lo);
}

double ColorScale::valueAt(double t) const {
  if (logScale) return lo + eps * std::expm1(t * std::log1p((hi - lo) / eps));
  return lo + t * (hi - lo);
}

std::vector<double> ColorScale::contourLevels() const {
  std::vector<double> levels;
  for (int k = 1; k < contourCount; ++k) levels.push_back(valueAt(double(k) / contourCount));
  return levels;
}

bool ColorScale::operator==(const ColorScale& o) const {
  return lo == o.lo && hi == o.hi && logScale == o.logScale && eps == o.eps &&
         contourCount == o.contourCount && valid == o.valid;
}

std::string colorRangeError(const ColorRange& range) {
  constexpr double kFloatMax = 1e37;
  if (!std::isfinite(range.lo) || std::abs(range.lo) >= kFloatMax) return "min must be a finite number";
  if (!std::isfinite(range.hi) || std::abs(range.hi) >= kFloatMax) return "max must be a finite number";
  if (!(range.lo < range.hi)) return "min must be below max";
  if (!std::isfinite(range.eps) || !(range.eps > 0)) return "the log offset must be a positive number";
  return "";
}

double defaultColorRangeEps(double lo, double hi) { return std::max((hi - lo) * 1e-6, 1e-30); }

ColorScale scaleOfRange(const ColorRange& range, bool logScale, int contourCount) {
  ColorScale scale;
  scale.lo = range.lo;
  scale.hi = range.hi;
  scale.eps = range.eps;
  scale.logScale = logScale;
  scale.contourCount = std::max(contourCount, 0);
  scale.valid = true;
  return scale;
}

int fitSamples(std::size_t terms) {
  constexpr double kTermBudget = 96.0 * 96.0 * 256.0;
  return std::clamp(int(std::sqrt(kTermBudget / double(std::max<std::size_t>(terms, 1)))), 16, 96);
}

ColorRange rangeOf(const ColorScale& scale) { return {scale.lo, scale.hi, scale.eps}; }

ColorScale fitColorScale(const std::function<double(const optim::Vec2&)>& f, const landscapes::Rect& view,
                         bool logScale, int contourCount, const ColorScaleFit& fit) {
  ColorScale scale;
  scale.logScale = logScale;
  scale.contourCount = std::max(contourCount, 0);
  if (!f) return scale;
  std::vector<double> values;
  const int n = std::max(fit.samples, 2);
  values.reserve(std::size_t(n) * std::size_t(n));
  for (int j = 0; j < n; ++j) {
    for (int i = 0; i < n; ++i) {
      const optim::Vec2 p(view.xmin + (i + 0.5) / n * (view.xmax - view.xmin),
                          view.ymin + (j + 0.5) / n * (view.ymax - view.ymin));
      const double v = f(p);
      if (std::isfinite(v) && std::abs(v) < 1e37) values.push_back(v);
    }
  }
  if (values.empty()) return scale;
  // Order statistics by selection, not a sort: linear time.
  const auto quantile = [&values](double q) {
    const std::size_t k = std::size_t(std::clamp(q, 0.0, 1.0) * double(values.size() - 1));
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(k), values.end());
    return values[k];
  };
  const double highest = *std::max_element(values.begin(), values.end());
  scale.lo = quantile(fit.lowQuantile);
  scale.hi = logScale ? highest : quantile(fit.highQuantile);
  // A flat view still gets a non-degenerate range.
  const double minSpan = 1e-9 * std::max(1.0, std::abs(scale.lo));
  if (!(scale.hi - scale.lo > minSpan)) scale.hi = scale.lo + std::max(highest - scale.lo, minSpan);
  if (!(scale.hi - scale.lo > minSpan)) scale.hi = scale.lo + minSpan;
  const double span = scale.hi - scale.lo;
  // At most 12 decades (float noise at the minimum must not speckle), at least 2.
  scale.eps = std::clamp(quantile(fit.epsQuantile) - scale.lo, span * 1e-12, span * 1e-2);
  scale.eps = std::max(scale.eps, 1e-30);
  scale.valid = true;
  return scale;
}

}  // namespace lv::sim
