// Test helper: makes a MapSpec a hyperparameter map from its two axes' command-line text, failing
// the test (instead of reading an empty optional) when either does not parse, e.g. a range beyond
// the hyperparameter's own.
#pragma once

#include "app/maps/map_spec.h"

#include <gtest/gtest.h>

#include <string>

namespace lv::maps::test {

/// Makes `spec` a hyperparameter map whose every pixel starts at `start`, with spec.xAxis and
/// spec.yAxis from "NAME:LO:HI[:log|:linear]" against spec's optimizer. Call it inside
/// ASSERT_NO_FATAL_FAILURE.
inline void setHyperMap(MapSpec& spec, const Vec2& start, const char* x, const char* y) {
  spec.mode = MapMode::Hyperparameters;
  spec.start = start;
  std::string error;
  const auto xAxis = parseParamAxis(x, spec.optimizer.info(), "--x-param", &error);
  const auto yAxis = parseParamAxis(y, spec.optimizer.info(), "--y-param", &error);
  ASSERT_TRUE(xAxis && yAxis) << error;
  spec.xAxis = *xAxis;
  spec.yAxis = *yAxis;
}

}  // namespace lv::maps::test
