// See map_schedule.h. The table comes from optim::Schedule itself (one definition), evaluated at
// base lr 0 and 1 to split the affine lr into offset and scale.
#include "app/maps/map_schedule.h"

#include "optim/schedule.h"

#include <cmath>

namespace lv::maps {

std::vector<float> scheduleTable(const MapSpec& spec) {
  if (!scheduleApplies(spec) || spec.steps <= 0) return {};
  const long rows = (spec.steps + kScheduleTableWidth - 1) / kScheduleTableWidth;
  std::vector<float> table(static_cast<size_t>(rows) * kScheduleTableWidth * 4, 0.0f);
  optim::Schedule atZero(*spec.schedule), atOne(*spec.schedule);
  auto finite = [](double v) { return std::isfinite(v) ? static_cast<float>(v) : 0.0f; };
  for (long k = 0; k < spec.steps; ++k) {
    const optim::StepOverrides zero = atZero.next(0.0), one = atOne.next(1.0);
    float* texel = &table[static_cast<size_t>(k) * 4];
    const double offset = zero.lr.value_or(0.0);
    texel[0] = finite(offset);
    texel[1] = finite(one.lr ? *one.lr - offset : 1.0);
    texel[2] = finite(zero.momentum.value_or(zero.beta1.value_or(0.0)));
    texel[3] = zero.beta1 ? 2.0f : (zero.momentum ? 1.0f : 0.0f);
  }
  return table;
}

}  // namespace lv::maps
