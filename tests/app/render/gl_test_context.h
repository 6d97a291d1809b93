// Shared helpers for the render tests: one hidden GL context for the whole test binary, and
// pixel accessors for RGBA8 images read back top row first.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace lv::render::test {

/// Makes the shared hidden-window context current; returns false (with the reason) when there is
/// no display.
bool glContext(std::string* reason);

/// Skips the current test when no GL context can be had.
#define LV_REQUIRE_GL()                              \
  do {                                               \
    std::string lvReason;                            \
    if (!::lv::render::test::glContext(&lvReason)) { \
      GTEST_SKIP() << lvReason;                      \
    }                                                \
  } while (false)

/// RGB of pixel (x, y) (origin top-left) of a width-wide RGBA8 image, each in 0..255.
std::array<int, 3> pixelAt(const std::vector<std::uint8_t>& rgba, int width, int x, int y);

/// Largest per-channel difference between `rgb` and the float colour `expected` (0..1) × 255.
int channelDistance(const std::array<int, 3>& rgb, const std::array<float, 3>& expected);

}  // namespace lv::render::test
