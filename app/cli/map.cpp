// `lossviz map`: a convergence map (basins of attraction or a hyperparameter phase diagram) as a PNG
// and/or a CSV, computed on the GPU (app/maps/gpu_map.h) or by the float64 CPU reference (--cpu).
#include "app/cli/verbs.h"
#include "app/maps/convergence_map.h"
#include "app/maps/gpu_map.h"
#include "app/maps/map_csv.h"
#include "app/maps/map_image.h"
#include "app/platform/gl_context.h"
#include "app/render/png_writer.h"
#include "app/sim/atomic_file.h"

#include <sstream>

namespace lv::cli {
namespace {

constexpr int kMaxSide = 4096;

const char* kLegend =
    "\nColours (--color): basin = one colour-blind-safe Okabe-Ito colour per known minimum in `lossviz\n"
    "list` order (orange, sky blue, bluish green, yellow, blue, ...), brighter = converged sooner,\n"
    "dimmest = in the basin but not within the tolerance; steps = viridis of the converged step (dark =\n"
    "fast); loss = viridis of log10 of the final loss above the map's minimum. Diverged pixels are\n"
    "black/white diagonal hatching; pixels in no basin (basin) or not converged (steps) are a grey\n"
    "checkerboard. Landscapes without known minima are coloured by loss.\n";

landscapes::Rect parseView(const std::string& text) {
  std::stringstream in(text);
  double v[4];
  std::string part;
  for (double& value : v) {
    if (!std::getline(in, part, ','))
      throw UsageError{"--view: expected XMIN,XMAX,YMIN,YMAX, got '" + text + "'"};
    value = parseNumber(part, "--view");
  }
  if (std::getline(in, part) || !(v[0] < v[1]) || !(v[2] < v[3]))
    throw UsageError{"--view: expected XMIN,XMAX,YMIN,YMAX with XMIN < XMAX and YMIN < YMAX, got '" + text +
                     "'"};
  return landscapes::Rect{v[0], v[1], v[2], v[3]};
}

maps::ParamAxis axisFromFlag(const Flags& flags, const char* name, const optim::OptimizerInfo& info) {
  const auto text = lastValue(flags, name);
  if (!text) throw UsageError{std::string("--mode hyper needs --") + name + " NAME:LO:HI[:log]"};
  std::string error;
  auto axis = maps::parseParamAxis(*text, info, std::string("--") + name, &error);
  if (!axis) throw UsageError{error};
  return *axis;
}

maps::MapSpec specFromFlags(const Flags& flags) {
  const std::string mode = lastValue(flags, "mode").value_or("basins");
  if (mode != "basins" && mode != "hyper")
    throw UsageError{"--mode: '" + mode + "' is neither basins nor hyper"};
  if (hasFlag(flags, "data") && hasFlag(flags, "landscape"))
    throw UsageError{"give --landscape or --data, not both"};
  std::optional<sim::ResolvedData> data = dataFromFlags(flags);
  // A map steps on the exact full-data gradient (MapSpec::data): flags that make a run sample
  // would be silently ignored, so they are refused.
  if (data ? data->source.stochastic() : gradientSourceFromFlags(flags).stochastic())
    throw UsageError{
        "a map uses the exact full-data gradient: --batch below the rows, --sampling replace "
        "and --noise apply to trace and render"};
  landscapes::Landscape landscape =
      data ? data->landscape : landscapeFromFlag(lastValue(flags, "landscape").value_or("rosenbrock"));
  const auto optimizerName = lastValue(flags, "optimizer");
  if (!optimizerName) throw UsageError{"missing --optimizer NAME (valid: " + optim::optimizerNames() + ")"};
  std::vector<std::string> assignments;
  for (const auto& [name, value] : flags)
    if (name == "set") assignments.push_back(value);
  maps::MapSpec spec(std::move(landscape), optimizerFromFlags(*optimizerName, assignments));
  if (data) spec.data = data->sum();
  if (auto schedule = lastValue(flags, "schedule")) spec.schedule = scheduleFromFlag(*schedule);
  spec.mode = mode == "basins" ? maps::MapMode::Basins : maps::MapMode::Hyperparameters;
  if (spec.mode == maps::MapMode::Basins) {
    for (const char* other : {"start", "x-param", "y-param"})
      if (hasFlag(flags, other))
        throw UsageError{std::string("--") + other + " only applies to --mode hyper"};
    if (auto view = lastValue(flags, "view")) spec.view = parseView(*view);
  } else {
    if (hasFlag(flags, "view")) throw UsageError{"--view only applies to --mode basins"};
    const auto startText = lastValue(flags, "start");
    if (!startText) throw UsageError{"--mode hyper needs --start X,Y"};
    const auto [x, y] = parsePair(*startText, ',', "--start");
    spec.start = maps::Vec2(x, y);
    spec.xAxis = axisFromFlag(flags, "x-param", spec.optimizer.info());
    spec.yAxis = axisFromFlag(flags, "y-param", spec.optimizer.info());
    if (spec.xAxis.name == spec.yAxis.name)
      throw UsageError{"--x-param and --y-param both sweep '" + spec.xAxis.name + "'"};
  }
  spec.steps = parseCount(lastValue(flags, "steps").value_or("100"), "--steps", 0, 1000000);
  std::tie(spec.width, spec.height) = sizeFromFlags(flags, "256x256", 1, kMaxSide);
  spec.tolerance = parseNumber(lastValue(flags, "tolerance").value_or("1e-6"), "--tolerance");
  if (!(spec.tolerance > 0)) throw UsageError{"--tolerance: must be > 0"};
  if (auto radius = lastValue(flags, "basin-radius")) {
    spec.basinRadius = parseNumber(*radius, "--basin-radius");
    if (!(spec.basinRadius > 0)) throw UsageError{"--basin-radius: must be > 0"};
  }
  return spec;
}

maps::ConvergenceMap computeOnGpu(const maps::MapSpec& spec) {
  std::string error;
  auto context = platform::GlContext::create(platform::GlContextOptions::hidden(16, 16), &error);
  if (!context) throw UsageError{error + " (or use --cpu)"};
  auto map = maps::computeMapGpu(spec, &error);
  if (!map) throw UsageError{error};
  return *map;
}

}  // namespace

int runMap(const std::vector<std::string>& args) {
  VerbSpec verb{
      "map",
      "Convergence map: run the optimizer from every pixel's start (basins) or with every pixel's pair of "
      "hyperparameters (hyper) and colour where it ends. The swept hyperparameters override --set; a "
      "--schedule scales a swept lr. On a data landscape (--data) every pixel steps on the exact "
      "full-data gradient.",
      {{"mode", "basins|hyper",
        "basins: pixels are start points in --view; hyper: pixels are (x-param, y-param)"},
       kLandscapeFlag,
       kOptimizerFlag,
       kSetFlag,
       kScheduleFlag,
       {"start", "X,Y", "hyper: the start point of every pixel (required)"},
       {"view", "XMIN,XMAX,YMIN,YMAX", "basins: the rectangle of starts (default: the landscape's view)"},
       {"x-param", "NAME:LO:HI[:log]", "hyper: the horizontal axis, e.g. lr:1e-4:1:log"},
       {"y-param", "NAME:LO:HI[:log]", "hyper: the vertical axis (bottom = LO), e.g. momentum:0:0.99"},
       {"steps", "N", "updates per pixel (default 100, at most 1000000)"},
       {"size", "WxH", "map size in pixels (default 256x256, at most 4096 per side)"},
       {"tolerance", "T", "converged once the gradient norm or the step length is below T (default 1e-6)"},
       {"basin-radius", "R",
        "in a basin when this close to a known minimum (default 2% of the view diagonal)"},
       {"color", "basin|steps|loss", "PNG colouring (default basin)"},
       {"out", "FILE.png", "output PNG (written atomically)"},
       {"csv", "FILE.csv", "output CSV, one row per pixel (written atomically)"},
       {"cpu", nullptr, "use the float64 CPU reference (multithreaded) instead of the GPU (float32)"}},
      kLegend};
  // The data flags as trace and render take them; a map accepts only those that keep the
  // full-data gradient (specFromFlags says why the others are refused).
  for (const FlagSpec& flag : dataFlagSpecs()) verb.flags.push_back(flag);
  const auto parsed = parseFlagsOrHelp(args, verb);
  if (!parsed) return 0;
  const Flags& flags = *parsed;
  const auto out = lastValue(flags, "out");
  const auto csv = lastValue(flags, "csv");
  if (!out && !csv) throw UsageError{"missing --out FILE.png (or --csv FILE.csv)"};
  const auto coloring = maps::parseMapColoring(lastValue(flags, "color").value_or("basin"));
  if (!coloring) throw UsageError{"--color: expected basin, steps or loss"};
  const maps::MapSpec spec = specFromFlags(flags);

  const maps::ConvergenceMap map = hasFlag(flags, "cpu") ? maps::computeMapCpu(spec) : computeOnGpu(spec);

  std::string error;
  if (out && !render::writePng(*out, maps::colorMap(map, *coloring, !spec.landscape.minima.empty()),
                               map.width, map.height, &error))
    throw UsageError{error};
  if (csv && !sim::writeFileAtomic(*csv, maps::mapCsv(spec, map), &error)) throw UsageError{error};
  return 0;
}

}  // namespace lv::cli
