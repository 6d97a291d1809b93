// The convergence-map phase of `lossviz bench` (issue 12): the GPU map's time and rate, the
// multithreaded CPU reference's rate, and the window's frame time while a map computes.
#pragma once

#include "app/gui/window_loop.h"

#include <string>

namespace lv::gui {

struct MapBenchReport {
  double seconds = 0;              ///< 512x512 basin map, adam (lr 0.1) on himmelblau, 500 steps, GPU
  double updatesPerSecond = 0;     ///< of that map
  double cpuUpdatesPerSecond = 0;  ///< the same map at 128x128 with computeMapCpu on every core
  double frameMsMedian = 0;        ///< window frames while the session's basin map computes
  double windowSeconds = 0;        ///< a 512x512 basin map computed in the window, frame by frame (0: > 60 s)
};

/// Runs the phase in `loop`'s window (GL context current) on `session` (its map settings are put
/// back afterwards), `frames` measured frames. False (with `*error`) when the GPU map fails.
bool runMapBench(WindowLoop& loop, sim::Session& session, int frames, MapBenchReport& report,
                 std::string* error);

}  // namespace lv::gui
