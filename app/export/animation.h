// Frame-exact animations: every run restarted, then frame i shows the session after
// stepsAtFrame(i, frames, steps) updates (frame_schedule.h), drawn by a caller-supplied renderer
// (the GL offscreen renderer for `render --animate`) and encoded by ffmpeg (video_encoder.h).
#pragma once

#include "app/export/video_encoder.h"
#include "app/sim/session.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
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

/// An animation written a frame at a time, so that a window can spread it over its own frames:
/// start() restarts `session` and starts ffmpeg, each writeNextFrame() advances the session to the
/// next frame's step count and encodes it, then finish() (or pollFinish()) puts the file in place.
/// Destroyed before that, it leaves nothing behind (the encoder stops ffmpeg, removes its file).
class AnimationWriter {
 public:
  /// Null with one line in `*error` when ffmpeg cannot start. `session` must outlive the writer and
  /// is stepped by it alone.
  static std::unique_ptr<AnimationWriter> start(const std::string& path, sim::Session& session,
                                                const AnimationOptions& options, std::string* error);
  /// Draws and encodes frame framesWritten(). False with one line (the frame could not be drawn,
  /// ffmpeg stopped); the writer is then spent.
  bool writeNextFrame(const FrameRenderer& renderFrame, std::string* error);
  std::size_t framesWritten() const { return written_; }
  std::size_t frames() const { return frames_; }
  bool allFramesWritten() const { return written_ == frames_; }
  /// After the last frame: waits for ffmpeg and renames the file into place. False with one line.
  bool finish(std::string* error);
  /// finish() without waiting: nullopt while ffmpeg still encodes.
  std::optional<bool> pollFinish(std::string* error);

 private:
  explicit AnimationWriter(sim::Session& session) : session_(session) {}
  sim::Session& session_;
  std::unique_ptr<VideoEncoder> encoder_;
  std::size_t frames_ = 1, steps_ = 0, written_ = 0, shown_ = 0;
  std::vector<std::uint8_t> rgba_;
};

/// Restarts `session` and writes the animation to `path` whole or not at all. False with one line in
/// `*error` (ffmpeg missing or failing, a frame that could not be drawn, an unwritable path).
bool writeAnimation(const std::string& path, sim::Session& session, const AnimationOptions& options,
                    const FrameRenderer& renderFrame, std::string* error);

}  // namespace lv::exports
