// The valid range of every numeric scene field, written once: the JSON reader and writer, the CLI
// flags and the window's widgets all take them from here, so whatever one accepts the others accept.
#pragma once

#include <cstddef>

namespace lv::sim {

/// A closed range of valid values.
struct Range {
  double min, max;
  bool contains(double v) const { return v >= min && v <= max; }
};

/// Steps per run: the step counter of a saved scene and the step limit of live stepping.
inline constexpr size_t kMaxSteps = 10'000'000;
inline constexpr Range kStepsRange{0, static_cast<double>(kMaxSteps)};
inline constexpr Range kStepLimitRange{1, static_cast<double>(kMaxSteps)};
/// Live stepping rate (steps per second per run).
inline constexpr Range kStepsPerSecondRange{1, 5000};
/// Contour lines drawn over the surface.
inline constexpr Range kContourRange{0, 100};
/// The view rectangle's width and height.
inline constexpr Range kViewExtentRange{1e-12, 1e12};
/// Runs in one scene.
inline constexpr size_t kMaxRuns = 64;
/// A user's label for a run, in bytes of UTF-8.
inline constexpr size_t kMaxLabelBytes = 200;

}  // namespace lv::sim
