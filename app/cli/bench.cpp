// `lossviz bench`: frame times of the live window (UI only, an 8-run scene stepping live, panning,
// dragging an lr slider, zooming), its CPU use while idle, the time to recompute every run after a
// slider change, and optimizer steps per second; as text or one JSON object. The measuring is
// app/gui/bench.
#include "app/gui/bench.h"
#include "app/cli/verbs.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <tuple>

namespace lv::cli {
namespace {

constexpr int kMaxSide = 8192;

// The targets, set for 1920x1080 on a 2-core machine rendering in software.
constexpr double kSceneOverBaseline = 1.25, kInteractionOverBaseline = 1.5, kIdleCpuFraction = 0.02,
                 kRecomputeMs = 8, kAdamStepsPerSecond = 10e6;

const char* verdict(bool met) { return met ? "met" : "NOT met"; }

/// The frame-time phases in report order: the text row's name and the JSON keys' prefix, the
/// report's field, what the phase measures.
struct FramePhase {
  const char* name;
  gui::FrameTimes gui::BenchReport::*times;
  const char* what;
};
constexpr FramePhase kFramePhases[] = {
    {"baseline", &gui::BenchReport::baseline, "clear + ImGui UI, no canvas, paused"},
    {"scene", &gui::BenchReport::scene, "+ canvas, runs stepping live"},
    {"pan", &gui::BenchReport::pan, "+ view moved every frame"},
    {"drag", &gui::BenchReport::drag, "paused, an lr slider moving every frame (restart on change)"},
    {"zoom", &gui::BenchReport::zoom, "paused, the view scaled every frame"},
    {"orbit", &gui::BenchReport::orbit, "paused, the 3D view, the camera turned every frame"},
    {"scene3d", &gui::BenchReport::scene3d, "the 3D view, camera at rest, runs stepping live"},
};

void printText(const gui::BenchOptions& options, const gui::BenchReport& report) {
  std::printf(
      "lossviz bench: %dx%d, %d measured frames per phase in %d interleaved rounds (%d warm-up frames "
      "discarded before each), %s\n",
      options.width, options.height, options.frames, std::min(gui::kBenchRounds, options.frames),
      gui::kBenchWarmupFrames, report.renderer.c_str());
  for (const FramePhase& phase : kFramePhases) {
    const gui::FrameTimes& t = report.*phase.times;
    std::printf("%-10s median %7.2f ms   p95 %7.2f ms   %s\n", phase.name, t.medianMs, t.p95Ms, phase.what);
    std::printf("%-10s (surface re-rendered %zu times, trails redrawn whole %zu times, %zu steps taken)\n",
                "", t.surfaceRenders, t.trailRedraws, t.stepsTaken);
  }
  std::printf("idle       %.4f CPU seconds per wall second, paused\n", report.idleCpuFraction);
  std::printf("recompute  %.2f ms for %d runs x %zu steps after an lr change (median)\n", report.recomputeMs,
              report.runs, gui::kBenchTrailSteps);
  std::printf(
      "map        512x512 adam/himmelblau x 500 steps: %.2f s on the GPU (%.0f M updates/s), CPU %.0f M "
      "updates/s (GPU %.1fx); frames %.2f ms while a map computes, %.1f s to finish one in the window\n",
      report.map.seconds, report.map.updatesPerSecond / 1e6, report.map.cpuUpdatesPerSecond / 1e6,
      report.map.updatesPerSecond / report.map.cpuUpdatesPerSecond, report.map.frameMsMedian,
      report.map.windowSeconds);
  std::printf(
      "data       %zu rows: pan %.2f ms (%.2fx baseline, <= 2: %s), zoom %.2f ms (%.2fx, <= 2: %s), a jump's "
      "surface %.3f s (<= 0.25: %s), "
      "refined %.2f s (<= 5: %s); in 3D: shown %.3f s (<= 0.5: %s), final %.2f s (<= 5: %s); 8 runs B = "
      "%zu: %.2f M updates/s (>= 1 M: %s)\n",
      gui::kDataBenchRows, report.data.panMsMedian, report.data.panMsMedian / report.baseline.medianMs,
      verdict(report.data.panMsMedian <= 2 * report.baseline.medianMs), report.data.zoomMsMedian,
      report.data.zoomMsMedian / report.baseline.medianMs,
      verdict(report.data.zoomMsMedian <= 2 * report.baseline.medianMs), report.data.firstSeconds,
      verdict(report.data.firstSeconds <= 0.25), report.data.settleSeconds,
      verdict(report.data.settleSeconds <= 5), report.data.first3dSeconds,
      verdict(report.data.first3dSeconds <= 0.5), report.data.settle3dSeconds,
      verdict(report.data.settle3dSeconds <= 5), gui::kDataBenchBatch, report.data.updatesPerSecond / 1e6,
      verdict(report.data.updatesPerSecond >= 1e6));
  std::printf("stepping   steps/s on rosenbrock, one thread, Run::advance with trajectory storage:\n");
  double adam = 0;
  for (const gui::StepRate& rate : report.stepping) {
    std::printf("  %-10s %12.0f   (lr %g)\n", rate.optimizer.c_str(), rate.stepsPerSecond, rate.lr);
    if (rate.optimizer == "adam") adam = rate.stepsPerSecond;
  }
  const double scene = report.scene.medianMs / report.baseline.medianMs;
  std::printf("targets    scene/baseline %.2f (<= %.2f: %s), idle %.4f (< %.2f: %s)\n", scene,
              kSceneOverBaseline, verdict(scene <= kSceneOverBaseline), report.idleCpuFraction,
              kIdleCpuFraction, verdict(report.idleCpuFraction < kIdleCpuFraction));
  for (const auto& [name, phase] : {std::pair<const char*, const gui::FrameTimes*>{"pan", &report.pan},
                                    {"drag", &report.drag},
                                    {"zoom", &report.zoom}}) {
    const double ratio = phase->medianMs / report.baseline.medianMs;
    std::printf("           %s/baseline %.2f (<= %.2f: %s)\n", name, ratio, kInteractionOverBaseline,
                verdict(ratio <= kInteractionOverBaseline));
  }
  std::printf("           recompute %.2f ms (<= %.0f: %s), adam %.1f M steps/s (>= %.0f M: %s)\n",
              report.recomputeMs, kRecomputeMs, verdict(report.recomputeMs <= kRecomputeMs), adam / 1e6,
              kAdamStepsPerSecond / 1e6, verdict(adam >= kAdamStepsPerSecond));
}

void printJson(const gui::BenchReport& report) {
  nlohmann::json steps = nlohmann::json::object();
  for (const gui::StepRate& rate : report.stepping) steps[rate.optimizer] = rate.stepsPerSecond;
  nlohmann::json root = {{"idle_cpu_fraction", report.idleCpuFraction},
                         {"recompute_ms", report.recomputeMs},
                         {"steps_per_s", steps},
                         {"map_seconds", report.map.seconds},
                         {"map_updates_per_s", report.map.updatesPerSecond},
                         {"map_cpu_updates_per_s", report.map.cpuUpdatesPerSecond},
                         {"map_frame_ms_median", report.map.frameMsMedian},
                         {"map_window_seconds", report.map.windowSeconds},
                         {"data_pan_ms_median", report.data.panMsMedian},
                         {"data_zoom_ms_median", report.data.zoomMsMedian},
                         {"data_first_seconds", report.data.firstSeconds},
                         {"data_settle_seconds", report.data.settleSeconds},
                         {"data3d_first_seconds", report.data.first3dSeconds},
                         {"data3d_settle_seconds", report.data.settle3dSeconds},
                         {"data_updates_per_s", report.data.updatesPerSecond}};
  for (const FramePhase& phase : kFramePhases) {
    root[std::string(phase.name) + "_ms_median"] = (report.*phase.times).medianMs;
    root[std::string(phase.name) + "_ms_p95"] = (report.*phase.times).p95Ms;
  }
  std::cout << root.dump() << "\n";
}

}  // namespace

int runBench(const std::vector<std::string>& args) {
  const VerbSpec spec{
      "bench",
      "Measure the live window's frame times (UI only, 8 runs x 10000 steps stepping live, panning, an lr "
      "slider dragged, zooming), its CPU use while idle, the recompute time after a slider change and "
      "optimizer steps/s. Needs a display (xvfb-run is fine).",
      {{"json", nullptr, "print one JSON object instead of text"},
       {"size", "WxH", "window size in pixels (default 1920x1080)"},
       {"frames", "N", "measured frames per phase (default 120, 1..100000)"}}};
  const auto parsed = parseFlagsOrHelp(args, spec);
  if (!parsed) return 0;
  const Flags& flags = *parsed;
  gui::BenchOptions options;
  std::tie(options.width, options.height) = sizeFromFlags(flags, "1920x1080", 64, kMaxSide);
  if (auto frames = lastValue(flags, "frames"))
    options.frames = static_cast<int>(parseCount(*frames, "--frames", 1, 100000));

  std::string error;
  const auto report = gui::runBench(options, &error);
  if (!report) {
    std::fprintf(stderr, "lossviz bench: %s\n", error.c_str());
    return 2;
  }
  if (hasFlag(flags, "json"))
    printJson(*report);
  else
    printText(options, *report);
  return 0;
}

}  // namespace lv::cli
