// See view3d_json.h.
#include "app/sim/view3d_json.h"

namespace lv::sim {

using namespace json;

View3d parseView3d(const Json& j) {
  if (!j.is_object()) fail("view3d", "expected an object");
  checkKnownKeys(j, "view3d.", {"mode", "yaw", "pitch", "distance", "target", "height_scale"});
  View3d view3d;
  if (auto it = j.find("mode"); it != j.end()) {
    const std::string mode = string(*it, "view3d.mode");
    if (!viewModeFromName(mode, &view3d.mode))
      fail("view3d.mode", "expected \"2d\", \"3d\" or \"split\", got \"" + mode + "\"");
  }
  Camera& camera = view3d.camera;
  if (auto it = j.find("yaw"); it != j.end()) camera.yaw = numberIn(*it, "view3d.yaw", {-360, 360});
  if (auto it = j.find("pitch"); it != j.end())
    camera.pitch = numberIn(*it, "view3d.pitch", {kPitchMinDegrees, kPitchMaxDegrees});
  if (auto it = j.find("distance"); it != j.end())
    camera.distance = numberIn(*it, "view3d.distance", {kDistanceMin, kDistanceMax});
  if (auto it = j.find("target"); it != j.end()) {
    if (!it->is_array() || it->size() != 3) fail("view3d.target", "expected [x, y, z]");
    for (int i = 0; i < 3; ++i)
      camera.target[i] = numberIn((*it)[size_t(i)], "view3d.target[" + std::to_string(i) + "]", {-100, 100});
  }
  if (auto it = j.find("height_scale"); it != j.end())
    view3d.heightScale = numberIn(*it, "view3d.height_scale", {kHeightScaleMin, kHeightScaleMax});
  return view3d;
}

Json view3dJson(const View3d& view3d) {
  const Camera& c = view3d.camera;
  return {{"mode", viewModeName(view3d.mode)},
          {"yaw", c.yaw},
          {"pitch", c.pitch},
          {"distance", c.distance},
          {"target", {c.target.x(), c.target.y(), c.target.z()}},
          {"height_scale", view3d.heightScale}};
}

}  // namespace lv::sim
