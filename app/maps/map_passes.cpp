// See map_passes.h. Pixels before updates: a draw over many pixels keeps a large GPU busy, and one
// update per draw costs only a little more texture traffic than many.
#include "app/maps/map_passes.h"

#include "landscapes/lv_assert.h"

#include <algorithm>
#include <cmath>

namespace lv::maps {

MapPasses::MapPasses(int width, int height, long totalSteps, long maxStepsPerPass,
                     double evaluationsPerUpdate)
    : width_(width),
      height_(height),
      total_(totalSteps),
      maxStepsPerPass_(maxStepsPerPass),
      evaluationsPerUpdate_(std::max(1.0, evaluationsPerUpdate)) {
  LV_ASSERT(width >= 1 && height >= 1 && totalSteps >= 0 && maxStepsPerPass >= 1, "map passes out of range");
}

long MapPasses::stepsFor(double pixelUpdates, long cap) const {
  // `pixelUpdates` spread over every pixel: that many updates each, at least one.
  const double steps = std::floor(pixelUpdates / (double(width_) * height_));
  return std::clamp(std::isfinite(steps) ? static_cast<long>(std::min(steps, 1e9)) : 1L, 1L, cap);
}

MapPass MapPasses::band(long steps, double pixels) const {
  MapPass pass;
  pass.steps = steps;
  pass.firstRow = static_cast<int>(roundPixel_ / width_);
  pass.firstColumn = static_cast<int>(roundPixel_ % width_);
  const double wanted = std::isfinite(pixels) ? std::max(1.0, std::floor(pixels)) : double(width_) * height_;
  if (pass.firstColumn == 0 && wanted >= width_) {
    pass.columns = width_;
    pass.rows = static_cast<int>(std::min(std::floor(wanted / width_), double(height_ - pass.firstRow)));
  } else {
    pass.rows = 1;
    pass.columns = static_cast<int>(std::min(wanted, double(width_ - pass.firstColumn)));
  }
  pass.endsRound = roundPixel_ + long(pass.rows) * pass.columns == long(width_) * height_;
  return pass;
}

MapPass MapPasses::nextByWork(long stepsWanted) const {
  LV_ASSERT(stepsWanted >= 1 && !finished(), "a pass of no updates");
  const long steps = roundOpen() ? roundSteps_
                                 : stepsFor(kMaxEvaluationsPerDraw / evaluationsPerUpdate_,
                                            std::min({stepsWanted, maxStepsPerPass_, total_ - done_}));
  return band(steps, kMaxEvaluationsPerDraw / (evaluationsPerUpdate_ * double(steps)));
}

MapPass MapPasses::nextByTime(double seconds) const {
  LV_ASSERT(!finished(), "a pass of a finished map");
  const long cap = std::min(maxStepsPerPass_, total_ - done_);
  if (secondsPerUpdate_ <= 0) {
    const long steps = roundOpen() ? roundSteps_ : 1;
    return band(steps, kFirstTimedEvaluations / (evaluationsPerUpdate_ * double(steps)));
  }
  const double updates = std::max(0.0, seconds) / secondsPerUpdate_;  // pixel updates that fit
  const long steps = roundOpen() ? roundSteps_ : stepsFor(updates, cap);
  return band(steps, updates / double(steps));
}

void MapPasses::record(const MapPass& pass, double seconds) {
  const long pixels = long(pass.rows) * pass.columns;
  LV_ASSERT(long(pass.firstRow) * width_ + pass.firstColumn == roundPixel_ && pixels >= 1 && pass.steps >= 1,
            "passes recorded out of order");
  if (seconds >= 0) {
    const double perUpdate = seconds / (double(pixels) * double(pass.steps));
    secondsPerUpdate_ = secondsPerUpdate_ > 0 ? 0.5 * (secondsPerUpdate_ + perUpdate) : perUpdate;
  }
  roundSteps_ = pass.steps;
  roundPixel_ += pixels;
  if (roundPixel_ >= long(width_) * height_) {
    done_ += roundSteps_;
    roundSteps_ = 0;
    roundPixel_ = 0;
  }
}

double MapPasses::rowSeconds() const {
  return secondsPerUpdate_ * double(width_) * double(roundOpen() ? roundSteps_ : 1);
}

double MapPasses::progress() const {
  if (total_ <= 0) return 1.0;
  const double open = double(roundSteps_) * double(roundPixel_) / (double(width_) * height_);
  return std::clamp((double(done_) + open) / double(total_), 0.0, 1.0);
}

}  // namespace lv::maps
