// The window's convergence map as headless model code: the MapSpec the session's map settings ask
// for, the key that says when a shown map is stale, what the map panel and the canvas read
// (MapDisplay), and the edits a click on a map pixel makes. The GL side is map_driver.h.
#pragma once

#include "app/maps/convergence_map.h"
#include "app/sim/session.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>

namespace lv::maps {

/// What the window shows of its map; the driver (map_driver.h) fills it each frame, the panel reads
/// it and posts requests back.
struct MapDisplay {
  enum class Status { Off, Computing, Done, Cancelled, Failed };
  Status status = Status::Off;
  double progress = 0;                ///< of the map being computed, [0, 1]
  std::string message;                ///< why it failed, or why there is no map ("" when fine)
  std::optional<MapSpec> spec;        ///< the spec of `map`
  std::optional<ConvergenceMap> map;  ///< the last finished map
  bool stale = false;                 ///< `map` is not the one the settings ask for now
  std::uintptr_t texture = 0;         ///< GL texture of the coloured map (for an ImGui image), 0: none
  bool cancelRequested = false;       ///< panel → driver: stop the map being computed
  bool computeRequested = false;      ///< panel → driver: compute again (after a cancel or failure)
};

/// The axes a hyperparameter map of `info` sweeps: the settings' where valid, otherwise the
/// optimizer's first two sweepable hyperparameters over their registry ranges (lr first).
std::pair<sim::MapAxis, sim::MapAxis> mapAxesFor(const sim::MapSettings& settings,
                                                 const optim::OptimizerInfo& info);

/// The map the session's settings ask for: the settings' run (clamped to the runs) with its current
/// hyperparameters; basin mode over `canvasView` with `settings.resolution` pixels on its longer
/// side, hyperparameter mode square from the run's start; on a data landscape every pixel steps on
/// the session's data (MapSpec::data). nullopt (with `*why`) when there is no run or the optimizer has fewer
/// than two sweepable hyperparameters.
std::optional<MapSpec> windowMapSpec(const sim::Session& session, const landscapes::Rect& canvasView,
                                     std::string* why);

/// One line for the map panel when the map's run is stochastic: a map always steps on the exact
/// full-data gradient (deterministic, the picture of the landscape), not on the run's mini-batches
/// or noise, and says so. "" when the run's own gradients are exact.
std::string mapGradientNote(const sim::Session& session);

/// Everything that changes a map's pixels: two specs with equal keys give the same map.
std::string mapSpecKey(const MapSpec& spec);

/// The pixel under world point `p` of a basin map (spec.view holds its outer pixel edges), nullopt
/// outside it.
std::optional<std::pair<int, int>> basinPixelAt(const MapSpec& spec, const Vec2& p);

/// Where a click at world point `p` on the canvas puts a run's start: the centre of the basin-map
/// pixel under `p` (the start that pixel's numbers were computed from) while `display` shows a basin
/// map there as `settings` ask, else `p` itself.
Vec2 mapClickStart(const sim::MapSettings& settings, const MapDisplay& display, const Vec2& p);

/// A click on pixel (px, py): a basin map moves run `run`'s start to the pixel's start point; a
/// hyperparameter map sets the pixel's two values on the run (Session::setParam, so the session's
/// restart policy and undo apply).
void applyMapPixel(sim::Session& session, size_t run, const MapSpec& spec, int px, int py);

/// One line about pixel (px, py): start, swept values, final point and loss, converged/diverged
/// step, basin.
std::string describeMapPixel(const MapSpec& spec, const ConvergenceMap& map, int px, int py);

}  // namespace lv::maps
