// The colour scale a scene's colour settings give over a view: one rule for the window, its
// screenshots, vector exports, `lossviz render` and saved scenes. Locked, the scale is fitted once
// (the first view drawn after the landscape or log/linear changed, or "refit") and then kept as the
// settings' range, so panning and zooming keep every colour and contour level in place, and a saved
// scene reopens with the colours on screen. Unlocked, every view is fitted anew. No GL.
#pragma once

#include "app/sim/color_scale.h"
#include "app/sim/scene.h"

#include <cstddef>
#include <functional>

namespace lv::sim {

/// The landscape's value at a point: the formula's, or a data landscape's full-data mean
/// (Session::landscapeValue), and what one evaluation costs, which bounds the points a fit samples.
struct LandscapeValue {
  std::function<double(const optim::Vec2&)> f;
  std::size_t terms = 1;  ///< per-sample terms one evaluation sums (landscapes::FiniteSum::termsPerValue)
};

/// The scale `colors` give over `view` of `f`: their range when locked with one, else the scale
/// fitted over `view` (fitColorScale). Never fails (a view with no finite value: valid = false).
ColorScale colorScaleFor(const ColorSettings& colors, const LandscapeValue& f, const landscapes::Rect& view);

/// Locked with no range yet: keeps the range fitted over `view` (when that fit is valid).
/// Unlocked: clears the range. The window calls it before each frame is drawn.
void pinColorRange(ColorSettings& colors, const LandscapeValue& f, const landscapes::Rect& view);

/// Sets a user's range and locks the scale; false (nothing changed) with colorRangeError's reason.
bool setColorRange(ColorSettings& colors, const ColorRange& range, std::string* error);

}  // namespace lv::sim
