// Which state each animation frame shows, by a rule and not by a clock: frame i of n shows every run
// after k_i = round(i · steps / (n − 1)) updates (half-way cases round up), so frame 0 is the start,
// the last frame is `steps`, and the same command gives the same video on any machine.
#pragma once

#include <cstddef>

namespace lv::exports {

/// k_i for frame `index` of `frames` (≥ 1) over `steps` updates; a single frame shows `steps`.
std::size_t stepsAtFrame(std::size_t index, std::size_t frames, std::size_t steps);

/// The most frames and frames per second an animation may have (`render --animate`, Record).
constexpr std::size_t kMaxAnimationFrames = 100000;
constexpr int kMaxAnimationFps = 240;

/// The frames of an animation `seconds` long at `fps`: round(seconds · fps), at least 1.
std::size_t framesForSeconds(double seconds, int fps);

}  // namespace lv::exports
