// See recording.h.
#include "app/gui/recording.h"

#include "app/export/frame_schedule.h"
#include "app/gui/offscreen.h"
#include "app/sim/paths.h"
#include "app/ui/panels.h"

#include <imgui.h>

#include <algorithm>
#include <chrono>

namespace lv::gui {
namespace {

/// Makes `context` ImGui's current context for its scope, then the previous one again.
class UseContext {
 public:
  explicit UseContext(ImGuiContext* context) : previous_(ImGui::GetCurrentContext()) {
    ImGui::SetCurrentContext(context);
  }
  ~UseContext() { ImGui::SetCurrentContext(previous_); }
  UseContext(const UseContext&) = delete;
  UseContext& operator=(const UseContext&) = delete;

 private:
  ImGuiContext* previous_;
};

// A fresh context lays its windows out over its first frames; frames drawn with the panels are
// preceded by these, thrown away.
constexpr int kSettleFrames = 2;

}  // namespace

RecordingRequest recordingRequest(const sim::Session& session, const ui::UiState& state, int windowWidth,
                                  int windowHeight) {
  const ui::RecordSettings& record = state.record;
  RecordingRequest request;
  exports::VideoOptions& video = request.animation.video;
  video.format = record.format;
  video.fps = std::clamp(record.fps, 1, exports::kMaxAnimationFps);
  using Size = ui::RecordSettings::Size;
  video.width = record.size == Size::Hd720 ? 1280 : record.size == Size::Hd1080 ? 1920 : windowWidth;
  video.height = record.size == Size::Hd720 ? 720 : record.size == Size::Hd1080 ? 1080 : windowHeight;
  if (video.format != exports::OutputFormat::Gif) {
    video.width -= video.width % 2;  // yuv420p halves the chroma planes
    video.height -= video.height % 2;
  }
  video.width = std::clamp(video.width, 2, exports::kMaxImageSide);
  video.height = std::clamp(video.height, 2, exports::kMaxImageSide);
  const std::size_t frames = record.bySeconds ? exports::framesForSeconds(record.seconds, video.fps)
                                              : static_cast<std::size_t>(std::max(record.frames, 1));
  request.animation.frames = std::min(frames, exports::kMaxAnimationFrames);
  request.animation.steps = session.stepCount();
  request.path =
      sim::uniqueExportPath(ui::exportPath(state, "."), std::string(".") + exports::formatName(video.format));
  request.withUi = record.withUi;
  return request;
}

std::unique_ptr<Recording> Recording::start(const sim::Session& session, const ui::UiState& state,
                                            const RecordingRequest& request, std::string* error) {
  std::unique_ptr<Recording> recording(new Recording(session, state));
  // Requests and pending edits belong to the live window, not to the copy the video is drawn from.
  ui::UiState& copy = recording->state_;
  copy.record = {};
  copy.screenshotRequested = copy.fitRequested = false;
  copy.formulaEditedAt = -1;
  copy.pixelScale = 1;
  // The video replays the scene as `render --animate` does: without the explainer's marks.
  copy.inspectedStep.reset();
  copy.showStateArrows = copy.showEigenAxes = false;
  copy.ghosts.dismiss();
  recording->path_ = request.path;
  recording->width_ = request.animation.video.width;
  recording->height_ = request.animation.video.height;
  recording->withUi_ = request.withUi;
  recording->writer_ =
      exports::AnimationWriter::start(request.path, recording->session_, request.animation, error);
  if (!recording->writer_) return nullptr;
  {
    // ImGuiHost makes the context it creates current only when none is.
    UseContext none(nullptr);
    recording->host_ = std::make_unique<ImGuiHost>(nullptr, state.uiScale);
    recording->context_ = ImGui::GetCurrentContext();
  }
  if (request.withUi) {
    std::vector<std::uint8_t> discarded;
    for (int i = 0; i < kSettleFrames; ++i)
      if (!recording->renderFrame(recording->session_, discarded, error)) return nullptr;
  }
  return recording;
}

Recording::~Recording() {
  writer_.reset();  // stops ffmpeg and removes its file unless it finished
  if (!host_) return;
  UseContext use(context_);
  host_.reset();  // shuts the backend down and destroys the context while it is current
}

bool Recording::renderFrame(sim::Session& session, std::vector<std::uint8_t>& rgba, std::string* error) {
  UseContext use(context_);
  return renderOffscreen(session, state_, renderer_, width_, height_, 1, withUi_, rgba, error);
}

Recording::Progress Recording::advance(double budgetSeconds, std::string* error) {
  using Clock = std::chrono::steady_clock;
  const Clock::time_point begin = Clock::now();
  const exports::FrameRenderer render = [this](sim::Session& session, std::vector<std::uint8_t>& rgba,
                                               std::string* frameError) {
    return renderFrame(session, rgba, frameError);
  };
  while (!writer_->allFramesWritten()) {
    if (!writer_->writeNextFrame(render, error)) return Progress::Failed;
    if (std::chrono::duration<double>(Clock::now() - begin).count() >= budgetSeconds)
      return Progress::Running;
  }
  const std::optional<bool> finished = writer_->pollFinish(error);
  if (!finished) return Progress::Running;
  return *finished ? Progress::Done : Progress::Failed;
}

bool carryOutRecording(std::unique_ptr<Recording>& recording, const sim::Session& session, ui::UiState& state,
                       int windowWidth, int windowHeight) {
  ui::RecordSettings& record = state.record;
  const bool wasActive = record.active;
  if (record.cancelRequested && recording) {
    recording.reset();
    state.exportStatus = {"recording cancelled: nothing written", false};
  }
  if (record.startRequested && !recording) {
    std::string error;
    recording =
        Recording::start(session, state, recordingRequest(session, state, windowWidth, windowHeight), &error);
    if (!recording) state.exportStatus = {error, true};
  }
  const bool requested = record.startRequested;
  record.startRequested = record.cancelRequested = false;
  if (recording) {
    std::string error;
    switch (recording->advance(kRecordingBudgetSeconds, &error)) {
      case Recording::Progress::Running:
        break;
      case Recording::Progress::Done:
        state.exportStatus = {
            "wrote " + recording->path() + " (" + std::to_string(recording->frames()) + " frames)", false};
        recording.reset();
        break;
      case Recording::Progress::Failed:
        state.exportStatus = {error, true};
        recording.reset();
        break;
    }
  }
  record.active = recording != nullptr;
  record.framesWritten = recording ? recording->framesWritten() : 0;
  record.framesTotal = recording ? recording->frames() : 0;
  return (wasActive || requested) && !recording;
}

}  // namespace lv::gui
