// A session's figure drawn with cairo into SVG, PDF or PNG: the surface colours as an embedded image
// at `dpi`, contour lines as vector paths from float64 values, trails, markers, axes, legend and
// colour bar as vector shapes, text as text. Laid out as the window lays out the canvas, so it looks
// like `lossviz render`'s PNG of the same scene at the same size.
#pragma once

#include "app/export/output_format.h"
#include "app/figure/inspection.h"
#include "app/sim/session.h"

#include <optional>
#include <string>

namespace lv::exports {

struct FigureOptions {
  OutputFormat format = OutputFormat::Svg;  ///< Svg, Pdf or Png
  int width = 1280, height = 720;           ///< layout pixels (1/96 inch): the figure's size
  /// SVG/PDF: pixels per inch of the embedded surface image (192 = 2 per layout pixel). PNG: the
  /// picture is width·dpi/96 × height·dpi/96 pixels and records `dpi` (pHYs).
  double dpi = 2 * kLayoutDpi;
  bool transparent = false;  ///< leave the surface colours out (contours and all marks stay)
  bool showArrows = false;   ///< descent and step arrows at the heads (as `render` leaves them out)
  figure::InspectionOptions inspection;     ///< the inspected step's rings, arrows, eigen-axes (none)
  const sim::GhostPaths* ghosts = nullptr;  ///< ghost paths to draw (not owned; none: no ghosts)
};

/// The whole file in memory. Nullopt with one line in `*error` when cairo fails or the surface
/// image would be too large.
std::optional<std::string> drawFigure(const sim::Session& session, const FigureOptions& options,
                                      std::string* error);

/// drawFigure written to `path` whole or not at all (sim::writeFileAtomic).
bool writeFigure(const std::string& path, const sim::Session& session, const FigureOptions& options,
                 std::string* error);

}  // namespace lv::exports
