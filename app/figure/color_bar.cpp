// See color_bar.h.
#include "app/figure/color_bar.h"

#include "app/figure/ticks.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lv::figure {
namespace {

double logSpan(const ColorMapping& m) { return std::log1p((m.scale.hi - m.scale.lo) / m.scale.eps); }

// "%.3g" without a padded exponent: 0.001 → "0.001", 3.01, 1e+06 → "1e6".
std::string shortValue(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3g", v);
  std::string s = text;
  const size_t e = s.find("e+");
  if (e != std::string::npos) s.erase(e + 1, 1);
  for (size_t z = s.find("e0"); z != std::string::npos; z = s.find("e0")) s.erase(z + 1, 1);
  for (size_t z = s.find("e-0"); z != std::string::npos; z = s.find("e-0")) s.erase(z + 2, 1);
  return s;
}

// Log scale: f − lo at whole decades, every `stride`-th so the labels fit.
std::vector<Tick> decadeTicks(const ColorMapping& m, const Box& bar, const TextMetrics& metrics) {
  const double span = logSpan(m);
  std::vector<Tick> all;
  if (!(span > 0)) return all;
  const int first = static_cast<int>(std::ceil(std::log10(m.scale.eps)));
  const int last = static_cast<int>(std::floor(std::log10(m.scale.hi - m.scale.lo + m.scale.eps)));
  for (int k = first; k <= last && all.size() < 400; ++k) {
    Tick tick;
    tick.value = m.scale.lo + std::pow(10.0, k);
    const double t = (std::log(std::pow(10.0, k) + m.scale.eps) - std::log(m.scale.eps)) / span;
    if (t < 0 || t > 1) continue;
    tick.pixel = bar.x0 + t * bar.width();
    tick.label.text = shortValue(tick.value);
    if (!all.empty() && all.back().label.text == tick.label.text) continue;
    all.push_back(tick);
  }
  for (size_t stride = 1; stride <= all.size(); ++stride) {
    std::vector<Tick> kept;
    for (size_t i = all.size(); i-- > 0;)  // keep the top decade, the one a reader looks for first
      if ((all.size() - 1 - i) % stride == 0) kept.insert(kept.begin(), all[i]);
    bool fits = true;
    for (size_t i = 1; i < kept.size(); ++i)
      fits = fits && kept[i].pixel - kept[i - 1].pixel >=
                         0.5 * (metrics.width(kept[i].label.text) + metrics.width(kept[i - 1].label.text)) +
                             metrics.width("0");
    if (fits) return kept;
  }
  return {};
}

}  // namespace

double colorPosition(const ColorMapping& m, double f) {
  if (!std::isfinite(f)) return 0;
  const double t = m.scale.position(f);
  return std::isfinite(t) ? std::clamp(t, 0.0, 1.0) : 0;
}

double valueAtPosition(const ColorMapping& m, double t) { return m.scale.valueAt(std::clamp(t, 0.0, 1.0)); }

std::optional<ColorBar> layoutColorBar(const ColorMapping& mapping, const Box& area, Corner legendCorner,
                                       const TextMetrics& metrics) {
  const double font = metrics.fontSize, pad = 0.5 * font;
  const double width = std::min(16 * font, 0.4 * area.width());
  const double height = 2 * pad + 2 * font + 0.7 * font;  // title, tick labels, strip
  if (mapping.colors.size() < 2 || width < 6 * font || height > 0.3 * area.height()) return std::nullopt;
  ColorBar bar;
  const bool top = legendCorner == Corner::BottomRight;
  const double y0 = top ? area.y0 : area.y1 - height;
  bar.plate = {area.x1 - width, y0, area.x1, y0 + height};
  bar.title = {
      mapping.scale.logScale ? "f (log scale)" : "f", {bar.plate.x0 + pad, y0 + pad}, {1, 1, 1, 0.85f}};
  bar.bar = {bar.plate.x0 + pad, bar.plate.y1 - pad - 0.7 * font, bar.plate.x1 - pad, bar.plate.y1 - pad};
  const double n = static_cast<double>(mapping.colors.size() - 1);
  for (size_t i = 0; i < mapping.colors.size(); ++i)
    bar.stops.push_back({static_cast<double>(i) / n, mapping.colors[i]});
  if (mapping.scale.logScale) {
    bar.ticks = decadeTicks(mapping, bar.bar, metrics);
  } else {
    bar.ticks = fittedTicks(mapping.scale.lo, mapping.scale.hi, bar.bar.x0, bar.bar.x1, 5, false,
                            AxisDirection::Horizontal, metrics);
  }
  for (Tick& tick : bar.ticks) {
    const double w = metrics.width(tick.label.text);
    tick.label.at = {std::clamp(tick.pixel - w / 2, bar.plate.x0 + 2, bar.plate.x1 - w - 2), y0 + pad + font};
    tick.label.color = {1, 1, 1, 0.85f};
  }
  return bar;
}

}  // namespace lv::figure
