// `render`'s 3D flags: --view 2d|3d|split, --camera YAW,PITCH[,DISTANCE] and --height-scale H.
#include "app/cli/verbs.h"
#include "app/sim/height_field.h"

#include <sstream>

namespace lv::cli {
namespace {

sim::Camera cameraFromFlag(const std::string& text, sim::Camera camera) {
  std::vector<std::string> parts;
  std::stringstream stream(text);
  for (std::string part; std::getline(stream, part, ',');) parts.push_back(part);
  if (parts.size() < 2 || parts.size() > 3 || text.back() == ',')
    throw UsageError{"--camera: expected YAW,PITCH[,DISTANCE] in degrees (distance in model units), got '" +
                     text + "'"};
  camera.yaw = parseNumber(parts[0], "--camera yaw");
  camera.pitch = parseNumber(parts[1], "--camera pitch");
  if (!(camera.pitch >= sim::kPitchMinDegrees && camera.pitch <= sim::kPitchMaxDegrees))
    throw UsageError{"--camera: pitch must be in [" + std::to_string(int(sim::kPitchMinDegrees)) + ", " +
                     std::to_string(int(sim::kPitchMaxDegrees)) + "] degrees"};
  if (parts.size() == 3) {
    camera.distance = parseNumber(parts[2], "--camera distance");
    if (!(camera.distance >= sim::kDistanceMin && camera.distance <= sim::kDistanceMax))
      throw UsageError{"--camera: distance must be in [0.5, 20]"};
  }
  return camera;
}

}  // namespace

void applyViewFlags(const Flags& flags, sim::View3d& view3d) {
  if (auto view = lastValue(flags, "view"))
    if (!sim::viewModeFromName(*view, &view3d.mode))
      throw UsageError{"--view: expected 2d, 3d or split, got '" + *view + "'"};
  if (auto camera = lastValue(flags, "camera")) view3d.camera = cameraFromFlag(*camera, view3d.camera);
  if (auto height = lastValue(flags, "height-scale")) {
    view3d.heightScale = parseNumber(*height, "--height-scale");
    if (!(view3d.heightScale >= sim::kHeightScaleMin && view3d.heightScale <= sim::kHeightScaleMax))
      throw UsageError{"--height-scale: must be in [0.05, 3]"};
  }
}

}  // namespace lv::cli
