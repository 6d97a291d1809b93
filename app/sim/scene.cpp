#include "app/sim/scene.h"

#include "app/sim/atomic_file.h"
#include "app/sim/colormap.h"
#include "optim/optimizer.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <vector>

namespace lv::sim {
namespace {

using Json = nlohmann::json;

constexpr int kFormatVersion = 1;
constexpr size_t kMaxSceneBytes = 1u << 20;  // a scene with 64 runs is a few kB

// Thrown only inside this file, caught in parseScene: keeps the per-field checks linear.
struct FieldError {
  std::string message;
};

[[noreturn]] void fail(const std::string& field, const std::string& what) {
  throw FieldError{field + ": " + what};
}

const char* typeName(const Json& j) { return j.type_name(); }

const Json& require(const Json& object, const std::string& key, const std::string& path) {
  auto it = object.find(key);
  if (it == object.end()) fail(path + key, "missing field");
  return *it;
}

double number(const Json& j, const std::string& field) {
  if (!j.is_number()) fail(field, std::string("expected a number, got ") + typeName(j));
  const double v = j.get<double>();
  if (!std::isfinite(v)) fail(field, "not a finite number");
  return v;
}

double numberIn(const Json& j, const std::string& field, double lo, double hi) {
  const double v = number(j, field);
  if (v < lo || v > hi) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "%g out of range [%g, %g]", v, lo, hi);
    fail(field, buf);
  }
  return v;
}

size_t wholeNumberIn(const Json& j, const std::string& field, double lo, double hi) {
  const double v = numberIn(j, field, lo, hi);
  if (v != std::floor(v)) {
    char buf[80];
    std::snprintf(buf, sizeof buf, "expected a whole number, got %.17g", v);
    fail(field, buf);
  }
  return static_cast<size_t>(v);
}

bool boolean(const Json& j, const std::string& field) {
  if (!j.is_boolean()) fail(field, std::string("expected true or false, got ") + typeName(j));
  return j.get<bool>();
}

std::string string(const Json& j, const std::string& field) {
  if (!j.is_string()) fail(field, std::string("expected a string, got ") + typeName(j));
  return j.get<std::string>();
}

optim::Vec2 point(const Json& j, const std::string& field) {
  if (!j.is_array() || j.size() != 2) fail(field, "expected [x, y]");
  return {number(j[0], field + "[0]"), number(j[1], field + "[1]")};
}

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

void checkKnownKeys(const Json& object, const std::string& path, std::initializer_list<const char*> known) {
  for (auto it = object.begin(); it != object.end(); ++it) {
    bool ok = false;
    for (const char* k : known) ok = ok || it.key() == k;
    if (!ok) {
      std::string names;
      for (const char* k : known) names += std::string(names.empty() ? "" : ", ") + k;
      fail(path + it.key(), "unknown field (valid: " + names + ")");
    }
  }
}

RunSpec parseRun(const Json& j, const std::string& path) {
  if (!j.is_object()) fail(path.substr(0, path.size() - 1), "expected an object");
  checkKnownKeys(j, path, {"optimizer", "params", "start", "color", "visible"});
  RunSpec run;
  run.optimizer = string(require(j, "optimizer", path), path + "optimizer");
  auto optimizer = optim::Optimizer::create(run.optimizer);
  if (!optimizer)
    fail(path + "optimizer",
         "unknown optimizer '" + run.optimizer + "' (valid: " + optim::optimizerNames() + ")");
  if (auto it = j.find("params"); it != j.end()) {
    if (!it->is_object()) fail(path + "params", "expected an object of name: number");
    for (auto p = it->begin(); p != it->end(); ++p) {
      const std::string field = path + "params." + p.key();
      const double value = number(*p, field);
      std::string error;
      if (!optimizer->set(p.key(), value, &error)) fail(field, error);
      run.params.emplace_back(p.key(), value);
    }
  }
  run.start = point(require(j, "start", path), path + "start");
  if (auto it = j.find("color"); it != j.end()) run.color = color(*it, path + "color");
  if (auto it = j.find("visible"); it != j.end()) run.visible = boolean(*it, path + "visible");
  return run;
}

Scene parseSceneJson(const Json& root) {
  if (!root.is_object()) fail("scene", "expected a JSON object at the top level");
  checkKnownKeys(root, "",
                 {"lossviz_scene", "landscape", "view", "colors", "steps", "step_limit", "steps_per_second",
                  "restart_on_change", "runs"});
  Scene scene;
  if (auto it = root.find("lossviz_scene"); it != root.end()) {
    if (number(*it, "lossviz_scene") != kFormatVersion)
      fail("lossviz_scene", "unsupported format version (this build reads 1)");
  }
  scene.landscape = string(require(root, "landscape", ""), "landscape");
  landscapes::ParseError parseError;
  if (!landscapes::resolveLandscape(scene.landscape, &parseError))
    fail("landscape", "formula error at " + parseError.describe());
  if (auto it = root.find("view"); it != root.end()) {
    if (!it->is_object()) fail("view", "expected {\"xmin\", \"xmax\", \"ymin\", \"ymax\"}");
    checkKnownKeys(*it, "view.", {"xmin", "xmax", "ymin", "ymax"});
    landscapes::Rect r;
    r.xmin = number(require(*it, "xmin", "view."), "view.xmin");
    r.xmax = number(require(*it, "xmax", "view."), "view.xmax");
    r.ymin = number(require(*it, "ymin", "view."), "view.ymin");
    r.ymax = number(require(*it, "ymax", "view."), "view.ymax");
    if (!(r.xmax - r.xmin > 1e-12) || !(r.ymax - r.ymin > 1e-12))
      fail("view", "empty rectangle (need xmin < xmax and ymin < ymax)");
    if (r.xmax - r.xmin > 1e12 || r.ymax - r.ymin > 1e12) fail("view", "rectangle too large");
    scene.view = r;
  }
  if (auto it = root.find("colors"); it != root.end()) {
    if (!it->is_object()) fail("colors", "expected an object");
    checkKnownKeys(*it, "colors.", {"colormap", "log", "contours"});
    if (auto c = it->find("colormap"); c != it->end()) {
      scene.colors.colormap = string(*c, "colors.colormap");
      if (!isColormap(scene.colors.colormap))
        fail("colors.colormap",
             "unknown colormap '" + scene.colors.colormap + "' (valid: " + colormapNameList() + ")");
    }
    if (auto c = it->find("log"); c != it->end()) scene.colors.logScale = boolean(*c, "colors.log");
    if (auto c = it->find("contours"); c != it->end())
      scene.colors.contourCount = static_cast<int>(wholeNumberIn(*c, "colors.contours", 0, 100));
  }
  if (auto it = root.find("steps"); it != root.end()) scene.steps = wholeNumberIn(*it, "steps", 0, 1e6);
  if (auto it = root.find("step_limit"); it != root.end())
    scene.stepLimit = wholeNumberIn(*it, "step_limit", 1, 1e6);
  if (auto it = root.find("steps_per_second"); it != root.end())
    scene.stepsPerSecond = numberIn(*it, "steps_per_second", 1, 5000);
  if (auto it = root.find("restart_on_change"); it != root.end())
    scene.restartOnChange = boolean(*it, "restart_on_change");
  const Json& runs = require(root, "runs", "");
  if (!runs.is_array()) fail("runs", std::string("expected an array, got ") + typeName(runs));
  if (runs.size() > 64) fail("runs", "too many runs (limit 64)");
  for (size_t i = 0; i < runs.size(); ++i)
    scene.runs.push_back(parseRun(runs[i], "runs[" + std::to_string(i) + "]."));
  return scene;
}

// nlohmann's message without its "[json.exception.kind.id] " prefix, printable ASCII only (its
// "last read" excerpt can hold raw bytes of the file) and at most ~160 characters.
std::string exceptionText(const Json::exception& e) {
  std::string text = e.what();
  if (const size_t at = text.find("] "); at != std::string::npos) text.erase(0, at + 2);
  for (char& c : text)
    if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7f) c = '?';
  if (text.size() > 160) text = text.substr(0, 157) + "...";
  return text;
}

// Walks the JSON with nlohmann's SAX interface to name the field where parsing stopped, e.g.
// "runs[0].start[1]": the DOM parser reports a number overflowing a double (1e999) without one.
class FieldLocator : public nlohmann::json_sax<Json> {
 public:
  std::string field = "scene";

  bool null() override { return value(); }
  bool boolean(bool) override { return value(); }
  bool number_integer(number_integer_t) override { return value(); }
  bool number_unsigned(number_unsigned_t) override { return value(); }
  bool number_float(number_float_t, const string_t&) override { return value(); }
  bool string(string_t&) override { return value(); }
  bool binary(binary_t&) override { return value(); }
  bool start_object(std::size_t) override { return open(false); }
  bool key(string_t& key) override {
    frames_.back().key = key;
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override { return open(true); }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t, const std::string&, const Json::exception&) override {
    std::string path;
    for (size_t i = 0; i < frames_.size(); ++i) {
      const Frame& f = frames_[i];
      // An array's element in progress: the top frame's next one, an outer frame's last begun one.
      if (f.isArray)
        path += "[" + std::to_string(i + 1 == frames_.size() ? f.next : f.next - 1) + "]";
      else if (!f.key.empty())
        path += (path.empty() ? "" : ".") + f.key;
    }
    if (!path.empty()) field = path;
    return false;
  }

 private:
  struct Frame {
    bool isArray = false;
    std::string key;
    size_t next = 0;  // elements begun so far (arrays)
  };
  bool value() {
    if (!frames_.empty() && frames_.back().isArray) ++frames_.back().next;
    return true;
  }
  bool open(bool isArray) {
    value();
    frames_.push_back({isArray, "", 0});
    return true;
  }
  bool close() {
    frames_.pop_back();
    return true;
  }
  std::vector<Frame> frames_;
};

}  // namespace

Rgba paletteColor(size_t index) {
  // Okabe–Ito and a lavender, ordered so that the first four contrast on viridis and stay apart
  // under deuteranopia (red and orange are not neighbours). No white: the arrows are white. Runs
  // beyond 8 also differ by head shape and dash (app/figure/run_style.h).
  static const Rgba kColors[] = {
      {0.95f, 0.26f, 0.21f, 1}, {0.34f, 0.71f, 0.91f, 1}, {0.94f, 0.89f, 0.26f, 1}, {0.80f, 0.47f, 0.65f, 1},
      {0.00f, 0.62f, 0.45f, 1}, {0.90f, 0.62f, 0.00f, 1}, {0.00f, 0.45f, 0.70f, 1}, {0.75f, 0.55f, 1.00f, 1},
  };
  return kColors[index % (sizeof kColors / sizeof kColors[0])];
}

Scene defaultScene() {
  Scene scene;
  scene.landscape = "rosenbrock";
  const char* names[] = {"sgd", "momentum", "rmsprop", "adam"};
  const std::vector<std::pair<std::string, double>> params[] = {
      {{"lr", 1e-3}}, {{"lr", 1e-3}}, {{"lr", 1e-2}}, {{"lr", 5e-2}}};
  for (size_t i = 0; i < 4; ++i) {
    RunSpec run;
    run.optimizer = names[i];
    run.params = params[i];
    run.start = optim::Vec2(-1.5, 2.0);
    run.color = paletteColor(i);
    scene.runs.push_back(run);
  }
  scene.stepLimit = 5000;
  scene.stepsPerSecond = 100;
  return scene;
}

std::optional<Scene> parseScene(const std::string& text, std::string* error) {
  Json root;
  try {
    root = Json::parse(text);
  } catch (const Json::exception& e) {
    std::string message = exceptionText(e);
    if (e.id == 406) {
      // Valid syntax the DOM parser refuses without saying where: a number beyond a double.
      FieldLocator locator;
      Json::sax_parse(text, &locator);
      message = locator.field + ": not a finite number (" + message + ")";
    } else if (message.rfind("parse error at ", 0) == 0) {
      message = "not valid JSON at " + message.substr(15);  // "line L, column C: ..."
    } else {
      message = "not valid JSON: " + message;
    }
    if (error) *error = message;
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
  root["landscape"] = scene.landscape;
  if (scene.view)
    root["view"] = {{"xmin", scene.view->xmin},
                    {"xmax", scene.view->xmax},
                    {"ymin", scene.view->ymin},
                    {"ymax", scene.view->ymax}};
  root["colors"] = {{"colormap", scene.colors.colormap},
                    {"log", scene.colors.logScale},
                    {"contours", scene.colors.contourCount}};
  root["steps"] = scene.steps;
  root["step_limit"] = scene.stepLimit;
  root["steps_per_second"] = scene.stepsPerSecond;
  root["restart_on_change"] = scene.restartOnChange;
  Json runs = Json::array();
  for (const RunSpec& run : scene.runs) {
    Json params = Json::object();
    for (const auto& [k, v] : run.params) params[k] = v;
    runs.push_back({{"optimizer", run.optimizer},
                    {"params", params},
                    {"start", {run.start.x(), run.start.y()}},
                    {"color", colorHex(run.color)},
                    {"visible", run.visible}});
  }
  root["runs"] = runs;
  // Strings come from the app (catalog names, parsed formulas), but never let a stray byte throw.
  return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

bool saveScene(const std::string& path, const Scene& scene, std::string* error) {
  return writeFileAtomic(path, sceneToJson(scene), error);
}

}  // namespace lv::sim
