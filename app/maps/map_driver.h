// The GL side of the window's convergence map: once a frame it keeps a MapDisplay (map_window.h)
// in step with the session's map settings and the canvas's view, running the progressive GPU job
// (gpu_map_job.h) for a slice of the frame, then colouring the finished map into the canvas's map
// overlay (over the surface, in the world rectangle it was computed for). A map whose key changed
// stays shown, dimmed, until the new one is done.
#pragma once

#include "app/maps/gpu_map_job.h"
#include "app/maps/map_window.h"
#include "app/render/map_overlay_pass.h"

#include <chrono>
#include <memory>
#include <optional>
#include <string>

namespace lv::maps {

/// The map's share of a frame: it gets this fraction of what the rest of the frame costs (measured
/// between updates), so that a frame with a map computing takes about 1 + kMapFrameShare times a
/// frame without one, on a slow software renderer and a fast GPU alike.
inline constexpr double kMapFrameShare = 0.25;
/// Bounds of the map's time per frame: at least this much, so a map always progresses...
inline constexpr double kMinMapFrameSeconds = 0.001;
/// ...and at most this much, so a window that sleeps or waits for vsync stays near 60 Hz.
inline constexpr double kMaxMapFrameSeconds = 0.010;

/// Needs the window's GL context for its whole life.
class MapDriver {
 public:
  /// Once a frame, after the canvas's input: (re)starts the map when what it depends on changed
  /// (landscape, the run's optimizer, hyperparameters and start, the view for a basin map, the
  /// settings) and has stayed so for a moment, advances it for kMapFrameShare of the rest of the
  /// frame (at most `maxBudgetSeconds`), and shows the finished map. Fills `display` (status, progress, map,
  /// staleness, texture) and takes its requests. Never throws; a GPU failure is the display's message and is
  /// not retried until the settings change or Compute is pressed.
  void update(const sim::Session& session, MapDisplay& display, const landscapes::Rect& canvasView,
              render::MapOverlayPass& overlay, double maxBudgetSeconds = kMaxMapFrameSeconds);
  /// A map is being computed or waits to start (the window must not sleep).
  bool busy() const { return job_ != nullptr || pending_; }

 private:
  void updateMap(const sim::Session& session, MapDisplay& display, const landscapes::Rect& canvasView,
                 render::MapOverlayPass& overlay, double budgetSeconds);
  /// The map's time this frame: kMapFrameShare of restOfFrameSeconds_, within the bounds.
  double frameBudget(double maxSeconds) const;
  void finishJob(MapDisplay& display);
  void show(const sim::Session& session, MapDisplay& display, render::MapOverlayPass& overlay);

  MapProgramCache programs_;
  std::unique_ptr<GpuMapJob> job_;
  std::string jobKey_;      // the key of job_
  std::string shownKey_;    // the key of display.map
  std::string stoppedKey_;  // cancelled or failed: not started again by itself
  std::string wantedKey_;   // the key asked for, and since when
  std::chrono::steady_clock::time_point wantedSince_;
  std::optional<sim::MapColoring> colored_;           // the colouring uploaded for display.map
  bool pending_ = false;                              // a map is wanted that has not started yet
  std::chrono::steady_clock::time_point lastUpdate_;  // when update() last began
  double lastUpdateSeconds_ = 0;                      // how long it took
  double restOfFrameSeconds_ = 0;                     // smoothed frame time without update(); 0: unknown
};

}  // namespace lv::maps
