// See ticks.h.
#include "app/figure/ticks.h"

#include "app/sim/view.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace lv::figure {
namespace {

// "2.5e-07" → "2.5e-7", "1.0e+06" → "1.0e6": shorter, and what people write.
std::string compactExponent(std::string text) {
  const size_t e = text.find('e');
  if (e == std::string::npos) return text;
  std::string mantissa = text.substr(0, e), exponent = text.substr(e + 1);
  const bool negative = !exponent.empty() && exponent[0] == '-';
  if (!exponent.empty() && (exponent[0] == '+' || exponent[0] == '-')) exponent.erase(0, 1);
  exponent.erase(0, std::min(exponent.find_first_not_of('0'), exponent.size() - 1));
  return mantissa + "e" + (negative ? "-" : "") + exponent;
}

// The power of ten of a nice step (m × 10^k, m ∈ {1, 2, 5}).
int stepExponent(double step) { return static_cast<int>(std::floor(std::log10(step) + 1e-9)); }

}  // namespace

std::string tickLabel(double value, double step) {
  if (!std::isfinite(value)) return "?";
  if (!(step > 0) || !std::isfinite(step)) step = std::abs(value) > 0 ? std::abs(value) : 1;
  const int k = stepExponent(step);
  if (std::abs(value) < step * 1e-6) return "0";
  const double magnitude = std::abs(value);
  char text[48];
  if (magnitude >= 1e6 || (magnitude < 1e-3 && k < -3)) {
    // Enough mantissa digits to reach the step's power of ten.
    const int exponent = static_cast<int>(std::floor(std::log10(magnitude)));
    std::snprintf(text, sizeof text, "%.*e", std::clamp(exponent - k, 0, 15), value);
    return compactExponent(text);
  }
  std::snprintf(text, sizeof text, "%.*f", std::clamp(-k, 0, 15), value);
  return text;
}

std::vector<double> tickValues(double lo, double hi, int target, bool integers, double* stepOut) {
  std::vector<double> values = sim::niceTicks(lo, hi, target);
  double step = values.size() >= 2 ? values[1] - values[0] : std::max(hi - lo, 0.0);
  if (integers && (step < 1 || step != std::floor(step))) {
    step = std::max(1.0, std::ceil(step));
    values.clear();
    for (double v = std::ceil(lo); v <= hi && values.size() < 1000; v += step) values.push_back(v);
  }
  if (stepOut) *stepOut = step;
  return values;
}

std::vector<Tick> fittedTicks(double lo, double hi, double pixelLo, double pixelHi, int maxTicks,
                              bool integers, AxisDirection direction, const TextMetrics& metrics) {
  std::vector<Tick> ticks;
  if (!(hi > lo) || !std::isfinite(lo) || !std::isfinite(hi)) return ticks;
  const double pixelsPerUnit = std::abs(pixelHi - pixelLo) / (hi - lo);
  const double gap = metrics.width("0");
  for (int target = std::max(1, maxTicks); target >= 1; --target) {
    double step = 0;
    const std::vector<double> values = tickValues(lo, hi, target, integers, &step);
    ticks.clear();
    double extent = 0;
    for (double v : values) {
      Tick tick;
      tick.value = v;
      tick.pixel = pixelLo + (v - lo) / (hi - lo) * (pixelHi - pixelLo);
      tick.label.text = tickLabel(v, step);
      extent = std::max(extent, direction == AxisDirection::Horizontal ? metrics.width(tick.label.text)
                                                                       : metrics.lineHeight());
      ticks.push_back(tick);
    }
    if (ticks.size() < 2 || step * pixelsPerUnit >= extent + gap) break;
  }
  return ticks;
}

}  // namespace lv::figure
