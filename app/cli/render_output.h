// What `render` writes and how: the output flags (--out with its format by extension, --dpi,
// --transparent, --animate, --fps, --frames, --seconds), checked once, and the writers for each
// format (cairo figures from app/export, PNG with its density, ffmpeg animations of GL frames).
#pragma once

#include "app/cli/args.h"
#include "app/export/animation.h"
#include "app/export/output_format.h"
#include "app/export/vector_figure.h"
#include "app/sim/session.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lv::cli {

struct RenderOutput {
  std::string path;
  exports::OutputFormat format = exports::OutputFormat::Png;
  int width = 1280, height = 720;  ///< layout pixels (--size)
  double dpi = exports::kLayoutDpi;
  int scale = 1;  ///< GL pixels per layout pixel for PNG and animation frames (dpi / 96)
  bool transparent = false;
  std::size_t frames = 120;
  int fps = 30;
  /// SVG, PDF and transparent PNG are drawn by cairo without a GL context.
  bool drawnByCairo() const;
};

/// The output flags to list in render's VerbSpec.
std::vector<FlagSpec> renderOutputFlags();

/// Reads and checks the output flags for a `width` × `height` figure. Throws UsageError (one line)
/// for a missing --out, an unsupported extension, --animate without a video extension (or a video
/// extension without --animate), and values out of range.
RenderOutput renderOutputFromFlags(const Flags& flags, int width, int height);

/// Writes the cairo-drawn formats with `marks`' inspection and ghosts (its other fields are
/// ignored); returns the exit status (2 with one line on stderr on failure).
int writeCairoOutput(const RenderOutput& output, const sim::Session& session,
                     const exports::FigureOptions& marks = {});

/// Writes `rgba` (the GL picture, width·scale × height·scale) as a PNG recording output.dpi.
bool writePngOutput(const RenderOutput& output, const std::vector<std::uint8_t>& rgba, std::string* error);

/// Writes the animation of `session` over `steps` updates with frames from `renderFrame`.
bool writeAnimationOutput(const RenderOutput& output, sim::Session& session, std::size_t steps,
                          const exports::FrameRenderer& renderFrame, std::string* error);

}  // namespace lv::cli
