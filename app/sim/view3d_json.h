// The scene file's optional "view3d" object: the view mode, the 3D camera and the height scale,
// e.g. {"mode": "3d", "yaw": -60, "pitch": 35, "distance": 3.4, "target": [0, 0, 0],
// "height_scale": 0.8}. Every key is optional (a missing one keeps View3d's default); a scene
// without the object is a 2D scene.
#pragma once

#include "app/sim/height_field.h"
#include "app/sim/json_fields.h"

namespace lv::sim {

/// Reads "view3d" (throws json::FieldError naming the field: "view3d.pitch: ...").
View3d parseView3d(const json::Json& j);
/// The object parseView3d() reads back as `view3d`.
json::Json view3dJson(const View3d& view3d);

}  // namespace lv::sim
