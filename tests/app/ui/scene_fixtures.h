// Sessions the in-process UI tests share: the default scene, a scene from JSON, and one with runs
// that diverge at step 5 and at step 0.
#pragma once

#include "app/sim/scene_json.h"
#include "app/sim/session.h"

#include <gtest/gtest.h>

#include <string>

namespace lv {

inline sim::Session sessionOf(const std::string& json, size_t steps) {
  std::string error;
  auto scene = sim::parseScene(json, &error);
  EXPECT_TRUE(scene.has_value()) << error;
  sim::Session session = sim::Session::fromScene(scene.value_or(sim::defaultScene()));
  session.advance(steps);
  return session;
}

inline sim::Session defaultSession() { return sim::Session::fromScene(sim::defaultScene()); }

// Rosenbrock with a converging adam, an sgd at lr 0.1 (diverges at step 5) and a start whose loss
// overflows (diverged at step 0).
inline const char* kDiverging = R"js({"landscape": "rosenbrock", "runs": [
  {"optimizer": "adam", "params": {"lr": 0.05}, "start": [-1.5, 2]},
  {"optimizer": "sgd", "params": {"lr": 0.1}, "start": [-1.5, 2]},
  {"optimizer": "adam", "start": [1e300, 0]}]})js";

}  // namespace lv
