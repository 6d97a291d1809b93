// See bench.h. Phases run in the order; the window is closed before the CPU phases so that
// the GL driver's worker threads are gone while steps are timed on one core.
#include "app/gui/bench.h"

#include "app/gui/imgui_host.h"
#include "app/gui/window_loop.h"
#include "app/platform/gl_context.h"
#include "app/sim/session.h"
#include "app/sim/view.h"

#include <epoxy/gl.h>  // before GLFW, which then includes no GL header of its own

#include <GLFW/glfw3.h>
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>

namespace lv::gui {
namespace {

using Clock = std::chrono::steady_clock;

constexpr double kStepsPerSecond = 600;   // the window's fixed-step rate in the scene phases
constexpr double kPanPixelsPerFrame = 3;  // pan phase: reverses every kPanReverseFrames
constexpr int kPanReverseFrames = 60;     // also the zoom's and the drag's
constexpr double kZoomPerFrame = 1.02;    // zoom phase: in, then out
constexpr double kDragLrPerFrame = 1.01;  // drag phase: the first run's lr, up, then down
constexpr int kRecomputeRepeats = 15;     // plus one warm-up
constexpr std::size_t kSteppingChunk = 100000;
constexpr int kSteppingRepeats = 5;  // plus one warm-up (which also picks the lr)

double millisecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

/// The q-quantile (0..1) by nearest rank of a non-empty sample.
double quantile(std::vector<double> sample, double q) {
  std::sort(sample.begin(), sample.end());
  const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(sample.size())));
  return sample[std::clamp<std::size_t>(rank, 1, sample.size()) - 1];
}

double median(std::vector<double> sample) {
  std::sort(sample.begin(), sample.end());
  const std::size_t n = sample.size();
  return n % 2 ? sample[n / 2] : 0.5 * (sample[n / 2 - 1] + sample[n / 2]);
}

/// The default scene's four runs plus four more optimizers, all from its start and on screen,
/// each with a kBenchTrailSteps-step trail, stepping at kStepsPerSecond with no limit in sight.
sim::Scene benchScene() {
  sim::Scene scene = sim::defaultScene();
  const std::pair<const char*, double> extra[] = {
      {"nesterov", 1e-3}, {"adagrad", 0.5}, {"adamw", 2e-2}, {"nadam", 2e-2}};
  const optim::Vec2 start = scene.runs.front().start;
  for (const auto& [name, lr] : extra) {
    sim::RunSpec run;
    run.optimizer = *optim::Optimizer::create(name);
    run.optimizer.set("lr", lr);
    run.start = start;
    run.color = sim::paletteColor(scene.runs.size());
    scene.runs.push_back(run);
  }
  scene.steps = kBenchTrailSteps;
  scene.stepLimit = 1000000;
  scene.stepsPerSecond = kStepsPerSecond;
  return scene;
}

std::size_t totalSteps(const sim::Session& session) {
  std::size_t steps = 0;
  for (const sim::LiveRun& live : session.runs) steps += live.run.stepCount();
  return steps;
}

/// One frame phase: how its frames are made, and what its measured frames took and did.
struct Phase {
  bool playing = true;
  bool drawCanvas = true;
  std::function<void(const ui::CanvasFrame&)> beforeFrame;  // may be empty; runs inside the timing
  std::vector<double> ms;
  FrameTimes counts;  // surfaceRenders, trailRedraws, stepsTaken
};

/// kBenchWarmupFrames discarded frames, then `frames` measured ones, each timed from the previous
/// frame's finished GPU work to its own.
void runBlock(WindowLoop& loop, sim::Session& session, Phase& phase, int frames, ui::CanvasFrame& frame) {
  const render::Canvas& canvas = loop.renderer.canvas();
  loop.state.playing = phase.playing;
  std::size_t renders = 0, redraws = 0, steps = 0;
  Clock::time_point last;
  for (int i = -kBenchWarmupFrames; i < frames; ++i) {
    if (i == 0) {
      renders = canvas.surfaceRenders();
      redraws = canvas.trailRedraws();
      steps = totalSteps(session);
    }
    if (phase.beforeFrame) phase.beforeFrame(frame);
    // A frame is due now: a window loop that waits for events while idle must not wait here.
    glfwPostEmptyEvent();
    frame = windowFrame(loop, session, phase.drawCanvas);
    glFinish();
    const Clock::time_point now = Clock::now();
    if (i >= 0) phase.ms.push_back(std::chrono::duration<double, std::milli>(now - last).count());
    last = now;
  }
  phase.counts.surfaceRenders += canvas.surfaceRenders() - renders;
  phase.counts.trailRedraws += canvas.trailRedraws() - redraws;
  phase.counts.stepsTaken += totalSteps(session) - steps;
}

FrameTimes summary(const Phase& phase) {
  FrameTimes times = phase.counts;
  times.frames = static_cast<int>(phase.ms.size());
  times.medianMs = median(phase.ms);
  times.p95Ms = quantile(phase.ms, 0.95);
  return times;
}

double cpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);  // every thread of the process: the GL driver's workers too
  const auto seconds = [](const timeval& t) { return double(t.tv_sec) + 1e-6 * double(t.tv_usec); };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

/// CPU seconds per wall second of the window loop, paused and untouched, over `seconds`.
double idleCpuFraction(WindowLoop& loop, sim::Session& session, double seconds) {
  loop.state.playing = false;
  // Settles what the last phase left moving: the window waits only after a few quiet frames.
  for (int i = 0; i < 8; ++i) windowFrame(loop, session);
  const double cpuBefore = cpuSeconds();
  const Clock::time_point start = Clock::now();
  double wall = 0;
  // As the window's own loop runs (window.cpp): frames wait for events while nothing moves.
  while ((wall = millisecondsSince(start) / 1000) < seconds)
    windowFrame(loop, session, true, IdleWait::WhenIdle);
  return (cpuSeconds() - cpuBefore) / wall;
}

bool runFramePhases(const BenchOptions& options, sim::Session& session, BenchReport& report,
                    std::string* error) {
  platform::GlContextOptions contextOptions;
  contextOptions.width = options.width;
  contextOptions.height = options.height;
  contextOptions.vsync = false;
  contextOptions.title = "lossviz bench";
  auto context = platform::GlContext::create(contextOptions, error);
  if (!context) return false;
  report.renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
  ImGuiHost host(context->window(), ui::UiState().uiScale);
  WindowLoop loop(context->window());
  loop.state.fitRequested = true;

  Phase baseline, scene, pan, drag, zoom, orbit, scene3d;
  baseline.playing = false;
  orbit.playing = false;
  drag.playing = false;
  zoom.playing = false;
  baseline.drawCanvas = false;
  // As a mouse drag does (ui::handleCanvasInput): whole pixels of the canvas.
  int panned = 0;
  pan.beforeFrame = [&](const ui::CanvasFrame& canvas) {
    const double dx = (panned++ / kPanReverseFrames) % 2 == 0 ? kPanPixelsPerFrame : -kPanPixelsPerFrame;
    session.view = sim::panned(canvas.transform.view, canvas.transform.width, canvas.transform.height, dx, 0);
  };
  // As a slider drag does with "restart on change": the run recomputes its whole path.
  int dragged = 0;
  drag.beforeFrame = [&](const ui::CanvasFrame&) {
    const double factor = (dragged++ / kPanReverseFrames) % 2 == 0 ? kDragLrPerFrame : 1 / kDragLrPerFrame;
    sim::Run& run = session.runs.front().run;
    run.setParam("lr", run.optimizer().get("lr").value_or(1e-3) * factor, sim::EditPolicy::RestartFromStart);
  };
  // As the mouse wheel does (ui::handleCanvasInput), at the canvas centre.
  int zoomed = 0;
  zoom.beforeFrame = [&](const ui::CanvasFrame& canvas) {
    const double factor = (zoomed++ / kPanReverseFrames) % 2 == 0 ? kZoomPerFrame : 1 / kZoomPerFrame;
    const sim::ViewTransform& t = canvas.transform;
    session.view = sim::zoomedAt(t.view, t.width, t.height, {0.5 * t.width, 0.5 * t.height}, factor);
  };
  // As a mouse drag on the 3D view does (ui::handleOrbitInput): the camera turns 2.5° a frame.
  orbit.beforeFrame = [&](const ui::CanvasFrame&) { session.view3d.camera.orbit(6, 0); };
  // Interleaved rounds, so that whatever else the machine does while the bench runs weighs on every
  // phase alike rather than on whichever phase it happened to overlap.
  const int rounds = std::min(kBenchRounds, options.frames);
  ui::CanvasFrame frame;
  for (int round = 0; round < rounds; ++round) {
    const int frames = options.frames * (round + 1) / rounds - options.frames * round / rounds;
    for (Phase* phase : {&baseline, &scene, &pan, &drag, &zoom, &orbit, &scene3d}) {
      session.view3d.mode =
          phase == &orbit || phase == &scene3d ? sim::ViewMode::Surface : sim::ViewMode::Flat;
      runBlock(loop, session, *phase, frames, frame);
    }
    session.view3d.mode = sim::ViewMode::Flat;
  }
  report.baseline = summary(baseline);
  report.scene = summary(scene);
  report.pan = summary(pan);
  report.drag = summary(drag);
  report.zoom = summary(zoom);
  report.orbit = summary(orbit);
  report.scene3d = summary(scene3d);
  report.idleCpuFraction = idleCpuFraction(loop, session, std::clamp(options.frames / 40.0, 0.05, 3.0));
  if (!runMapBench(loop, session, options.frames, report.map, error)) return false;
  runDataFrameBench(loop, options.frames, report.data);
  return true;
}

/// Median time for every run of `scene` to recompute its kBenchTrailSteps steps after its lr
/// changed (alternately ×1.01 and back, so every repeat computes a different path).
double timeRecompute(const sim::Scene& scene) {
  sim::Session session = sim::Session::fromScene(scene);
  std::vector<double> ms;
  for (int repeat = -1; repeat < kRecomputeRepeats; ++repeat) {
    const double factor = repeat % 2 == 0 ? 1.01 : 1 / 1.01;
    const Clock::time_point start = Clock::now();
    for (sim::LiveRun& live : session.runs)
      live.run.setParam("lr", *live.run.optimizer().get("lr") * factor, sim::EditPolicy::RestartFromStart);
    if (repeat >= 0) ms.push_back(millisecondsSince(start));
  }
  return median(ms);
}

/// Steps per second of `name` on `formula` from `start` through Run::advance, in chunks of
/// kSteppingChunk steps after a restart (state cleared, trajectory capacity kept).
std::optional<StepRate> timeStepping(const std::string& name, const landscapes::Formula& formula,
                                     const optim::Vec2& start) {
  sim::Run run(formula, *optim::Optimizer::create(name), start);
  run.advance(kSteppingChunk);
  // A diverged run stops stepping: lower lr (within its valid range) until this one does not.
  while (run.diverged() &&
         run.setParam("lr", run.optimizer().get("lr").value_or(0) / 10, sim::EditPolicy::RestartFromStart)) {
    run.restart(sim::Run::Memory::Keep);
    run.advance(kSteppingChunk);
  }
  if (run.diverged()) return std::nullopt;
  const double lr = run.optimizer().get("lr").value_or(0);
  std::vector<double> seconds;
  for (int repeat = 0; repeat < kSteppingRepeats; ++repeat) {
    run.restart(sim::Run::Memory::Keep);
    const Clock::time_point begin = Clock::now();
    run.advance(kSteppingChunk);
    seconds.push_back(std::chrono::duration<double>(Clock::now() - begin).count());
  }
  return StepRate{name, static_cast<double>(kSteppingChunk) / median(seconds), lr};
}

}  // namespace

std::optional<BenchReport> runBench(const BenchOptions& options, std::string* error) {
  const sim::Scene scene = benchScene();
  sim::Session session = sim::Session::fromScene(scene);
  BenchReport report;
  report.runs = static_cast<int>(session.runs.size());
  for (const sim::LiveRun& live : session.runs) {
    if (live.run.diverged()) {
      if (error) *error = live.run.optimizer().name() + " diverged in the bench scene";
      return std::nullopt;
    }
  }
  if (!runFramePhases(options, session, report, error)) return std::nullopt;

  report.recomputeMs = timeRecompute(scene);
  runDataSteppingBench(report.data);
  const auto rosenbrock = landscapes::resolveLandscape("rosenbrock");
  for (const optim::OptimizerInfo& info : optim::optimizerInfos()) {
    auto rate = timeStepping(info.name, rosenbrock->formula, scene.runs.front().start);
    if (!rate) {
      if (error) *error = info.name + " diverges on rosenbrock at every lr it accepts";
      return std::nullopt;
    }
    report.stepping.push_back(*rate);
  }
  return report;
}

}  // namespace lv::gui
