// How surface values become colours, as plain data: the value range, linear or log mapping, the log
// offset and the contour levels. The GL surface shades with it, and a colour bar (figure model,
// vector export) states it from the same numbers. Fitting looks at the landscape's values over a
// view once; the scale then stays fixed in world terms (panning and zooming keep every colour and
// level in place) until it is fitted again or set by the user. No GL.
#pragma once

#include "landscapes/catalog.h"
#include "optim/types.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace lv::sim {

struct ColorScale {
  double lo = 0;          ///< value at the colormap's low end (t = 0)
  double hi = 1;          ///< value at the high end (t = 1); > lo
  bool logScale = true;   ///< t = log1p((f - lo) / eps) / log1p((hi - lo) / eps), else (f - lo) / (hi - lo)
  double eps = 1e-6;      ///< log offset, > 0: values below lo + eps share the low colours
  int contourCount = 20;  ///< contour lines at t = k / contourCount, k = 1 .. contourCount - 1; 0 = none
  bool valid = false;     ///< false until fitted to finite values or set (then a harmless default)

  /// Position on the colormap of value `f` (not clamped: < 0 below lo, > 1 above hi).
  double position(double f) const;
  /// The value at colormap position `t` (inverse of position()).
  double valueAt(double t) const;
  /// The values of the contour lines, ascending.
  std::vector<double> contourLevels() const;
  bool operator==(const ColorScale& other) const;
  bool operator!=(const ColorScale& other) const { return !(*this == other); }
};

/// A scale's range fixed in world terms: what the lock keeps and what a user sets (ColorScale's lo,
/// hi and eps; log or linear and the contour count are the scene's colour settings).
struct ColorRange {
  double lo = 0;
  double hi = 1;
  double eps = 1e-6;
  bool operator==(const ColorRange& o) const { return lo == o.lo && hi == o.hi && eps == o.eps; }
  bool operator!=(const ColorRange& o) const { return !(*this == o); }
};

/// Why `range` cannot be a colour scale's range, naming the bound ("min must be below max", ...);
/// "" when it can: finite lo < hi with |lo|, |hi| < 1e37 (float, the GPU's precision) and a finite
/// log offset eps > 0 (values up to lo + eps share the low colours on a log scale).
std::string colorRangeError(const ColorRange& range);
/// The log offset a range gets when none is given: a millionth of its span (six decades).
double defaultColorRangeEps(double lo, double hi);
/// The scale of `range` (which colorRangeError accepts), log or linear, with `contourCount` levels.
ColorScale scaleOfRange(const ColorRange& range, bool logScale, int contourCount);
/// The range of a fitted scale.
ColorRange rangeOf(const ColorScale& scale);

/// Quantiles of the values over a view that fitColorScale() chooses the range from.
struct ColorScaleFit {
  double lowQuantile = 0.0;    ///< lo: the smallest finite value
  double highQuantile = 0.99;  ///< hi (linear): a few enormous corners do not wash out the picture
  /// eps (log): the gap between the minimum and this quantile, so the lowest few per cent of the
  /// view get the low colours and the rest spreads over as many decades as the data spans (a plateau
  /// around a deep minimum, as on Beale or Goldstein-Price, keeps its structure).
  double epsQuantile = 0.01;
  int samples = 96;  ///< per side of the grid of cell centres
};

/// ColorScaleFit::samples for an f whose every evaluation sums `terms` per-sample terms (a data
/// landscape's rows): 96 up to 256 terms, fewer beyond (never under 16), so that a fit over many
/// rows stays within about 2.4 million term evaluations instead of growing with the rows.
int fitSamples(std::size_t terms);

/// Samples `f` over `view` and fits a scale (log: lo = min, hi = max; linear: hi = the high
/// quantile). Non-finite samples and |f| ≥ 1e37 (beyond float) are ignored; a flat view still gets a
/// non-degenerate range. Never fails (no finite sample: valid = false).
ColorScale fitColorScale(const std::function<double(const optim::Vec2&)>& f, const landscapes::Rect& view,
                         bool logScale, int contourCount, const ColorScaleFit& fit = {});

}  // namespace lv::sim
