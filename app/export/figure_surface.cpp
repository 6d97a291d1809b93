// See figure_surface.h.
#include "app/export/figure_surface.h"

#include "app/export/contours.h"
#include "app/export/surface_image.h"
#include "app/sim/colormap.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace lv::exports {
void drawSurfaceImage(cairo_t* cr, const figure::Figure& fig, const sim::Session& session,
                      const sim::ColorScale& scale, double imagePerPixel) {
  const int width = std::max(1, static_cast<int>(std::lround(fig.transform.width * imagePerPixel)));
  const int height = std::max(1, static_cast<int>(std::lround(fig.transform.height * imagePerPixel)));
  const std::vector<std::uint32_t> pixels =
      surfacePixels([&](const optim::Vec2& p) { return session.value(p); }, fig.transform.view, width, height,
                    scale, session.colors.colormap);
  // cairo owns the image's memory: a document surface may keep it until the document is finished.
  cairo_surface_t* image = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
  if (cairo_surface_status(image) != CAIRO_STATUS_SUCCESS) {
    cairo_surface_destroy(image);
    return;
  }
  cairo_surface_flush(image);
  unsigned char* data = cairo_image_surface_get_data(image);
  const int stride = cairo_image_surface_get_stride(image);
  for (int row = 0; row < height; ++row)
    std::memcpy(data + static_cast<std::size_t>(row) * stride,
                pixels.data() + static_cast<std::size_t>(row) * width, static_cast<std::size_t>(width) * 4);
  cairo_surface_mark_dirty(image);
  cairo_save(cr);
  cairo_scale(cr, fig.transform.width / width, fig.transform.height / height);
  cairo_set_source_surface(cr, image, 0, 0);
  cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_BILINEAR);
  cairo_pattern_set_extend(cairo_get_source(cr), CAIRO_EXTEND_PAD);
  cairo_rectangle(cr, 0, 0, width, height);
  cairo_fill(cr);
  cairo_restore(cr);
  cairo_surface_destroy(image);
}

void drawContours(cairo_t* cr, const figure::Figure& fig, const sim::Session& session,
                  const sim::ColorScale& scale) {
  const int levels = scale.contourCount;
  if (levels <= 0) return;
  ContourGrid grid;
  grid.spacing = 1;
  grid.columns = static_cast<int>(std::ceil(fig.transform.width));
  grid.rows = static_cast<int>(std::ceil(fig.transform.height));
  grid.values.resize(static_cast<std::size_t>(grid.columns + 1) * (grid.rows + 1));
  for (int j = 0; j <= grid.rows; ++j) {
    for (int i = 0; i <= grid.columns; ++i) {
      const double f = session.value(fig.transform.toWorld(optim::Vec2(i, j)));
      grid.values[static_cast<std::size_t>(j) * (grid.columns + 1) + i] =
          std::isfinite(f) ? std::clamp(scale.position(f), 0.0, 1.0) * levels
                           : std::numeric_limits<double>::quiet_NaN();
    }
  }
  cairo_save(cr);
  cairo_set_line_width(cr, kContourWidth);
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  for (const ContourLine& line : contourLines(grid, levels)) {
    // The shader's ink: dark on light colours, light on dark ones, from the colour at the level.
    const auto c = sim::colormapColor(session.colors.colormap, static_cast<double>(line.level) / levels);
    const double luminance = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    double ink[3];
    for (int k = 0; k < 3; ++k) ink[k] = luminance > 0.33 ? c[k] * 0.3 : c[k] + (1 - c[k]) * 0.6;
    const std::vector<optim::Vec2>& points = line.points;
    cairo_new_path(cr);
    cairo_move_to(cr, points.front().x(), points.front().y());
    for (std::size_t i = 1; i < points.size(); ++i) cairo_line_to(cr, points[i].x(), points[i].y());
    cairo_set_source_rgba(cr, ink[0], ink[1], ink[2], kContourOpacity * line.fade);
    cairo_stroke(cr);
  }
  cairo_restore(cr);
}

}  // namespace lv::exports
