// See plot_scale.h.
#include "app/figure/plot_scale.h"

#include "app/figure/ticks.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>

namespace lv::figure {
namespace {

template <typename Visit>
void forSampled(const std::vector<double>& losses, std::size_t stride, Visit visit) {
  stride = std::max<std::size_t>(1, stride);
  for (std::size_t k = 0; k < losses.size(); k += stride) visit(losses[k]);
  if (!losses.empty() && (losses.size() - 1) % stride != 0) visit(losses.back());
}

struct Extent {
  double lo = std::numeric_limits<double>::infinity(), hi = -std::numeric_limits<double>::infinity();
  bool valid() const { return lo <= hi; }
  void add(double v) {
    lo = std::min(lo, v);
    hi = std::max(hi, v);
  }
};

}  // namespace

LossScale lossScale(const std::vector<PlotSeries>& series, std::optional<double> minimumValue,
                    const LossPlotOptions& options, std::size_t stride) {
  LossScale scale;
  scale.logScale = options.logScale;
  if (options.quantity == LossQuantity::AboveMinimum) {
    if (minimumValue && std::isfinite(*minimumValue)) {
      scale.quantity = LossQuantity::AboveMinimum;
      scale.offset = *minimumValue;
    } else {
      scale.note = "no known minimum f*: raw loss";
    }
  }
  // A log scale of raw losses needs every one of them positive; loss − f* may touch 0 at the
  // minimum itself (drawn at the bottom), but must not go below it by more than rounding.
  if (scale.logScale) {
    bool allPositive = true, anyPositive = false;
    for (const PlotSeries& s : series)
      if (s.visible && s.losses)
        forSampled(*s.losses, stride, [&](double l) {
          const double v = l - scale.offset;
          anyPositive = anyPositive || v > 0;
          const double tolerance =
              scale.quantity == LossQuantity::AboveMinimum ? 1e-12 * (1 + std::abs(scale.offset)) : 0;
          allPositive = allPositive && v > -tolerance && (v > 0 || tolerance > 0);
        });
    if (!allPositive || !anyPositive) {
      scale.logScale = false;
      if (!scale.note.empty()) scale.note += "; ";
      scale.note += "linear: log scale needs positive values";
    }
  }
  auto plotted = [&](double l) {
    const double v = l - scale.offset;
    return scale.logScale ? (v > 0 ? std::log10(std::min(v, std::numeric_limits<double>::max())) : NAN) : v;
  };
  Extent settled, diverged;
  for (const PlotSeries& s : series)
    if (s.visible && s.losses)
      forSampled(*s.losses, stride, [&](double l) {
        const double y = plotted(l);
        if (std::isfinite(y)) (s.diverged ? diverged : settled).add(y);
      });
  scale.title = std::string(scale.quantity == LossQuantity::AboveMinimum ? "loss − f*" : "loss") +
                (scale.logScale ? "  (log scale)" : "");
  if (!settled.valid() && !diverged.valid()) return scale;
  scale.empty = false;
  Extent range = settled.valid() ? settled : diverged;
  if (settled.valid() && diverged.valid()) {
    const double headroom = scale.logScale
                                ? kDivergedHeadroom
                                : kDivergedHeadroom * std::max(settled.hi - settled.lo, std::abs(settled.hi));
    range.add(std::min(diverged.hi, settled.hi + headroom));
    range.add(std::max(diverged.lo, settled.lo - headroom));
  }
  if (scale.logScale) {
    scale.lo = std::floor(range.lo);
    scale.hi = std::max(std::ceil(range.hi), scale.lo + 1);
  } else {
    const double span = range.hi - range.lo;
    const double pad = span > 0 ? 0.05 * span : std::max(1e-12, 0.1 * std::abs(range.hi));
    scale.lo = range.lo - pad;
    scale.hi = range.hi + pad;
    if (!(scale.hi > scale.lo)) scale.hi = scale.lo + 1;  // beyond double precision: any sane span
  }
  return scale;
}

double plottedValue(const LossScale& s, double loss) {
  const double v = loss - s.offset;
  double y = s.logScale ? (v > 0 ? std::log10(v) : s.lo) : v;
  if (!std::isfinite(y)) y = y > 0 ? s.hi : s.lo;
  const double span = s.hi - s.lo;
  return std::clamp(y, s.lo - span, s.hi + span);
}

std::vector<Tick> lossTicks(const LossScale& s, double bottom, double top, const TextMetrics& metrics) {
  if (!s.logScale) return fittedTicks(s.lo, s.hi, bottom, top, 5, false, AxisDirection::Vertical, metrics);
  std::vector<Tick> ticks;
  const double decades = s.hi - s.lo;
  const double pixelsPerDecade = std::abs(bottom - top) / std::max(decades, 1.0);
  const double stride = std::max(1.0, std::ceil(1.5 * metrics.lineHeight() / pixelsPerDecade));
  for (double e = s.lo; e <= s.hi + 1e-9; e += stride) {
    Tick tick;
    tick.value = e;
    tick.pixel = bottom + (e - s.lo) / decades * (top - bottom);
    char label[16];
    std::snprintf(label, sizeof label, "1e%d", static_cast<int>(e));
    tick.label.text = label;
    ticks.push_back(tick);
  }
  return ticks;
}

std::vector<Tick> stepTicks(std::size_t lastStep, double left, double right, const TextMetrics& metrics) {
  return fittedTicks(0, static_cast<double>(std::max<std::size_t>(1, lastStep)), left, right, 6, true,
                     AxisDirection::Horizontal, metrics);
}

}  // namespace lv::figure
