// See map_inputs.h.
#include "app/maps/map_inputs.h"

#include <cmath>

namespace lv::maps {

bool gpuChecksStarts(const MapSpec& spec) { return evaluationsPerUpdate(spec) > 1; }

MapStartTexels mapStartTexels(const MapSpec& spec) {
  const size_t count = static_cast<size_t>(spec.width) * spec.height * 4;
  MapStartTexels texels;
  texels.point.assign(count, 0.0f);
  texels.loss.assign(count, 0.0f);
  const bool checkHere = !gpuChecksStarts(spec);
  for (int py = 0; py < spec.height; ++py) {
    for (int px = 0; px < spec.width; ++px) {
      const Vec2 start = pixelStart(spec, px, py);
      bool finite = start.allFinite();
      double loss = 0;
      if (checkHere) {
        Vec2 gradient;
        loss = mapValueAndGradient(spec, start, gradient);
        finite = finite && std::isfinite(loss) && gradient.allFinite();
      }
      const size_t at = (static_cast<size_t>(py) * spec.width + px) * 4;
      texels.point[at] = static_cast<float>(start.x());
      texels.point[at + 1] = static_cast<float>(start.y());
      texels.point[at + 2] = -1.0f;
      texels.point[at + 3] = finite ? -1.0f : 0.0f;
      texels.loss[at] = finite ? static_cast<float>(loss) : 0.0f;
    }
  }
  return texels;
}

std::vector<float> mapAxisValues(const MapSpec& spec, bool horizontal) {
  std::vector<float> values(static_cast<size_t>(horizontal ? spec.width : spec.height), 0.0f);
  if (spec.mode != MapMode::Hyperparameters) return values;
  for (size_t i = 0; i < values.size(); ++i) {
    const int index = static_cast<int>(i);
    const auto pair = horizontal ? pixelParams(spec, index, 0) : pixelParams(spec, 0, index);
    values[i] = static_cast<float>(horizontal ? pair.first : pair.second);
  }
  return values;
}

}  // namespace lv::maps
