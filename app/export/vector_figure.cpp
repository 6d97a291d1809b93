// See vector_figure.h. cairo writes SVG text as glyph outlines; so that the SVG's text stays text
// (searchable, editable in Inkscape), drawText hands each line to a collector on SVG surfaces and
// the lines are added as <text> elements over the drawing, where the window's overlay draws its text.
#include "app/export/vector_figure.h"

#include "app/export/cairo_figure.h"
#include "app/export/cairo_inspection.h"
#include "app/export/cairo_marks.h"
#include "app/export/figure_surface.h"
#include "app/export/png_density.h"
#include "app/export/surface_image.h"
#include "app/export/svg_text.h"
#include "app/figure/build.h"
#include "app/sim/atomic_file.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>

#include <cmath>
#include <memory>

namespace lv::exports {
namespace {

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

void drawScene(cairo_t* cr, const figure::Figure& fig, const sim::Session& session, const FigureOptions& o,
               const sim::ColorScale& scale) {
  if (!o.transparent) drawSurfaceImage(cr, fig, session, scale, o.dpi / kLayoutDpi);
  drawContours(cr, fig, session, scale);
  drawAxes(cr, fig);
  drawGhosts(cr, fig);
  drawTrails(cr, fig, session);
  drawMarkers(cr, fig);
  drawInspectionMarks(cr, fig);
  drawOverlay(cr, fig);
  drawInspectionKey(cr, fig);
}

}  // namespace

std::optional<std::string> drawFigure(const sim::Session& session, const FigureOptions& o,
                                      std::string* error) {
  auto fail = [&](const std::string& message) -> std::optional<std::string> {
    if (error) *error = message;
    return std::nullopt;
  };
  const double scale = o.dpi / kLayoutDpi;
  if (!(scale > 0) || o.width * scale > kMaxImageSide || o.height * scale > kMaxImageSide)
    return fail("--dpi: " + std::to_string(o.width) + "x" + std::to_string(o.height) + " at " +
                std::to_string(static_cast<long>(o.dpi)) + " dpi exceeds " + std::to_string(kMaxImageSide) +
                " pixels per side");
  sim::ViewTransform transform;
  transform.width = o.width;
  transform.height = o.height;
  transform.view = sim::fitted(session.view, o.width, o.height);
  const sim::ColorScale colorScale = sessionColorScale(session, transform.view);
  figure::FigureStyle style;
  style.showArrows = o.showArrows;
  style.inspection = o.inspection;
  style.ghosts = o.ghosts;
  style.colorMapping = colorBarMapping(colorScale, session.colors.colormap);
  const figure::TextMetrics metrics = cairoTextMetrics(kFigureFontPixels);
  const figure::Figure fig = figure::buildFigure(session, transform, style, metrics);

  std::string bytes;
  cairo_surface_t* surface = nullptr;
  switch (o.format) {
    case OutputFormat::Svg:
      surface = cairo_svg_surface_create_for_stream(appendBytes, &bytes, o.width, o.height);
      cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PX);
      break;
    case OutputFormat::Pdf:  // points are 1/72 inch, layout pixels 1/96
      surface = cairo_pdf_surface_create_for_stream(appendBytes, &bytes, o.width * 0.75, o.height * 0.75);
      break;
    case OutputFormat::Png:
      surface =
          cairo_image_surface_create(CAIRO_FORMAT_ARGB32, static_cast<int>(std::lround(o.width * scale)),
                                     static_cast<int>(std::lround(o.height * scale)));
      break;
    default:
      return fail(std::string("internal: ") + formatName(o.format) + " is not a figure format");
  }
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> owned(surface, cairo_surface_destroy);
  cairo_t* cr = cairo_create(surface);
  if (o.format == OutputFormat::Pdf) cairo_scale(cr, 0.75, 0.75);
  if (o.format == OutputFormat::Png) cairo_scale(cr, scale, scale);
  SvgText svgText;
  if (o.format == OutputFormat::Svg) collectTextInto(cr, svgText);
  drawScene(cr, fig, session, o, colorScale);
  const cairo_status_t drawn = cairo_status(cr);
  cairo_destroy(cr);
  if (o.format == OutputFormat::Png && drawn == CAIRO_STATUS_SUCCESS)
    cairo_surface_write_to_png_stream(surface, appendBytes, &bytes);
  cairo_surface_finish(surface);
  const cairo_status_t status = drawn != CAIRO_STATUS_SUCCESS ? drawn : cairo_surface_status(surface);
  if (status != CAIRO_STATUS_SUCCESS) return fail(std::string("cairo: ") + cairo_status_to_string(status));
  if (o.format == OutputFormat::Svg) insertSvgText(bytes, svgText);
  if (o.format == OutputFormat::Png && !setPngDensity(bytes, o.dpi))
    return fail("cairo wrote an unreadable PNG");
  return bytes;
}

bool writeFigure(const std::string& path, const sim::Session& session, const FigureOptions& options,
                 std::string* error) {
  const auto bytes = drawFigure(session, options, error);
  return bytes && sim::writeFileAtomic(path, *bytes, error);
}

}  // namespace lv::exports
