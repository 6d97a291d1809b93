// The scene file's optional "map" object (map_settings.h), read and written by scene_json.cpp:
//   "map": {"show": true, "mode": "basins"|"hyper", "run": 0, "x_param": "lr:1e-4:1:log",
//           "y_param": "momentum:0:0.99", "steps": 200, "tolerance": 1e-6,
//           "coloring": "basin"|"steps"|"loss", "opacity": 0.65, "resolution": 192}
// Every key is optional; unknown keys are rejected like the rest of the scene.
#pragma once

#include "app/sim/json_fields.h"
#include "app/sim/map_settings.h"
#include "app/sim/scene.h"

namespace lv::sim {

/// Reads "map" (throws json::FieldError naming the field, e.g. "map.x_param ..."); the axes are
/// checked against the optimizer of `runs[run]`, which must exist.
MapSettings parseMapSettingsJson(const json::Json& j, const std::vector<RunSpec>& runs);
json::Json mapSettingsJson(const MapSettings& settings);

}  // namespace lv::sim
