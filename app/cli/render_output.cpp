// See render_output.h.
#include "app/cli/render_output.h"

#include "app/export/frame_schedule.h"
#include "app/export/png_density.h"
#include "app/export/vector_figure.h"
#include "app/render/png_writer.h"
#include "app/sim/atomic_file.h"

#include <unistd.h>

#include <cmath>
#include <cstdio>

namespace lv::cli {

using exports::OutputFormat;

bool RenderOutput::drawnByCairo() const {
  return format == OutputFormat::Svg || format == OutputFormat::Pdf ||
         (format == OutputFormat::Png && transparent);
}

std::vector<FlagSpec> renderOutputFlags() {
  return {
      {"out", "FILE", "output .png, .svg, .pdf, or with --animate .mp4, .webm, .gif (written atomically)"},
      {"dpi", "N",
       "pixels per inch; a layout pixel is 1/96 in (PNG/video: multiple of 96, default 96; "
       "SVG/PDF: surface image, default 192)"},
      {"transparent", nullptr, "leave the surface colours out (contours, trails, axes, legend stay)"},
      {"animate", nullptr, "an animation: frame i shows round(i*steps/(frames-1)) steps of every run"},
      {"fps", "N", "animation frames per second (default 30; GIF keeps 1/100 s delays)"},
      {"frames", "N", "animation frames (default 120)"},
      {"seconds", "S", "animation length instead of --frames (frames = round(S*fps))"}};
}

RenderOutput renderOutputFromFlags(const Flags& flags, int width, int height) {
  RenderOutput output;
  const auto out = lastValue(flags, "out");
  if (!out || out->empty()) throw UsageError{"missing --out FILE (.png, .svg, .pdf, .mp4, .webm or .gif)"};
  output.path = *out;
  std::string error;
  const auto format = exports::outputFormatOf(*out, &error);
  if (!format) throw UsageError{error};
  output.format = *format;
  output.width = width;
  output.height = height;
  output.transparent = hasFlag(flags, "transparent");
  const bool animate = hasFlag(flags, "animate");
  if (animate != exports::isAnimation(output.format))
    throw UsageError{animate ? "--animate: --out must end in .mp4, .webm or .gif"
                             : "--out " + output.path + ": a video needs --animate"};
  if (animate && output.transparent) throw UsageError{"--transparent: videos are opaque"};
  const bool vector = output.format == OutputFormat::Svg || output.format == OutputFormat::Pdf;
  output.dpi = vector ? 2 * exports::kLayoutDpi : exports::kLayoutDpi;
  if (auto dpi = lastValue(flags, "dpi"))
    output.dpi = static_cast<double>(parseCount(*dpi, "--dpi", 24, 2400));
  if (!output.drawnByCairo()) {
    if (std::fmod(output.dpi, exports::kLayoutDpi) != 0)
      throw UsageError{
          "--dpi: PNG and video pictures are drawn at whole multiples of 96 (96, 192, 288, ...)"};
    output.scale = static_cast<int>(output.dpi / exports::kLayoutDpi);
  }
  const double side = std::max(width, height) * output.dpi / exports::kLayoutDpi;
  if (!vector && side > exports::kMaxImageSide)
    throw UsageError{"--dpi: the picture would exceed " + std::to_string(exports::kMaxImageSide) +
                     " pixels per side"};
  if (auto fps = lastValue(flags, "fps"))
    output.fps = static_cast<int>(parseCount(*fps, "--fps", 1, exports::kMaxAnimationFps));
  if (auto frames = lastValue(flags, "frames"))
    output.frames =
        static_cast<std::size_t>(parseCount(*frames, "--frames", 1, exports::kMaxAnimationFrames));
  if (auto seconds = lastValue(flags, "seconds")) {
    if (hasFlag(flags, "frames")) throw UsageError{"--seconds cannot be combined with --frames"};
    const double s = parseNumber(*seconds, "--seconds");
    if (!(s > 0 && s * output.fps <= exports::kMaxAnimationFrames))
      throw UsageError{"--seconds: expected a length in (0, 100000/fps]"};
    output.frames = exports::framesForSeconds(s, output.fps);
  }
  return output;
}

int writeCairoOutput(const RenderOutput& output, const sim::Session& session,
                     const exports::FigureOptions& marks) {
  exports::FigureOptions options;
  options.inspection = marks.inspection;
  options.ghosts = marks.ghosts;
  options.format = output.format;
  options.width = output.width;
  options.height = output.height;
  options.dpi = output.dpi;
  options.transparent = output.transparent;
  std::string error;
  if (!exports::writeFigure(output.path, session, options, &error)) {
    std::fprintf(stderr, "lossviz render: %s\n", error.c_str());
    return 2;
  }
  return 0;
}

bool writePngOutput(const RenderOutput& output, const std::vector<std::uint8_t>& rgba, std::string* error) {
  std::string png;
  if (!render::encodePng(rgba, output.width * output.scale, output.height * output.scale, png, error)) {
    if (error) *error = "cannot write '" + output.path + "': " + *error;
    return false;
  }
  exports::setPngDensity(png, output.dpi);
  return sim::writeFileAtomic(output.path, png, error);
}

bool writeAnimationOutput(const RenderOutput& output, sim::Session& session, std::size_t steps,
                          const exports::FrameRenderer& renderFrame, std::string* error) {
  exports::AnimationOptions options;
  options.video = {output.format, output.width * output.scale, output.height * output.scale, output.fps};
  options.frames = output.frames;
  options.steps = steps;
  options.progress = isatty(STDERR_FILENO) != 0;
  return exports::writeAnimation(output.path, session, options, renderFrame, error);
}

}  // namespace lv::cli
