// What a user sets up for a convergence map in the window, as plain data a scene saves: the mode,
// the run it follows, the swept axes ("NAME:LO:HI[:log]", the CLI's syntax), steps, tolerance,
// colouring, opacity and resolution. The engines (app/maps) turn it into a MapSpec. Headless.
#pragma once

#include "app/sim/scene_limits.h"
#include "optim/optimizer.h"

#include <optional>
#include <string>
#include <string_view>

namespace lv::sim {

enum class MapMode { Basins, Hyperparameters };
enum class MapColoring { Basin, Steps, Loss };

inline constexpr Range kMapStepsRange{1, 100000};
inline constexpr Range kMapToleranceRange{1e-12, 1};
inline constexpr Range kMapResolutionRange{16, 1024};  // pixels on the map's longer side

/// One swept hyperparameter by name, on [lo, hi], geometric when logScale.
struct MapAxis {
  std::string param;
  double lo = 0, hi = 1;
  bool logScale = false;
  bool operator==(const MapAxis& o) const {
    return param == o.param && lo == o.lo && hi == o.hi && logScale == o.logScale;
  }
};

/// Parses "NAME:LO:HI[:log|:linear]" against `info`'s hyperparameters: a known, non-boolean
/// name, finite LO < HI within the registry's range, LO > 0 for log. On failure nullopt and
/// `*error` is one line starting with `field` and the text. `*paramIndex` (may be null) gets the
/// index into info.params.
std::optional<MapAxis> parseMapAxis(std::string_view text, const optim::OptimizerInfo& info,
                                    const std::string& field, std::string* error,
                                    size_t* paramIndex = nullptr);
/// The text parseMapAxis reads ("lr:0.0001:1:log"), round-tripping the numbers.
std::string formatMapAxis(const MapAxis& axis);
/// The axis over `param`'s whole registry range and scale (a log range starts at max·1e-4 when
/// the registry allows 0).
MapAxis defaultMapAxis(const optim::ParamInfo& param);

struct MapSettings {
  bool show = false;  ///< computed and drawn at all
  MapMode mode = MapMode::Basins;
  size_t run = 0;                       ///< the run whose optimizer, hyperparameters and start the map uses
  std::optional<MapAxis> xAxis, yAxis;  ///< hyperparameter mode; none: defaults for the optimizer
  size_t steps = 200;                   ///< kMapStepsRange
  double tolerance = 1e-6;              ///< kMapToleranceRange
  MapColoring coloring = MapColoring::Basin;
  double opacity = 0.65;  ///< of the basin map over the surface, [0, 1]
  int resolution = 192;   ///< kMapResolutionRange
  bool operator==(const MapSettings& o) const;
  bool operator!=(const MapSettings& o) const { return !(*this == o); }
};

const char* mapModeName(MapMode mode);  ///< "basins", "hyper"
std::optional<MapMode> parseMapMode(std::string_view name);
const char* mapColoringName(MapColoring coloring);  ///< "basin", "steps", "loss"
std::optional<MapColoring> parseMapColoring(std::string_view name);

}  // namespace lv::sim
