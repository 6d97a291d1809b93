// See frame_schedule.h. Integer arithmetic: round(i·s/(n−1)) = ⌊(2·i·s + n − 1) / (2·(n − 1))⌋,
// exact where doubles would round 10^7-step products.
#include "app/export/frame_schedule.h"

#include <algorithm>
#include <cmath>

namespace lv::exports {

std::size_t stepsAtFrame(std::size_t index, std::size_t frames, std::size_t steps) {
  if (frames <= 1) return steps;
  const unsigned long long n1 = frames - 1;
  return static_cast<std::size_t>((2ULL * index * steps + n1) / (2 * n1));
}

std::size_t framesForSeconds(double seconds, int fps) {
  return static_cast<std::size_t>(std::max(1.0, std::round(seconds * fps)));
}

}  // namespace lv::exports
