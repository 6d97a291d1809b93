// See data_bench.h.
#include "app/gui/data_bench.h"

#include "app/sim/session.h"
#include "app/sim/view.h"
#include "landscapes/data_catalog.h"
#include "landscapes/lv_assert.h"

#include <epoxy/gl.h>  // before GLFW, which then includes no GL header of its own

#include <GLFW/glfw3.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <vector>

namespace lv::gui {
namespace {

using Clock = std::chrono::steady_clock;

constexpr std::size_t kSteppingChunk = 20000;  // per run and repeat
constexpr int kSteppingRepeats = 3;
constexpr double kSettleLimitSeconds = 10;

double secondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

/// `catalog` with kDataBenchRows rows, 8 optimizers at B = 32 from the origin.
sim::Scene dataBenchScene(const char* catalog) {
  sim::Scene scene;
  sim::SceneData data;
  data.catalog = catalog;
  data.params = landscapes::findDataCatalogEntry(catalog)->defaults;
  data.params.rows = kDataBenchRows;
  data.batch.batch = kDataBenchBatch;
  std::string error;
  scene.data = sim::resolveSceneData(data, &error);
  LV_ASSERT(scene.data, "the bench's data resolves");
  scene.landscape = scene.data->landscape;
  const std::pair<const char*, double> runs[] = {{"sgd", 0.01},      {"momentum", 0.01}, {"nesterov", 0.01},
                                                 {"rmsprop", 0.001}, {"adagrad", 0.1},   {"adam", 0.01},
                                                 {"adamw", 0.01},    {"nadam", 0.01}};
  for (const auto& [name, lr] : runs) {
    sim::RunSpec run;
    run.optimizer = *optim::Optimizer::create(name);
    run.optimizer.set("lr", lr);
    run.start = optim::Vec2(0, 0);
    run.color = sim::paletteColor(scene.runs.size());
    scene.runs.push_back(run);
  }
  scene.steps = 1000;
  scene.stepLimit = 1000000;
  return scene;
}

double median(std::vector<double> sample) {
  std::sort(sample.begin(), sample.end());
  const std::size_t n = sample.size();
  return n == 0 ? 0 : n % 2 ? sample[n / 2] : 0.5 * (sample[n / 2 - 1] + sample[n / 2]);
}

ui::CanvasFrame timedFrame(WindowLoop& loop, sim::Session& session) {
  glfwPostEmptyEvent();
  ui::CanvasFrame frame = windowFrame(loop, session, true);
  glFinish();
  return frame;
}

}  // namespace

void runDataFrameBench(WindowLoop& loop, int frames, DataBenchReport& report) {
  sim::Session session = sim::Session::fromScene(dataBenchScene("logistic_regression"));
  const bool playing = loop.state.playing;
  loop.state.playing = false;
  ui::CanvasFrame frame = timedFrame(loop, session);
  // Compiles and shades the surface, and refines its value grid.
  const render::Canvas& canvas = loop.renderer.canvas();
  const Clock::time_point warm = Clock::now();
  for (int i = 0; i < 4 || (canvas.surface().refining() && secondsSince(warm) < kSettleLimitSeconds); ++i)
    frame = timedFrame(loop, session);

  // The median frame while `move` changes the view every frame (5 frames discarded first).
  const auto moving = [&](const std::function<sim::Rect(const sim::ViewTransform&, int)>& move) {
    std::vector<double> ms;
    Clock::time_point last = Clock::now();
    for (int i = -5; i < frames; ++i) {
      session.view = move(frame.transform, i + 5);
      frame = timedFrame(loop, session);
      const Clock::time_point now = Clock::now();
      if (i >= 0) ms.push_back(std::chrono::duration<double, std::milli>(now - last).count());
      last = now;
    }
    return median(ms);
  };
  // As a mouse drag does: whole pixels, reversing every 60 frames.
  report.panMsMedian = moving([](const sim::ViewTransform& t, int i) {
    return sim::panned(t.view, t.width, t.height, (i / 60) % 2 == 0 ? 3 : -3, 0);
  });
  // As the wheel does, in then out: 2 % a frame, reversing every 60 frames.
  report.zoomMsMedian = moving([](const sim::ViewTransform& t, int i) {
    return sim::zoomedAt(t.view, t.width, t.height, {0.5 * t.width, 0.5 * t.height},
                         (i / 60) % 2 == 0 ? 1.02 : 1 / 1.02);
  });

  // A jump no cached picture covers: frames until the surface has been shaded for this view, and
  // until its value grid is as fine as the window makes it.
  const sim::ViewTransform& t = frame.transform;
  session.view = sim::zoomedAt(t.view, t.width, t.height, {0.5 * t.width, 0.5 * t.height}, 1.1);
  const std::size_t renders = canvas.surfaceRenders();
  const Clock::time_point start = Clock::now();
  do timedFrame(loop, session);
  while (canvas.surfaceRenders() == renders && secondsSince(start) < kSettleLimitSeconds);
  report.firstSeconds = secondsSince(start);
  while (canvas.surface().refining() && secondsSince(start) < kSettleLimitSeconds) timedFrame(loop, session);
  report.settleSeconds = secondsSince(start);

  // Pressing `3`: frames until the 3D view shows the surface, and until its picture is final (value
  // grid refined, full picture drawn).
  session.view3d.mode = sim::ViewMode::Surface;
  const Clock::time_point turned = Clock::now();
  timedFrame(loop, session);
  report.first3dSeconds = secondsSince(turned);
  while (loop.renderer.settling(session) && secondsSince(turned) < kSettleLimitSeconds)
    timedFrame(loop, session);
  report.settle3dSeconds = secondsSince(turned);
  loop.state.playing = playing;
}

void runDataSteppingBench(DataBenchReport& report) {
  // Least squares: every step also records the full-data loss, which its closed form makes O(1);
  // on logistic regression that record costs all 10 000 rows a step and would be what is timed.
  sim::Session session = sim::Session::fromScene(dataBenchScene("linear_regression"));
  std::vector<double> rates;
  for (int repeat = -1; repeat < kSteppingRepeats; ++repeat) {
    for (sim::LiveRun& live : session.runs) live.run.restart(sim::Run::Memory::Keep);
    const Clock::time_point begin = Clock::now();
    for (sim::LiveRun& live : session.runs) live.run.advance(kSteppingChunk);
    const double seconds = secondsSince(begin);
    if (repeat >= 0) rates.push_back(double(kSteppingChunk * session.runs.size()) / seconds);
  }
  report.updatesPerSecond = median(rates);
}

}  // namespace lv::gui
