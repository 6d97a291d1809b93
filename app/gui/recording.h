// The window's Record button: a video of a copy of the session, replayed by the frame rule of
// `render --animate` (exports::AnimationWriter), drawn offscreen in an ImGui context of its own (so
// the live panels keep their hover, focus and scrolling) and encoded by ffmpeg a few frames per
// window frame within a time budget, so the window stays responsive. The live session is only read,
// once, when the recording starts.
#pragma once

#include "app/export/animation.h"
#include "app/gui/canvas_renderer.h"
#include "app/gui/imgui_host.h"
#include "app/sim/session.h"
#include "app/ui/ui_state.h"

#include <cstddef>
#include <memory>
#include <string>

struct ImGuiContext;

namespace lv::gui {

/// What a window frame spends on recording: a few frames, and the window still answers at ~20 fps.
constexpr double kRecordingBudgetSeconds = 0.03;

struct RecordingRequest {
  std::string path;                     ///< the video, written whole or not at all
  exports::AnimationOptions animation;  ///< format, frame size, fps, frames, steps of the last frame
  bool withUi = false;                  ///< the side panel and loss plot in the frames too
};

/// What state.record asks of a window of `windowWidth` × `windowHeight` layout pixels: a new file in
/// the export folder (sim::uniqueExportPath), the chosen size (the window's rounded down to even for
/// MP4 and WebM), fps and frames within the limits of `render`, and the session's current step
/// count for the last frame (as `render --scene` of the saved scene would use).
RecordingRequest recordingRequest(const sim::Session& session, const ui::UiState& state, int windowWidth,
                                  int windowHeight);

class Recording {
 public:
  /// Copies `session` and `state` as they are now and starts ffmpeg. Needs the window's GL context
  /// current (outside an ImGui frame). Null with one line in `*error`: no ffmpeg, a folder that
  /// cannot take the file, a size the format refuses.
  static std::unique_ptr<Recording> start(const sim::Session& session, const ui::UiState& state,
                                          const RecordingRequest& request, std::string* error);
  /// Stops ffmpeg and removes the unfinished file unless advance() returned Done (this is Cancel).
  ~Recording();
  Recording(const Recording&) = delete;
  Recording& operator=(const Recording&) = delete;

  enum class Progress { Running, Done, Failed };
  /// Draws and encodes frames until `budgetSeconds` have passed (at least one frame per call), and
  /// after the last one checks whether ffmpeg is done. Done: the file is in place. Failed: one line
  /// in `*error`; nothing is left behind once the recording is destroyed.
  Progress advance(double budgetSeconds, std::string* error);

  std::size_t framesWritten() const { return writer_->framesWritten(); }
  std::size_t frames() const { return writer_->frames(); }
  const std::string& path() const { return path_; }

 private:
  Recording(const sim::Session& session, const ui::UiState& state) : session_(session), state_(state) {}
  bool renderFrame(sim::Session& session, std::vector<std::uint8_t>& rgba, std::string* error);

  sim::Session session_;  // the copy the writer replays; declared before writer_, which refers to it
  ui::UiState state_;
  CanvasRenderer renderer_;          // its own: the live renderer caches the live session's trails
  std::unique_ptr<ImGuiHost> host_;  // the recording's ImGui context, with its own font atlas
  ImGuiContext* context_ = nullptr;
  std::unique_ptr<exports::AnimationWriter> writer_;
  std::string path_;
  int width_ = 0, height_ = 0;
  bool withUi_ = false;
};

/// The window's hook, after the frame (like a screenshot): cancels the recording when asked, starts
/// one when asked, advances it by kRecordingBudgetSeconds, and reports in state.record (active,
/// frames written) and state.exportStatus ("wrote PATH (N frames)", the error, or the cancel).
/// True when a recording ended (or failed to start): the window must draw again to show it.
bool carryOutRecording(std::unique_ptr<Recording>& recording, const sim::Session& session, ui::UiState& state,
                       int windowWidth, int windowHeight);

}  // namespace lv::gui
