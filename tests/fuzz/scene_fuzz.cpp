// libFuzzer target: any bytes as a scene file. Loading must never crash; a loaded scene must
// build a session, step it and serialise back.
#include "app/sim/scene.h"
#include "app/sim/session.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::string error;
  auto scene = lv::sim::parseScene(text, &error);
  if (!scene) return 0;
  scene->steps = std::min<size_t>(scene->steps, 50);
  auto session = lv::sim::Session::fromScene(*scene, &error);
  if (!session) return 0;
  session->advance(10);
  (void)lv::sim::sceneToJson(session->toScene());
  return 0;
}
