// `lossviz bench`: how fast the live window and the stepping engine are, in one process and one
// visible window. Frames are the interactive window's own (windowFrame: the same ImGui panels,
// canvas, stepping and glfwSwapBuffers, vsync off), each timed whole with glFinish before the clock
// is read, so GPU work is counted. CPU phases use the app's Run, not a copy of its loop.
#pragma once

#include "app/gui/data_bench.h"
#include "app/gui/map_bench.h"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace lv::gui {

struct BenchOptions {
  int width = 1920;  ///< window size in pixels
  int height = 1080;
  int frames = 120;  ///< measured frames per frame phase (≥ 1)
};

/// The frame phases run in this many interleaved rounds (baseline, scene, pan, drag, zoom, orbit,
/// scene3d, baseline, ...; fewer when there are fewer frames), each phase's share of frames preceded
/// by kBenchWarmupFrames frames that are run and thrown away. Then the idle phase runs the window loop
/// paused for frames / 40 seconds (0.05 to 3).
constexpr int kBenchRounds = 4;
constexpr int kBenchWarmupFrames = 5;
/// Steps in every trail of the scene phases, and recomputed per run in the recompute phase.
constexpr std::size_t kBenchTrailSteps = 10000;

/// One frame phase: whole-frame times in milliseconds.
struct FrameTimes {
  double medianMs = 0;
  double p95Ms = 0;
  int frames = 0;
  std::size_t surfaceRenders = 0;  ///< surface pictures shaded anew during the measured frames
  std::size_t trailRedraws = 0;    ///< trail layers redrawn whole (not appended to) during them
  std::size_t stepsTaken = 0;      ///< optimizer steps (all runs) taken during the measured frames
};

/// Optimizer steps per second through Run::advance (trajectory storage included), one thread.
struct StepRate {
  std::string optimizer;
  double stepsPerSecond = 0;
  double lr = 0;  ///< the learning rate used (the registry default, lowered ×10 until it does not diverge)
};

struct BenchReport {
  std::string renderer;            ///< GL_RENDERER, e.g. "llvmpipe (LLVM 15.0.6, 256 bits)"
  int runs = 0;                    ///< runs in the scene phases
  FrameTimes baseline;             ///< clear + ImGui UI (panels, overlay), no GL canvas, paused
  FrameTimes scene;                ///< + the GL canvas, every run stepping live
  FrameTimes pan;                  ///< + the view moved by whole pixels every frame
  FrameTimes drag;                 ///< paused; an lr slider moving every frame, its run recomputed
  FrameTimes zoom;                 ///< paused; the view scaled every frame
  FrameTimes orbit;                ///< paused, the 3D view, the camera's yaw turned every frame
  FrameTimes scene3d;              ///< the 3D view, camera at rest, every run stepping live
  double idleCpuFraction = 0;      ///< CPU seconds per wall second of the window loop while paused
  double recomputeMs = 0;          ///< median time to recompute every run after an lr change
  std::vector<StepRate> stepping;  ///< registry order, on rosenbrock
  MapBenchReport map;              ///< convergence maps (map_bench.h)
  DataBenchReport data;            ///< a 10 000-row data landscape (data_bench.h)
};

/// Runs every phase at `options` (10–20 s at the defaults here). Fails (nullopt, one line in `*error`)
/// without a display or a GL 3.3 context, or if a measured run diverges.
std::optional<BenchReport> runBench(const BenchOptions& options, std::string* error);

}  // namespace lv::gui
