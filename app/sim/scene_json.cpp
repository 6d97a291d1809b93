#include "app/sim/scene_json.h"

#include "app/sim/atomic_file.h"
#include "app/sim/colormap.h"
#include "app/sim/ensemble.h"
#include "app/sim/json_fields.h"
#include "app/sim/map_settings_json.h"
#include "app/sim/view3d_json.h"

#include <cmath>
#include <cstdio>

namespace lv::sim {
namespace {

using namespace json;

constexpr int kFormatVersion = 1;
constexpr size_t kMaxSceneBytes = 1u << 20;  // a scene with 64 runs is a few kB

int hexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Rgba color(const Json& j, const std::string& field) {
  const std::string s = string(j, field);
  if (s.size() != 7 || s[0] != '#') fail(field, "expected a colour like \"#1f77b4\", got \"" + s + "\"");
  Rgba c = {0, 0, 0, 1};
  for (int i = 0; i < 3; ++i) {
    const int hi = hexDigit(s[1 + 2 * i]), lo = hexDigit(s[2 + 2 * i]);
    if (hi < 0 || lo < 0) fail(field, "expected a colour like \"#1f77b4\", got \"" + s + "\"");
    c[i] = static_cast<float>(hi * 16 + lo) / 255.0f;
  }
  return c;
}

std::string colorHex(const Rgba& c) {
  char buf[8];
  auto byte = [](float v) { return static_cast<int>(std::lround(std::fmin(std::fmax(v, 0.f), 1.f) * 255)); };
  std::snprintf(buf, sizeof buf, "#%02x%02x%02x", byte(c[0]), byte(c[1]), byte(c[2]));
  return buf;
}

size_t paramIndex(const optim::Optimizer& optimizer, const std::string& name) {
  const auto& params = optimizer.info().params;
  for (size_t i = 0; i < params.size(); ++i)
    if (name == params[i].name) return i;
  return params.size();
}

std::vector<ParamEdit> parseEdits(const Json& j, const std::string& path, const optim::Optimizer& optimizer) {
  if (!j.is_array()) fail(path, "expected an array of {\"step\", \"param\", \"value\"}");
  std::vector<ParamEdit> edits;
  for (size_t i = 0; i < j.size(); ++i) {
    const std::string at = path + "[" + std::to_string(i) + "].";
    if (!j[i].is_object()) fail(at.substr(0, at.size() - 1), "expected an object");
    checkKnownKeys(j[i], at, {"step", "param", "value"});
    const size_t step = wholeNumberIn(require(j[i], "step", at), at + "step", kStepsRange);
    if (!edits.empty() && step < edits.back().step) fail(at + "step", "edits must be in step order");
    const std::string name = string(require(j[i], "param", at), at + "param");
    const double value = number(require(j[i], "value", at), at + "value");
    optim::Optimizer check = optimizer;
    std::string error;
    if (!check.set(name, value, &error)) fail(at.substr(0, at.size() - 1), error);
    edits.push_back({step, paramIndex(optimizer, name), value});
  }
  return edits;
}

RunSpec parseRun(const Json& j, const std::string& path) {
  if (!j.is_object()) fail(path.substr(0, path.size() - 1), "expected an object");
  checkKnownKeys(
      j, path,
      {"optimizer", "params", "edits", "schedule", "start", "color", "visible", "label", "batch", "seeds"});
  RunSpec run;
  const std::string name = string(require(j, "optimizer", path), path + "optimizer");
  auto optimizer = optim::Optimizer::create(name);
  if (!optimizer)
    fail(path + "optimizer", "unknown optimizer '" + name + "' (valid: " + optim::optimizerNames() + ")");
  run.optimizer = *optimizer;
  if (auto it = j.find("params"); it != j.end()) {
    if (!it->is_object()) fail(path + "params", "expected an object of name: number");
    for (auto p = it->begin(); p != it->end(); ++p) {
      const std::string field = path + "params." + p.key();
      std::string error;
      if (!run.optimizer.set(p.key(), number(*p, field), &error)) fail(field, error);
    }
  }
  if (auto it = j.find("edits"); it != j.end()) run.edits = parseEdits(*it, path + "edits", run.optimizer);
  run.start = point(require(j, "start", path), path + "start");
  if (auto it = j.find("color"); it != j.end()) run.color = color(*it, path + "color");
  if (auto it = j.find("visible"); it != j.end()) run.visible = boolean(*it, path + "visible");
  if (auto it = j.find("schedule"); it != j.end()) {
    std::string error;
    run.schedule = optim::parseSchedule(string(*it, path + "schedule"), &error);
    if (!run.schedule) fail(path + "schedule", error);
  }
  if (auto it = j.find("label"); it != j.end()) {
    run.label = string(*it, path + "label");
    if (run.label.size() > kMaxLabelBytes)
      fail(path + "label", "longer than " + std::to_string(kMaxLabelBytes) + " bytes");
  }
  if (auto it = j.find("batch"); it != j.end()) run.batch = parseRunBatch(*it, path + "batch");
  if (auto it = j.find("seeds"); it != j.end()) run.seeds = wholeNumberIn(*it, path + "seeds", kSeedsRange);
  return run;
}

landscapes::Rect parseView(const Json& j) {
  if (!j.is_object()) fail("view", "expected {\"xmin\", \"xmax\", \"ymin\", \"ymax\"}");
  checkKnownKeys(j, "view.", {"xmin", "xmax", "ymin", "ymax"});
  landscapes::Rect r;
  r.xmin = number(require(j, "xmin", "view."), "view.xmin");
  r.xmax = number(require(j, "xmax", "view."), "view.xmax");
  r.ymin = number(require(j, "ymin", "view."), "view.ymin");
  r.ymax = number(require(j, "ymax", "view."), "view.ymax");
  if (!(r.xmax - r.xmin >= kViewExtentRange.min) || !(r.ymax - r.ymin >= kViewExtentRange.min))
    fail("view", "empty rectangle (need xmin < xmax and ymin < ymax)");
  if (r.xmax - r.xmin > kViewExtentRange.max || r.ymax - r.ymin > kViewExtentRange.max)
    fail("view", "rectangle too large");
  return r;
}

ColorRange parseColorRange(const Json& j) {
  if (!j.is_object()) fail("colors.range", "expected {\"min\", \"max\", \"eps\"}");
  checkKnownKeys(j, "colors.range.", {"min", "max", "eps"});
  ColorRange range;
  range.lo = number(require(j, "min", "colors.range."), "colors.range.min");
  range.hi = number(require(j, "max", "colors.range."), "colors.range.max");
  auto eps = j.find("eps");
  range.eps = eps != j.end() ? number(*eps, "colors.range.eps") : defaultColorRangeEps(range.lo, range.hi);
  if (const std::string problem = colorRangeError(range); !problem.empty()) fail("colors.range", problem);
  return range;
}

ColorSettings parseColors(const Json& j) {
  if (!j.is_object()) fail("colors", "expected an object");
  checkKnownKeys(j, "colors.", {"colormap", "log", "contours", "lock", "range"});
  ColorSettings colors;
  if (auto c = j.find("colormap"); c != j.end()) {
    colors.colormap = string(*c, "colors.colormap");
    if (!isColormap(colors.colormap))
      fail("colors.colormap",
           "unknown colormap '" + colors.colormap + "' (valid: " + colormapNameList() + ")");
  }
  if (auto c = j.find("log"); c != j.end()) colors.logScale = boolean(*c, "colors.log");
  if (auto c = j.find("contours"); c != j.end())
    colors.contourCount = static_cast<int>(wholeNumberIn(*c, "colors.contours", kContourRange));
  if (auto c = j.find("lock"); c != j.end()) colors.lockScale = boolean(*c, "colors.lock");
  if (auto c = j.find("range"); c != j.end()) {
    colors.range = parseColorRange(*c);
    if (!colors.lockScale) fail("colors.range", "a fixed range needs \"lock\": true");
  }
  return colors;
}

Scene parseSceneJson(const Json& root) {
  if (!root.is_object()) fail("scene", "expected a JSON object at the top level");
  checkKnownKeys(root, "",
                 {"lossviz_scene", "landscape", "view", "colors", "steps", "step_limit", "steps_per_second",
                  "restart_on_change", "runs", "view3d", "map", "data"});
  Scene scene;
  if (auto it = root.find("lossviz_scene"); it != root.end()) {
    if (number(*it, "lossviz_scene") != kFormatVersion)
      fail("lossviz_scene", "unsupported format version (this build reads 1)");
  }
  if (auto it = root.find("data"); it != root.end()) {
    if (root.contains("landscape")) fail("landscape", "give landscape or data, not both");
    std::string error;
    scene.data = resolveSceneData(parseSceneData(*it), &error);
    if (!scene.data) throw FieldError{error};
    scene.landscape = scene.data->landscape;
  } else {
    const std::string landscape = string(require(root, "landscape", ""), "landscape");
    landscapes::ParseError parseError;
    auto resolved = landscapes::resolveLandscape(landscape, &parseError);
    if (!resolved) fail("landscape", "formula error at " + parseError.describe());
    scene.landscape = std::move(*resolved);
  }
  if (auto it = root.find("view"); it != root.end()) scene.view = parseView(*it);
  if (auto it = root.find("colors"); it != root.end()) scene.colors = parseColors(*it);
  if (auto it = root.find("view3d"); it != root.end()) scene.view3d = parseView3d(*it);
  if (auto it = root.find("steps"); it != root.end()) scene.steps = wholeNumberIn(*it, "steps", kStepsRange);
  if (auto it = root.find("step_limit"); it != root.end())
    scene.stepLimit = wholeNumberIn(*it, "step_limit", kStepLimitRange);
  if (auto it = root.find("steps_per_second"); it != root.end())
    scene.stepsPerSecond = numberIn(*it, "steps_per_second", kStepsPerSecondRange);
  if (auto it = root.find("restart_on_change"); it != root.end())
    scene.restartOnChange = boolean(*it, "restart_on_change");
  const Json& runs = require(root, "runs", "");
  if (!runs.is_array()) fail("runs", std::string("expected an array, got ") + runs.type_name());
  if (runs.size() > kMaxRuns) fail("runs", "too many runs (limit " + std::to_string(kMaxRuns) + ")");
  for (size_t i = 0; i < runs.size(); ++i) {
    scene.runs.push_back(parseRun(runs[i], "runs[" + std::to_string(i) + "]."));
    const auto& batch = scene.runs.back().batch;
    std::string why;
    if (batch && !scene.data) fail("runs[" + std::to_string(i) + "].batch", "needs the scene's data");
    if (batch && !runBatchFits(*scene.data, *batch, &why))
      fail("runs[" + std::to_string(i) + "].batch.size", why);
  }
  if (auto it = root.find("map"); it != root.end()) scene.map = parseMapSettingsJson(*it, scene.runs);
  return scene;
}

Json runJson(const RunSpec& run) {
  const optim::Optimizer& opt = run.optimizer;
  const auto& infos = opt.info().params;
  Json params = Json::object();
  for (size_t i = 0; i < infos.size(); ++i)
    if (opt.param(i) != infos[i].defaultValue) params[infos[i].name] = opt.param(i);
  Json out = {{"optimizer", opt.name()},
              {"params", params},
              {"start", {run.start.x(), run.start.y()}},
              {"color", colorHex(run.color)},
              {"visible", run.visible}};
  if (!run.edits.empty()) {
    Json edits = Json::array();
    for (const ParamEdit& e : run.edits)
      edits.push_back({{"step", e.step}, {"param", infos[e.index].name}, {"value", e.value}});
    out["edits"] = edits;
  }
  if (run.schedule) out["schedule"] = optim::formatSchedule(*run.schedule);
  if (!run.label.empty()) out["label"] = run.label;
  if (run.batch) out["batch"] = runBatchToJson(*run.batch);
  if (run.seeds > 1) out["seeds"] = run.seeds;
  return out;
}

}  // namespace

std::optional<Scene> parseScene(const std::string& text, std::string* error) {
  Json root;
  try {
    root = Json::parse(text);
  } catch (const Json::exception& e) {
    if (error) *error = syntaxError(text, e);
    return std::nullopt;
  }
  try {
    return parseSceneJson(root);
  } catch (const FieldError& e) {
    if (error) *error = e.message;
  } catch (const Json::exception& e) {
    if (error) *error = std::string("invalid scene: ") + e.what();
  }
  return std::nullopt;
}

std::optional<Scene> loadScene(const std::string& path, std::string* error) {
  std::string bytes;
  if (!readFile(path, kMaxSceneBytes, bytes, error)) return std::nullopt;
  std::string message;
  auto scene = parseScene(bytes, &message);
  if (!scene && error) *error = path + ": " + message;
  return scene;
}

std::string sceneToJson(const Scene& scene) {
  Json root;
  root["lossviz_scene"] = kFormatVersion;
  if (scene.data)
    root["data"] = sceneDataToJson(scene.data->settings);
  else
    root["landscape"] = scene.landscape.isCatalog ? scene.landscape.name : scene.landscape.formula.text();
  if (scene.view)
    root["view"] = {{"xmin", scene.view->xmin},
                    {"xmax", scene.view->xmax},
                    {"ymin", scene.view->ymin},
                    {"ymax", scene.view->ymax}};
  root["colors"] = {{"colormap", scene.colors.colormap},
                    {"log", scene.colors.logScale},
                    {"contours", scene.colors.contourCount},
                    {"lock", scene.colors.lockScale}};
  if (const auto& range = scene.colors.range)
    root["colors"]["range"] = {{"min", range->lo}, {"max", range->hi}, {"eps", range->eps}};
  if (!(scene.view3d == View3d{})) root["view3d"] = view3dJson(scene.view3d);
  root["steps"] = scene.steps;
  root["step_limit"] = scene.stepLimit;
  root["steps_per_second"] = scene.stepsPerSecond;
  root["restart_on_change"] = scene.restartOnChange;
  Json runs = Json::array();
  for (const RunSpec& run : scene.runs) runs.push_back(runJson(run));
  root["runs"] = runs;
  if (scene.map) root["map"] = mapSettingsJson(*scene.map);
  // Labels are typed by users: never let a stray byte throw (invalid UTF-8 becomes U+FFFD).
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

bool saveScene(const std::string& path, const Scene& scene, std::string* error) {
  return writeFileAtomic(path, sceneToJson(scene), error);
}

}  // namespace lv::sim
