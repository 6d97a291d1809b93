// See map_settings_json.h.
#include "app/sim/map_settings_json.h"

namespace lv::sim {
namespace {

using namespace json;

constexpr Range kUnitRange{0, 1};

MapAxis axis(const Json& j, const std::string& field, const optim::OptimizerInfo& info) {
  std::string error;
  auto parsed = parseMapAxis(string(j, field), info, field, &error);
  if (!parsed) throw FieldError{error};
  return *parsed;
}

}  // namespace

MapSettings parseMapSettingsJson(const Json& j, const std::vector<RunSpec>& runs) {
  if (!j.is_object()) fail("map", "expected an object");
  checkKnownKeys(j, "map.",
                 {"show", "mode", "run", "x_param", "y_param", "steps", "tolerance", "coloring", "opacity",
                  "resolution"});
  MapSettings map;
  if (auto it = j.find("show"); it != j.end()) map.show = boolean(*it, "map.show");
  if (auto it = j.find("mode"); it != j.end()) {
    const auto mode = parseMapMode(string(*it, "map.mode"));
    if (!mode) fail("map.mode", "expected \"basins\" or \"hyper\"");
    map.mode = *mode;
  }
  if (runs.empty()) fail("map", "a map needs a run to follow");
  if (auto it = j.find("run"); it != j.end())
    map.run = wholeNumberIn(*it, "map.run", Range{0, static_cast<double>(runs.size() - 1)});
  const optim::OptimizerInfo& info = runs[map.run].optimizer.info();
  if (auto it = j.find("x_param"); it != j.end()) map.xAxis = axis(*it, "map.x_param", info);
  if (auto it = j.find("y_param"); it != j.end()) map.yAxis = axis(*it, "map.y_param", info);
  if (map.xAxis && map.yAxis && map.xAxis->param == map.yAxis->param)
    fail("map.y_param", "sweeps " + map.yAxis->param + " like map.x_param; choose two hyperparameters");
  if (auto it = j.find("steps"); it != j.end()) map.steps = wholeNumberIn(*it, "map.steps", kMapStepsRange);
  if (auto it = j.find("tolerance"); it != j.end())
    map.tolerance = numberIn(*it, "map.tolerance", kMapToleranceRange);
  if (auto it = j.find("coloring"); it != j.end()) {
    const auto coloring = parseMapColoring(string(*it, "map.coloring"));
    if (!coloring) fail("map.coloring", "expected \"basin\", \"steps\" or \"loss\"");
    map.coloring = *coloring;
  }
  if (auto it = j.find("opacity"); it != j.end()) map.opacity = numberIn(*it, "map.opacity", kUnitRange);
  if (auto it = j.find("resolution"); it != j.end())
    map.resolution = static_cast<int>(wholeNumberIn(*it, "map.resolution", kMapResolutionRange));
  return map;
}

Json mapSettingsJson(const MapSettings& map) {
  Json out = {
      {"show", map.show},       {"mode", mapModeName(map.mode)}, {"run", map.run},
      {"steps", map.steps},     {"tolerance", map.tolerance},    {"coloring", mapColoringName(map.coloring)},
      {"opacity", map.opacity}, {"resolution", map.resolution}};
  if (map.xAxis) out["x_param"] = formatMapAxis(*map.xAxis);
  if (map.yAxis) out["y_param"] = formatMapAxis(*map.yAxis);
  return out;
}

}  // namespace lv::sim
