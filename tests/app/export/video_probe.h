// Judging videos with independent tools, for the tests of `render --animate` and the window's Record
// button: ffprobe's frame count, size and rate, one frame decoded by ffmpeg, and PSNR between
// pictures. Tests that need a tool skip, saying why, when it is missing.
#pragma once

#include "tests/app/ui/render_cli.h"

#include <string>

namespace lv::test {

/// Whether the program `name` is on PATH.
bool haveTool(const std::string& name);

#define REQUIRE_TOOL(name) \
  if (!::lv::test::haveTool(name)) GTEST_SKIP() << name " is not installed (scripts/setup installs it)"

/// Runs `command` through the shell; its stdout and stderr together.
std::string shell(const std::string& command);

/// Peak signal-to-noise ratio of RGB `a` against `b` in dB (99 when equal, 0 when sizes differ).
double psnr(const Image& a, const Image& b);

/// ffprobe's lines "width=…", "height=…", "r_frame_rate=…", "nb_read_frames=…" for a video.
struct Probe {
  std::string text;
  bool has(const std::string& line) const { return text.find(line) != std::string::npos; }
};
Probe probe(const std::string& video);

/// Frame `index` (0-based) of `video`, decoded by ffmpeg into a temporary PNG.
Image frameOf(const std::string& video, int index);

}  // namespace lv::test
