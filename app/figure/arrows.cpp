// See arrows.h.
#include "app/figure/arrows.h"

#include <algorithm>
#include <cmath>

namespace lv::figure {
namespace {

constexpr double kHeadRadius = 5;

}  // namespace

double descentArrowPixels(double gradientNorm, double startNorm) {
  if (!(gradientNorm >= kConvergedGradient) || !std::isfinite(gradientNorm)) return 0;
  const double reference = std::isfinite(startNorm) && startNorm > 0 ? startNorm : gradientNorm;
  const double decadesBelow = std::max(0.0, std::log10(reference / gradientNorm));
  const double pixels = kDescentMaxPixels * (1 - decadesBelow / kDescentDecades);
  return pixels >= kArrowMinPixels ? pixels : 0;
}

void addHeadArrows(const sim::Run& run, std::size_t runIndex, const Rgba& runColor, double unitsPerPixel,
                   double uiScale, std::vector<ArrowFigure>& arrows) {
  const sim::Trajectory& t = run.trajectory();
  if (t.size() == 0 || !(unitsPerPixel > 0)) return;
  const Vec2& head = t.points.back();
  const Vec2& gradient = t.gradients.back();
  const double descent = descentArrowPixels(gradient.norm(), t.gradients.front().norm()) * uiScale;
  if (descent > 0) {
    ArrowFigure arrow;
    arrow.run = runIndex;
    arrow.kind = ArrowKind::Descent;
    arrow.from = head;
    arrow.to = head - gradient.normalized() * descent * unitsPerPixel;
    arrow.lengthPixels = descent;
    arrow.headRadius = kHeadRadius * uiScale;
    arrow.color = {1, 1, 1, 0.9f};
    arrows.push_back(arrow);
  }
  if (t.size() >= 2) {
    const Vec2 step = head - t.points[t.size() - 2];
    const double pixels = step.norm() / unitsPerPixel;
    if (pixels >= kArrowMinPixels * uiScale) {
      ArrowFigure arrow;
      arrow.run = runIndex;
      arrow.kind = ArrowKind::Step;
      arrow.from = head;
      arrow.lengthPixels = std::min(pixels, kStepMaxPixels * uiScale);
      arrow.to = head + step * (arrow.lengthPixels / pixels);
      arrow.headRadius = kHeadRadius * uiScale;
      arrow.color = runColor;
      arrows.push_back(arrow);
    }
  }
}

}  // namespace lv::figure
