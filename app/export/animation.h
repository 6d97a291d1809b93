// Frame-exact animations: every run restarted, then frame i shows the session after
// stepsAtFrame(i, frames, steps) updates (frame_schedule.h), drawn by a caller-supplied renderer
// (the GL offscreen renderer for `render --animate`) and encoded by ffmpeg (video_encoder.h).
#pragma once

#include "app/export/video_encoder.h"
#include "app/sim/session.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace lv::exports {

struct AnimationOptions {
  VideoOptions video;       ///< format, frame size in pixels, frames per second
  std::size_t frames = 2;   ///< ≥ 1
  std::size_t steps = 200;  ///< updates shown by the last frame
  bool progress = false;    ///< "frame i/n" on stderr, rewritten in place
};

/// Draws `session` as it is now into `rgba` (width × height × 4 bytes, top row first).
using FrameRenderer =
    std::function<bool(sim::Session& session, std::vector<std::uint8_t>& rgba, std::string* error)>;

/// Restarts `session` and writes the animation to `path` whole or not at all. False with one line in
/// `*error` (ffmpeg missing or failing, a frame that could not be drawn, an unwritable path).
bool writeAnimation(const std::string& path, sim::Session& session, const AnimationOptions& options,
                    const FrameRenderer& renderFrame, std::string* error);

}  // namespace lv::exports
