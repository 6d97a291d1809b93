// Test helper: a scene parsed from JSON text, failing the test (with the parse error) when it does not parse.
#pragma once

#include "app/sim/scene_json.h"

#include <gtest/gtest.h>

#include <string>

namespace lv::sim {

inline Scene parsed(const std::string& text) {
  std::string error;
  auto scene = parseScene(text, &error);
  EXPECT_TRUE(scene) << error;
  return scene ? *scene : Scene{};
}

}  // namespace lv::sim
