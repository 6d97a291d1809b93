// libFuzzer target: any bytes as a scene file. Loading must never crash and must explain every
// rejection; a scene that loads must build a session (the loader validated it), step it, survive a
// slider edit and a restart like the window does, and save to JSON that loads back to the same JSON.
#include "app/sim/scene.h"
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
  auto session = lv::sim::Session::fromScene(*scene, &error);
  check(session.has_value(), "a scene that parsed does not build a session: " + error);

  session->advance(kLiveSteps);
  // A slider dragged to the end of its range on every run, as the parameters panel does it.
  for (lv::sim::LiveRun& live : session->runs) {
    lv::optim::Optimizer& optimizer = live.run.optimizer();
    if (optimizer.paramCount() == 0) continue;
    optimizer.setParam(0, optimizer.info().params[0].max);
    if (session->restartOnChange) live.run.recompute();
  }
  session->advance(kLiveSteps);
  session->restart();
  session->advance(kLiveSteps);

  const std::string saved = lv::sim::sceneToJson(session->toScene());
  auto reloaded = lv::sim::parseScene(saved, &error);
  check(reloaded.has_value(), "a saved scene does not load back: " + error + "\n" + saved);
  check(lv::sim::sceneToJson(*reloaded) == saved, "save -> load -> save changed the scene:\n" + saved);
  return 0;
}
