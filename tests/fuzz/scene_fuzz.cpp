// libFuzzer target: any bytes as a scene file. Loading must never crash and must explain every
// rejection; a scene that loads builds a session, steps it, survives slider edits under both policies
// and a restart like the window does, and saves to JSON that loads back to the same JSON and paths.
#include "app/sim/scene_json.h"
#include "app/sim/session.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

// Steps per run are capped so one input stays in the millisecond range (up to 64 runs, Newton
// evaluating Hessians); the caps are far above what the stepping logic needs to be exercised.
constexpr size_t kMaxLoadSteps = 40;
constexpr size_t kLiveSteps = 10;

void check(bool ok, const std::string& what) {
  if (ok) return;
  std::fprintf(stderr, "scene_fuzz: %s\n", what.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::string error;
  auto scene = lv::sim::parseScene(text, &error);
  if (!scene) {
    check(!error.empty(), "rejected without a message");
    return 0;
  }
  scene->steps = std::min(scene->steps, kMaxLoadSteps);
  // Edits far beyond the steps taken stay pending: harmless, but keep replays short.
  for (auto& run : scene->runs)
    for (auto& edit : run.edits) edit.step = std::min(edit.step, kMaxLoadSteps);
  lv::sim::Session session = lv::sim::Session::fromScene(*scene);

  session.advance(kLiveSteps);
  // A slider dragged to the end of its range on every run, as the runs panel does it, under the
  // scene's policy; then the same under the other one.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < session.runs.size(); ++i) {
      const lv::optim::Optimizer& optimizer = session.runs[i].run.optimizer();
      if (optimizer.paramCount() == 0) continue;
      session.setParam(i, 0, optimizer.info().params[0].max);
    }
    session.advance(kLiveSteps);
    session.restartOnChange = !session.restartOnChange;
  }
  const std::string saved = lv::sim::sceneToJson(session.toScene());
  auto reloaded = lv::sim::parseScene(saved, &error);
  check(reloaded.has_value(), "a saved scene does not load back: " + error + "\n" + saved);
  check(lv::sim::sceneToJson(*reloaded) == saved, "save -> load -> save changed the scene:\n" + saved);
  // Reopening replays the recorded edits: the paths are those on screen.
  const lv::sim::Session reopened = lv::sim::Session::fromScene(*reloaded);
  for (size_t i = 0; i < session.runs.size(); ++i)
    check(reopened.runs[i].run.trajectory().points == session.runs[i].run.trajectory().points,
          "a reopened scene computes another path:\n" + saved);
  session.restart();
  session.advance(kLiveSteps);
  return 0;
}
