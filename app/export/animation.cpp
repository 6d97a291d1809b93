// See animation.h.
#include "app/export/animation.h"

#include "app/export/frame_schedule.h"

#include <algorithm>
#include <cstdio>

namespace lv::exports {

bool writeAnimation(const std::string& path, sim::Session& session, const AnimationOptions& options,
                    const FrameRenderer& renderFrame, std::string* error) {
  auto encoder = VideoEncoder::start(path, options.video, error);
  if (!encoder) return false;
  session.stepLimit = std::max(session.stepLimit, options.steps);
  session.restart();
  std::size_t shown = 0;
  std::vector<std::uint8_t> rgba;
  const std::size_t frames = std::max<std::size_t>(options.frames, 1);
  for (std::size_t i = 0; i < frames; ++i) {
    const std::size_t target = stepsAtFrame(i, frames, options.steps);
    session.advance(target - shown);
    shown = target;
    if (!renderFrame(session, rgba, error) || !encoder->addFrame(rgba, error)) {
      if (options.progress) std::fputc('\n', stderr);
      return false;  // the encoder's destructor stops ffmpeg and removes its file
    }
    if (options.progress) std::fprintf(stderr, "\rrender: frame %zu/%zu (step %zu)", i + 1, frames, target);
  }
  if (options.progress) std::fputc('\n', stderr);
  return encoder->finish(error);
}

}  // namespace lv::exports
