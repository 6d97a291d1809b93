// See video_encoder.h. posix_spawn rather than popen: no shell parses the paths, and ffmpeg's
// messages go to a temporary log we can quote instead of to the user's terminal.
#include "app/export/video_encoder.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

extern char** environ;

namespace lv::exports {
namespace {

bool fail(std::string* error, const std::string& message) {
  if (error) *error = message;
  return false;
}

bool isExecutable(const std::string& path) {
  struct stat info;
  return stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode) && access(path.c_str(), X_OK) == 0;
}

// A unique empty file beside `path` (so the final rename stays on one file system).
std::string makeTemporary(const std::string& path, std::string* error) {
  std::string pattern = path + ".tmp-XXXXXX";
  const int fd = mkstemp(pattern.data());
  if (fd < 0) {
    fail(error, "cannot write '" + path + "': " + std::strerror(errno));
    return "";
  }
  close(fd);
  return pattern;
}

}  // namespace

std::string findFfmpeg() {
  if (const char* forced = std::getenv("LOSSVIZ_FFMPEG")) return isExecutable(forced) ? forced : "";
  const char* path = std::getenv("PATH");
  std::stringstream folders(path ? path : "");
  for (std::string folder; std::getline(folders, folder, ':');)
    if (!folder.empty() && isExecutable(folder + "/ffmpeg")) return folder + "/ffmpeg";
  return "";
}

std::vector<std::string> ffmpegArguments(const VideoOptions& o, const std::string& outputPath) {
  std::vector<std::string> args = {"-hide_banner", "-loglevel",
                                   "error",        "-y",
                                   "-f",           "rawvideo",
                                   "-pix_fmt",     "rgba",
                                   "-s",           std::to_string(o.width) + "x" + std::to_string(o.height),
                                   "-r",           std::to_string(o.fps),
                                   "-i",           "-"};
  const std::vector<std::string> encoding =
      o.format == OutputFormat::Mp4
          ? std::vector<std::string>{"-c:v",    "libx264", "-pix_fmt",  "yuv420p",    "-crf", "18",
                                     "-preset", "medium",  "-movflags", "+faststart", "-f",   "mp4"}
      : o.format == OutputFormat::Webm
          ? std::vector<std::string>{"-c:v",    "libvpx-vp9", "-pix_fmt",  "yuv420p", "-crf",      "24",
                                     "-b:v",    "0",          "-deadline", "good",    "-cpu-used", "4",
                                     "-row-mt", "1",          "-f",        "webm"}
          // One palette for the whole animation, from every frame, so colours neither drift nor band.
          : std::vector<std::string>{"-filter_complex",
                                     "[0:v]split[frames][sample];[sample]palettegen=stats_mode=full[palette];"
                                     "[frames][palette]paletteuse=dither=sierra2_4a",
                                     "-loop",
                                     "0",
                                     "-f",
                                     "gif"};
  args.insert(args.end(), encoding.begin(), encoding.end());
  args.push_back(outputPath);
  return args;
}

std::unique_ptr<VideoEncoder> VideoEncoder::start(const std::string& path, const VideoOptions& options,
                                                  std::string* error) {
  if (!isAnimation(options.format)) {
    fail(error, "internal: " + std::string(formatName(options.format)) + " is not a video format");
    return nullptr;
  }
  if (options.format != OutputFormat::Gif && (options.width % 2 != 0 || options.height % 2 != 0)) {
    fail(error,
         std::string("--size: ") + formatName(options.format) + " needs an even width and height (yuv420p)");
    return nullptr;
  }
  const std::string ffmpeg = findFfmpeg();
  if (ffmpeg.empty()) {
    fail(error, std::string("cannot write ") + formatName(options.format) +
                    ": the ffmpeg program is not on PATH (Debian: apt install ffmpeg)");
    return nullptr;
  }
  std::unique_ptr<VideoEncoder> encoder(new VideoEncoder());
  encoder->options_ = options;
  encoder->path_ = path;
  encoder->temporaryPath_ = makeTemporary(path, error);
  if (encoder->temporaryPath_.empty()) return nullptr;
  char logPattern[] = "/tmp/lossviz-ffmpeg-XXXXXX";
  const int logFd = mkstemp(logPattern);
  if (logFd < 0) {
    fail(error, std::string("cannot make a log file for ffmpeg: ") + std::strerror(errno));
    return nullptr;  // the destructor removes the temporary video
  }
  encoder->logPath_ = logPattern;
  int fds[2];
  if (pipe(fds) != 0) {
    close(logFd);
    fail(error, std::string("cannot start ffmpeg: ") + std::strerror(errno));
    return nullptr;
  }
  fcntl(fds[1], F_SETFD, FD_CLOEXEC);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO);
  posix_spawn_file_actions_adddup2(&actions, logFd, STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, logFd, STDERR_FILENO);
  std::vector<std::string> args = ffmpegArguments(options, encoder->temporaryPath_);
  args.insert(args.begin(), ffmpeg);
  std::vector<char*> argv;
  for (std::string& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  const int spawned = posix_spawn(&encoder->pid_, ffmpeg.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[0]);
  close(logFd);
  if (spawned != 0) {
    close(fds[1]);
    encoder->pid_ = -1;
    fail(error, "cannot start '" + ffmpeg + "': " + std::strerror(spawned));
    return nullptr;
  }
  encoder->pipe_ = fds[1];
  return encoder;
}

VideoEncoder::~VideoEncoder() {
  if (pipe_ >= 0) close(pipe_);
  if (pid_ > 0) {
    if (!finished_) kill(pid_, SIGTERM);
    waitpid(pid_, nullptr, 0);
  }
  if (!finished_ && !temporaryPath_.empty()) unlink(temporaryPath_.c_str());
  if (!logPath_.empty()) unlink(logPath_.c_str());
}

std::string VideoEncoder::ffmpegComplaint() const {
  std::ifstream log(logPath_);
  std::string line, last;
  while (std::getline(log, line))
    if (!line.empty()) last = line;
  return last.empty() ? "no message" : last;
}

bool VideoEncoder::addFrame(const std::vector<std::uint8_t>& rgba, std::string* error) {
  const std::size_t expected = std::size_t(options_.width) * std::size_t(options_.height) * 4;
  if (pipe_ < 0 || rgba.size() != expected)
    return fail(error, "internal: frame does not match the video size");
  // A pipe whose reader has quit raises SIGPIPE; report it as an error instead of dying.
  struct sigaction ignore {
  }, previous{};
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &ignore, &previous);
  std::size_t sent = 0;
  while (sent < rgba.size()) {
    const ssize_t n = write(pipe_, rgba.data() + sent, rgba.size() - sent);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    sent += static_cast<std::size_t>(n);
  }
  sigaction(SIGPIPE, &previous, nullptr);
  if (sent == rgba.size()) return true;
  close(pipe_);
  pipe_ = -1;
  waitpid(pid_, nullptr, 0);
  pid_ = -1;
  return fail(error, "ffmpeg stopped: " + ffmpegComplaint());
}

bool VideoEncoder::finish(std::string* error) {
  if (pipe_ < 0 || pid_ <= 0) return fail(error, "ffmpeg is not running");
  close(pipe_);
  pipe_ = -1;
  int status = 0;
  while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
  return complete(status, error);
}

std::optional<bool> VideoEncoder::pollFinish(std::string* error) {
  if (pid_ <= 0) return fail(error, "ffmpeg is not running");
  if (pipe_ >= 0) {
    close(pipe_);
    pipe_ = -1;
  }
  int status = 0;
  pid_t exited = 0;
  while ((exited = waitpid(pid_, &status, WNOHANG)) < 0 && errno == EINTR) {
  }
  if (exited == 0) return std::nullopt;
  if (exited < 0) {
    pid_ = -1;
    return fail(error, std::string("cannot wait for ffmpeg: ") + std::strerror(errno));
  }
  return complete(status, error);
}

bool VideoEncoder::complete(int status, std::string* error) {
  pid_ = -1;
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return fail(error, "ffmpeg failed: " + ffmpegComplaint());
  // mkstemp made the file private; give it the permissions a newly created file gets.
  const mode_t mask = umask(0);
  umask(mask);
  chmod(temporaryPath_.c_str(), 0666 & ~mask);
  if (std::rename(temporaryPath_.c_str(), path_.c_str()) != 0)
    return fail(error, "cannot write '" + path_ + "': " + std::strerror(errno));
  finished_ = true;
  return true;
}

}  // namespace lv::exports
