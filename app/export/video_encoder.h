// Animations through the ffmpeg program: raw RGBA frames go down a pipe into
// `ffmpeg -f rawvideo -pix_fmt rgba -s WxH -r FPS -i -`, which encodes MP4 (libx264, yuv420p), WebM
// (libvpx-vp9) or GIF (a palette generated from all frames, then applied, in one filter graph). The
// video goes to a temporary file beside the target and is renamed over it only when ffmpeg succeeds.
#pragma once

#include "app/export/output_format.h"

#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lv::exports {

struct VideoOptions {
  OutputFormat format = OutputFormat::Mp4;  ///< Mp4, Webm or Gif
  int width = 0, height = 0;                ///< frame size in pixels (even for MP4 and WebM)
  int fps = 30;  ///< frames per second; GIF stores delays in 1/100 s, so 100/fps is rounded there
};

/// The ffmpeg found on PATH (or in $LOSSVIZ_FFMPEG when set), or "" when there is none.
std::string findFfmpeg();

/// ffmpeg's arguments after the program name, writing `options`' format to `outputPath`.
std::vector<std::string> ffmpegArguments(const VideoOptions& options, const std::string& outputPath);

class VideoEncoder {
 public:
  /// Starts ffmpeg writing `path`. Null with one line in `*error` when ffmpeg is missing, the folder
  /// cannot take the file, or the size does not suit the format.
  static std::unique_ptr<VideoEncoder> start(const std::string& path, const VideoOptions& options,
                                             std::string* error);
  /// Ends ffmpeg and removes the temporary file unless finish() succeeded.
  ~VideoEncoder();
  VideoEncoder(const VideoEncoder&) = delete;
  VideoEncoder& operator=(const VideoEncoder&) = delete;

  /// Sends one frame of width × height × 4 bytes, top row first. False (with ffmpeg's complaint in
  /// `*error`) once ffmpeg has stopped reading.
  bool addFrame(const std::vector<std::uint8_t>& rgba, std::string* error);
  /// Closes the pipe, waits for ffmpeg and renames the video into place. False with one line.
  bool finish(std::string* error);
  /// finish() without blocking, for a window that keeps drawing while ffmpeg encodes what it has
  /// buffered (a GIF's palette pass can take seconds): the first call closes the pipe; nullopt while
  /// ffmpeg still runs, then what finish() would have returned.
  std::optional<bool> pollFinish(std::string* error);

 private:
  VideoEncoder() = default;
  std::string ffmpegComplaint() const;
  /// After ffmpeg exited with `status`: renames the video into place, or says why not.
  bool complete(int status, std::string* error);

  VideoOptions options_;
  std::string path_, temporaryPath_, logPath_;
  pid_t pid_ = -1;
  int pipe_ = -1;
  bool finished_ = false;
};

}  // namespace lv::exports
