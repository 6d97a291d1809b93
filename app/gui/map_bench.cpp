// See map_bench.h.
#include "app/gui/map_bench.h"

#include "app/maps/gpu_map.h"

#include <GLFW/glfw3.h>
#include <epoxy/gl.h>

#include <algorithm>
#include <chrono>
#include <vector>

namespace lv::gui {
namespace {

using Clock = std::chrono::steady_clock;

constexpr int kGpuSide = 512, kCpuSide = 128;
constexpr long kSteps = 500;
constexpr int kWindowMapLimitSeconds = 60;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

maps::MapSpec adamOnHimmelblau(int side) {
  maps::MapSpec spec(*landscapes::resolveLandscape("himmelblau"), *optim::Optimizer::create("adam"));
  spec.optimizer.set("lr", 0.1);
  spec.width = spec.height = side;
  spec.steps = kSteps;
  return spec;
}

}  // namespace

bool runMapBench(WindowLoop& loop, sim::Session& session, int frames, MapBenchReport& report,
                 std::string* error) {
  const maps::MapSpec gpuSpec = adamOnHimmelblau(kGpuSide);
  glFinish();
  auto start = Clock::now();
  if (!maps::computeMapGpu(gpuSpec, error)) return false;  // reads the map back: the GPU is done
  report.seconds = secondsSince(start);
  report.updatesPerSecond = double(kGpuSide) * kGpuSide * kSteps / report.seconds;

  start = Clock::now();
  maps::computeMapCpu(adamOnHimmelblau(kCpuSide));
  report.cpuUpdatesPerSecond = double(kCpuSide) * kCpuSide * kSteps / secondsSince(start);

  // Frames of the live window with its basin map computing: asked again whenever one finishes.
  const sim::MapSettings saved = session.map;
  session.map.show = true;
  session.map.mode = sim::MapMode::Basins;
  session.map.steps = kSteps;
  session.map.resolution = kGpuSide;
  std::vector<double> ms;
  Clock::time_point last = Clock::now(), mapStarted = last;
  auto frame = [&] {
    const bool wasBusy = loop.mapDriver.busy();
    if (!wasBusy) loop.state.map.computeRequested = true;
    glfwPostEmptyEvent();
    windowFrame(loop, session, true);
    glFinish();
    if (!wasBusy) mapStarted = last;  // the frame that started the map began at `last`
    last = Clock::now();
    const bool finished =
        wasBusy && !loop.mapDriver.busy() && loop.state.map.status == maps::MapDisplay::Status::Done;
    if (finished && report.windowSeconds == 0)
      report.windowSeconds = std::chrono::duration<double>(last - mapStarted).count();
  };
  report.windowSeconds = 0;
  for (int i = -5; i < frames; ++i) {
    const Clock::time_point before = last;
    frame();
    if (i >= 0) ms.push_back(std::chrono::duration<double, std::milli>(last - before).count());
  }
  // The map the measured frames were computing, to its end: how long a user waits for it.
  for (const Clock::time_point deadline = last + std::chrono::seconds(kWindowMapLimitSeconds);
       report.windowSeconds == 0 && last < deadline;)
    frame();
  session.map = saved;
  std::nth_element(ms.begin(), ms.begin() + ms.size() / 2, ms.end());
  report.frameMsMedian = ms.empty() ? 0 : ms[ms.size() / 2];
  return true;
}

}  // namespace lv::gui
