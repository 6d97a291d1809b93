// See scene_colors.h.
#include "app/sim/scene_colors.h"

namespace lv::sim {

ColorScale colorScaleFor(const ColorSettings& colors, const LandscapeValue& f, const landscapes::Rect& view) {
  if (colors.lockScale && colors.range)
    return scaleOfRange(*colors.range, colors.logScale, colors.contourCount);
  ColorScaleFit fit;
  fit.samples = fitSamples(f.terms);
  return fitColorScale(f.f, view, colors.logScale, colors.contourCount, fit);
}

void pinColorRange(ColorSettings& colors, const LandscapeValue& f, const landscapes::Rect& view) {
  if (!colors.lockScale) {
    colors.range.reset();
    return;
  }
  if (colors.range) return;
  const ColorScale fitted = colorScaleFor(colors, f, view);
  if (fitted.valid) colors.range = rangeOf(fitted);
}

bool setColorRange(ColorSettings& colors, const ColorRange& range, std::string* error) {
  const std::string problem = colorRangeError(range);
  if (!problem.empty()) {
    if (error) *error = problem;
    return false;
  }
  colors.range = range;
  colors.lockScale = true;
  return true;
}

}  // namespace lv::sim
