// See animation.h.
#include "app/export/animation.h"

#include "app/export/frame_schedule.h"
#include "landscapes/lv_assert.h"

#include <algorithm>
#include <cstdio>

namespace lv::exports {

std::unique_ptr<AnimationWriter> AnimationWriter::start(const std::string& path, sim::Session& session,
                                                        const AnimationOptions& options, std::string* error) {
  std::unique_ptr<AnimationWriter> writer(new AnimationWriter(session));
  writer->encoder_ = VideoEncoder::start(path, options.video, error);
  if (!writer->encoder_) return nullptr;
  writer->frames_ = std::max<std::size_t>(options.frames, 1);
  writer->steps_ = options.steps;
  session.stepLimit = std::max(session.stepLimit, options.steps);
  session.restart();
  return writer;
}

bool AnimationWriter::writeNextFrame(const FrameRenderer& renderFrame, std::string* error) {
  LV_ASSERT(written_ < frames_, "writeNextFrame after the last frame");
  const std::size_t target = stepsAtFrame(written_, frames_, steps_);
  session_.advance(target - shown_);
  shown_ = target;
  // On failure the encoder's destructor stops ffmpeg and removes its file.
  if (!renderFrame(session_, rgba_, error) || !encoder_->addFrame(rgba_, error)) return false;
  ++written_;
  return true;
}

bool AnimationWriter::finish(std::string* error) {
  LV_ASSERT(allFramesWritten(), "finish before the last frame");
  return encoder_->finish(error);
}

std::optional<bool> AnimationWriter::pollFinish(std::string* error) {
  LV_ASSERT(allFramesWritten(), "pollFinish before the last frame");
  return encoder_->pollFinish(error);
}

bool writeAnimation(const std::string& path, sim::Session& session, const AnimationOptions& options,
                    const FrameRenderer& renderFrame, std::string* error) {
  auto writer = AnimationWriter::start(path, session, options, error);
  if (!writer) return false;
  while (!writer->allFramesWritten()) {
    if (!writer->writeNextFrame(renderFrame, error)) {
      if (options.progress) std::fputc('\n', stderr);
      return false;
    }
    if (options.progress)
      std::fprintf(stderr, "\rrender: frame %zu/%zu (step %zu)", writer->framesWritten(), writer->frames(),
                   stepsAtFrame(writer->framesWritten() - 1, writer->frames(), options.steps));
  }
  if (options.progress) std::fputc('\n', stderr);
  return writer->finish(error);
}

}  // namespace lv::exports
