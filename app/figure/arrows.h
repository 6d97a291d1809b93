// Arrows at a run's head, sized by what they measure so that a picture never suggests motion that
// is not there:
// - Descent (white): the direction −∇f, at most kDescentMaxPixels long at the start's |∇f| and
//   shorter by a third of that per decade |∇f| has fallen since the start; hidden once |∇f| is
//   below 1e-3 of the start's, below sim's convergence threshold (1e-8), or shorter than
//   kArrowMinPixels (its direction is then float noise, not information).
// - Step (run colour): the last update actually taken, at its true length up to kStepMaxPixels;
//   hidden when shorter than kArrowMinPixels.
// Pixel lengths are layout pixels at UI scale 1 and grow with the UI scale.
#pragma once

#include "app/figure/figure.h"
#include "app/sim/run.h"

#include <vector>

namespace lv::figure {

/// sim::Run::converged()'s gradient threshold: below it an arrow's direction is float noise.
constexpr double kConvergedGradient = 1e-8;
constexpr double kDescentMaxPixels = 40;
constexpr double kStepMaxPixels = 60;
constexpr double kArrowMinPixels = 6;
/// Decades of |∇f| below the start's over which the descent arrow shrinks to nothing.
constexpr double kDescentDecades = 3;

/// On-screen length in pixels (at UI scale 1) of the descent arrow for |∇f| = `gradientNorm` when
/// the start had `startNorm`; 0 means hidden.
double descentArrowPixels(double gradientNorm, double startNorm);

/// Appends run `runIndex`'s arrows (at its head) to `arrows`. `unitsPerPixel`: world units per
/// layout pixel; `uiScale` multiplies every pixel size.
void addHeadArrows(const sim::Run& run, std::size_t runIndex, const Rgba& runColor, double unitsPerPixel,
                   double uiScale, std::vector<ArrowFigure>& arrows);

}  // namespace lv::figure
