// The window's Record button, driven headless (a hidden window under Xvfb): the recording job writes
// a video whose frame count, size and rate ffprobe confirms and whose frame i is the picture after
// round(i·N/(n−1)) steps, the same video `lossviz render --scene --animate` writes; it is spread
// over window frames (the live session untouched, the window never idle meanwhile); Cancel, a
// missing ffmpeg and a failing ffmpeg leave no file and say so on the status line.
#include "app/gui/offscreen.h"
#include "app/gui/recording.h"
#include "app/sim/scene_json.h"
#include "tests/app/export/video_probe.h"
#include "tests/app/gui/hidden_window.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>

namespace lv::test {
namespace {

namespace fs = std::filesystem;

class Record : public testing::Test, protected HiddenWindow {
 protected:
  void SetUp() override {
    std::string error;
    if (!open(640, 400, &error)) GTEST_SKIP() << error;
    loop->state.playing = false;
    session.restart();
    session.advance(40);
    folder = tempPath("videos");
    fs::create_directories(folder);
    loop->state.exportFolder = folder;
  }
  void TearDown() override { close(); }

  // What the window shows after `steps` steps of the scene at width × height, without the panels:
  // the scene rebuilt at that step count, as `render --steps` does, not the recording's replay.
  Image still(size_t steps, int width, int height) {
    sim::Scene scene = session.toScene();
    scene.steps = steps;
    sim::Session at = sim::Session::fromScene(scene);
    // The window's state less the explainer's marks, which videos leave out (as render --animate).
    ui::UiState state = loop->state;
    state.showStateArrows = false;
    gui::CanvasRenderer renderer;
    std::vector<std::uint8_t> rgba;
    std::string error;
    EXPECT_TRUE(gui::renderOffscreen(at, state, renderer, width, height, 1, false, rgba, &error)) << error;
    Image image{width, height, {}};
    for (std::size_t i = 0; i < rgba.size(); i += 4)
      image.rgb.insert(image.rgb.end(), &rgba[i], &rgba[i + 3]);
    return image;
  }

  // Asks the window for a recording, as the panel's Record button does.
  ui::RecordSettings& requestRecording(exports::OutputFormat format, int fps, int frames,
                                       ui::RecordSettings::Size size = ui::RecordSettings::Size::Window) {
    ui::RecordSettings& record = loop->state.record;
    record.format = format;
    record.fps = fps;
    record.frames = frames;
    record.size = size;
    record.startRequested = true;
    return record;
  }

  // Window frames until the recording is over (or a generous number of them has passed).
  int frameUntilRecorded() {
    int frames = 0;
    do {
      gui::windowFrame(*loop, session);
      ++frames;
      if (loop->state.record.active) {
        EXPECT_FALSE(gui::windowIsIdle(*loop, session));
      }
    } while (loop->state.record.active && frames < 5000);
    return frames;
  }

  std::size_t entries() const {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), {}));
  }

  sim::Session session = sim::Session::fromScene(sim::defaultScene());
  std::string folder;
};

TEST_F(Record, GifFramesAreTheStatesAfterTheirStepsOneFramePerSliceAtNoBudget) {
  REQUIRE_TOOL("ffprobe");
  gui::RecordingRequest request;
  request.path = folder + "/race.gif";
  request.animation.video = {exports::OutputFormat::Gif, 320, 200, 25};  // 25 fps: 4/100 s exactly
  request.animation.frames = 5;
  request.animation.steps = 40;
  const sim::Vec2 head = session.runs[0].run.trajectory().points.back();
  std::string error;
  auto recording = gui::Recording::start(session, loop->state, request, &error);
  if (!recording && error.find("ffmpeg") != std::string::npos) GTEST_SKIP() << error;
  ASSERT_TRUE(recording) << error;
  gui::Recording::Progress progress = gui::Recording::Progress::Running;
  for (std::size_t slice = 1; progress == gui::Recording::Progress::Running; ++slice) {
    progress = recording->advance(0.0, &error);
    if (slice <= 5) {
      EXPECT_EQ(recording->framesWritten(), slice) << "a slice with no time left writes one frame";
    }
    ASSERT_LT(slice, 100000u);
  }
  ASSERT_EQ(progress, gui::Recording::Progress::Done) << error;
  recording.reset();
  EXPECT_EQ(session.stepCount(), 40u) << "the live session is neither replayed nor advanced";
  EXPECT_EQ(session.runs[0].run.trajectory().points.back(), head);
  EXPECT_EQ(entries(), 1u) << "no temporary file is left beside the video";

  const Probe p = probe(request.path);
  EXPECT_TRUE(p.has("width=320") && p.has("height=200") && p.has("r_frame_rate=25/1") &&
              p.has("nb_read_frames=5"))
      << p.text;
  const size_t steps[5] = {0, 10, 20, 30, 40};  // round(i·40/4)
  for (int i = 0; i < 5; ++i) EXPECT_GT(psnr(frameOf(request.path, i), still(steps[i], 320, 200)), 30) << i;
  // The measure tells the states apart: the last frame is far from the start.
  EXPECT_LT(psnr(frameOf(request.path, 4), still(0, 320, 200)),
            psnr(frameOf(request.path, 4), still(40, 320, 200)) - 3);
}

// Through the window: the Record request is carried out over several window frames; the status line
// names the absolute path and the frame count; the result is what `render --scene --animate` gives.
TEST_F(Record, TheWindowRecordsTheSameVideoAsRenderAnimate) {
  REQUIRE_TOOL("ffprobe");
  loop->state.showArrows = false;  // as `render` draws
  requestRecording(exports::OutputFormat::Mp4, 10, 5);
  const int frames = frameUntilRecorded();
  const ui::StatusLine& status = loop->state.exportStatus;
  if (status.isError && status.text.find("ffmpeg") != std::string::npos) GTEST_SKIP() << status.text;
  ASSERT_FALSE(status.isError) << status.text;
  EXPECT_GT(frames, 1) << "a 640x400 video of 5 frames is not written in one 30 ms slice on llvmpipe";
  ASSERT_EQ(entries(), 1u);
  const std::string video = fs::directory_iterator(folder)->path().string();
  EXPECT_EQ(status.text, "wrote " + video + " (5 frames)");
  EXPECT_EQ(video.substr(video.size() - 4), ".mp4");
  EXPECT_EQ(session.stepCount(), 40u);
  const Probe p = probe(video);
  EXPECT_TRUE(p.has("width=640") && p.has("height=400") && p.has("r_frame_rate=10/1") &&
              p.has("nb_read_frames=5"))
      << p.text;

  const std::string scene = tempPath("scene.json"), rendered = tempPath("rendered.mp4");
  std::string error;
  ASSERT_TRUE(sim::saveScene(scene, session.toScene(), &error)) << error;
  expectCleanRender(
      renderCli("--scene " + scene + " --size 640x400 --animate --fps 10 --frames 5 --out " + rendered),
      "render");
  for (int i = 0; i < 5; ++i) EXPECT_GT(psnr(frameOf(video, i), frameOf(rendered, i)), 30) << i;
  EXPECT_GT(psnr(frameOf(video, 2), still(20, 640, 400)), 30);
  for (int i = 0; i < 4; ++i) gui::windowFrame(*loop, session);
  EXPECT_TRUE(gui::windowIsIdle(*loop, session)) << "idle again once the recording is over";
}

TEST_F(Record, CancelOrClosingTheWindowLeavesNoFile) {
  ui::RecordSettings& record = requestRecording(exports::OutputFormat::Gif, 25, 1000);
  gui::windowFrame(*loop, session);
  if (loop->state.exportStatus.isError) GTEST_SKIP() << loop->state.exportStatus.text;
  ASSERT_TRUE(record.active);
  gui::windowFrame(*loop, session);
  EXPECT_GT(record.framesWritten, 0u);
  EXPECT_EQ(record.framesTotal, 1000u);
  EXPECT_EQ(entries(), 1u) << "the temporary video";
  record.cancelRequested = true;
  gui::windowFrame(*loop, session);
  EXPECT_FALSE(record.active);
  EXPECT_EQ(entries(), 0u);
  EXPECT_EQ(loop->state.exportStatus.text, "recording cancelled: nothing written");
  // Closing the window in the middle of a recording cancels it too.
  requestRecording(exports::OutputFormat::Mp4, 25, 1000);
  gui::windowFrame(*loop, session);
  EXPECT_EQ(entries(), 1u);
  close();
  EXPECT_EQ(entries(), 0u);
}

TEST_F(Record, AMissingOrFailingFfmpegIsOneClearLineAndNoFile) {
  const ui::StatusLine& status = loop->state.exportStatus;
  setenv("LOSSVIZ_FFMPEG", "/nonexistent/ffmpeg", 1);
  const ui::RecordSettings& record = requestRecording(exports::OutputFormat::Mp4, 30, 120);
  gui::windowFrame(*loop, session);
  EXPECT_FALSE(record.active);
  EXPECT_TRUE(status.isError);
  EXPECT_EQ(status.text, "cannot write mp4: the ffmpeg program is not on PATH (Debian: apt install ffmpeg)");
  EXPECT_EQ(entries(), 0u);

  // An ffmpeg without the encoder: its complaint is passed on and the partial video removed.
  const std::string fake = tempPath("ffmpeg");
  std::ofstream(fake) << "#!/bin/sh\ncat >/dev/null\necho \"Unknown encoder 'libx264'\" >&2\nexit 1\n";
  fs::permissions(fake, fs::perms::owner_all);
  setenv("LOSSVIZ_FFMPEG", fake.c_str(), 1);
  requestRecording(exports::OutputFormat::Mp4, 30, 3);
  frameUntilRecorded();
  unsetenv("LOSSVIZ_FFMPEG");
  EXPECT_TRUE(status.isError);
  EXPECT_EQ(status.text, "ffmpeg failed: Unknown encoder 'libx264'");
  EXPECT_EQ(entries(), 0u);
}

// With the panels: the video is the chosen size and its left strip is the side panel, not surface.
TEST_F(Record, WithUiTheFramesShowThePanels) {
  REQUIRE_TOOL("ffprobe");
  loop->state.record.withUi = true;
  requestRecording(exports::OutputFormat::Gif, 25, 2, ui::RecordSettings::Size::Hd720);
  frameUntilRecorded();
  ASSERT_FALSE(loop->state.exportStatus.isError) << loop->state.exportStatus.text;
  ASSERT_EQ(entries(), 1u);
  const std::string video = fs::directory_iterator(folder)->path().string();
  const Probe p = probe(video);
  EXPECT_TRUE(p.has("width=1280") && p.has("height=720") && p.has("nb_read_frames=2")) << p.text;
  const Image frame = frameOf(video, 1), bare = still(40, 1280, 720);
  auto meanOfLeftStrip = [](const Image& image) {
    double sum = 0;
    for (int y = 100; y < 600; ++y)
      for (int x = 20; x < 300; ++x) sum += image.at(x, y)[1];
    return sum / (500.0 * 280.0);
  };
  EXPECT_LT(meanOfLeftStrip(frame), 60) << "dark panel";
  EXPECT_GT(meanOfLeftStrip(bare), 90) << "viridis surface";
}

}  // namespace
}  // namespace lv::test
