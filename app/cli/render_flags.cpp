// `lossviz render`'s flags resolved into a scene, an output path and an image size (headless).
#include "app/cli/verbs.h"
#include "app/sim/colormap.h"
#include "app/sim/ensemble.h"
#include "app/sim/scene_colors.h"
#include "app/sim/scene_json.h"

#include <tuple>

namespace lv::cli {
namespace {

constexpr int kMaxSide = 8192;
constexpr size_t kDefaultSteps = 200;

sim::Scene sceneFromFlags(const Flags& flags) {
  if (auto path = lastValue(flags, "scene")) {
    for (const char* other : {"landscape", "optimizer", "set", "schedule", "start", "data", "loss",
                              "standardize", "batch", "sampling", "drop-last", "seed", "noise"})
      if (hasFlag(flags, other)) throw UsageError{std::string("--scene cannot be combined with --") + other};
    std::string error;
    auto scene = sim::loadScene(*path, &error);
    if (!scene) throw UsageError{error};
    return *scene;
  }
  sim::Scene scene;
  if (hasFlag(flags, "data") && hasFlag(flags, "landscape"))
    throw UsageError{"give --landscape or --data, not both"};
  scene.data = dataFromFlags(flags);
  if (scene.data)
    scene.landscape = scene.data->landscape;
  else if (hasFlag(flags, "seed") || hasFlag(flags, "noise"))
    throw UsageError{"--seed and --noise need --data NAME|FILE.csv in render"};
  else
    scene.landscape = landscapeFromFlag(lastValue(flags, "landscape").value_or("rosenbrock"));
  if (!hasFlag(flags, "optimizer")) throw UsageError{"missing --optimizer NAME or --scene FILE"};
  const auto startText = lastValue(flags, "start");
  // A data landscape's default start: the origin, where a model's parameters usually begin.
  const optim::Vec2 defaultStart = scene.data ? optim::Vec2(0, 0) : optim::Vec2(-1.5, 2.0);
  scene.runs = runSpecsFromFlags(flags, startText ? startFromFlag(*startText) : defaultStart);
  scene.steps = kDefaultSteps;
  return scene;
}

// "MIN:MAX" or "MIN:MAX:EPS" (the log offset; default a millionth of the span).
sim::ColorRange colorRangeFromFlag(const std::string& text) {
  const std::string what = "--color-range";
  const size_t first = text.find(':');
  if (first == std::string::npos)
    throw UsageError{what + ": expected MIN:MAX or MIN:MAX:EPS, got '" + text + "'"};
  const size_t second = text.find(':', first + 1);
  sim::ColorRange range;
  range.lo = parseNumber(text.substr(0, first), what + " MIN");
  range.hi = parseNumber(
      text.substr(first + 1, second == std::string::npos ? std::string::npos : second - first - 1),
      what + " MAX");
  range.eps = second == std::string::npos ? sim::defaultColorRangeEps(range.lo, range.hi)
                                          : parseNumber(text.substr(second + 1), what + " EPS");
  return range;
}

}  // namespace

RenderRequest renderRequestFromFlags(const Flags& flags) {
  RenderRequest request;
  const auto out = lastValue(flags, "out");
  if (!out) throw UsageError{"missing --out FILE.png"};
  request.out = *out;
  request.scene = sceneFromFlags(flags);
  sim::Scene& scene = request.scene;
  if (auto seeds = lastValue(flags, "seeds")) {
    const auto k = static_cast<size_t>(parseCount(*seeds, "--seeds", static_cast<long>(sim::kSeedsRange.min),
                                                  static_cast<long>(sim::kSeedsRange.max)));
    for (sim::RunSpec& run : scene.runs) run.seeds = k;
  }
  if (auto steps = lastValue(flags, "steps"))
    scene.steps = stepsFromFlag(*steps);
  else if (scene.steps == 0)
    scene.steps = kDefaultSteps;
  std::tie(request.width, request.height) = sizeFromFlags(flags, "1280x720", 16, kMaxSide);
  if (auto colormap = lastValue(flags, "colormap")) {
    if (!sim::isColormap(*colormap)) throw UsageError{"--colormap: unknown colormap '" + *colormap + "'"};
    scene.colors.colormap = *colormap;
  }
  if (auto log = lastValue(flags, "log")) scene.colors.logScale = parseCount(*log, "--log", 0, 1) == 1;
  applyViewFlags(flags, scene.view3d);
  if (auto text = lastValue(flags, "color-range")) {
    std::string error;
    if (!sim::setColorRange(scene.colors, colorRangeFromFlag(*text), &error))
      throw UsageError{"--color-range: " + error};
  }
  scene.stepLimit = std::max(scene.stepLimit, scene.steps);
  return request;
}

}  // namespace lv::cli
