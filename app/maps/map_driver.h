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

/// GPU time a frame gives the map: with the rest of a frame this keeps the window near 60 Hz.
inline constexpr double kMapFrameBudgetSeconds = 0.010;

/// Needs the window's GL context for its whole life.
class MapDriver {
 public:
  /// Once a frame, after the canvas's input: (re)starts the map when what it depends on changed
  /// (landscape, the run's optimizer, hyperparameters and start, the view for a basin map, the
  /// settings) and has stayed so for a moment, advances it for about `budgetSeconds`, and shows the
  /// finished map. Fills `display` (status, progress, map, staleness, texture) and takes its
  /// requests. Never throws; a GPU failure is the display's message and is not retried until the
  /// settings change or Compute is pressed.
  void update(const sim::Session& session, MapDisplay& display, const landscapes::Rect& canvasView,
              render::MapOverlayPass& overlay, double budgetSeconds = kMapFrameBudgetSeconds);
  /// A map is being computed or waits to start (the window must not sleep).
  bool busy() const { return job_ != nullptr || pending_; }

 private:
  void finishJob(MapDisplay& display);
  void show(const sim::Session& session, MapDisplay& display, render::MapOverlayPass& overlay);

  MapProgramCache programs_;
  std::unique_ptr<GpuMapJob> job_;
  std::string jobKey_;      // the key of job_
  std::string shownKey_;    // the key of display.map
  std::string stoppedKey_;  // cancelled or failed: not started again by itself
  std::string wantedKey_;   // the key asked for, and since when
  std::chrono::steady_clock::time_point wantedSince_;
  std::optional<sim::MapColoring> colored_;  // the colouring uploaded for display.map
  bool pending_ = false;                     // a map is wanted that has not started yet
};

}  // namespace lv::maps
