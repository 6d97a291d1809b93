// See cairo_figure.h.
#include "app/export/cairo_figure.h"

#include "app/export/cairo_marks.h"
#include "app/export/svg_text.h"

#include <cmath>
#include <memory>
#include <string>

namespace lv::exports {
namespace {

void roundedRectangle(cairo_t* cr, const figure::Box& b, double radius) {
  const double r = std::fmin(radius, 0.5 * std::fmin(b.width(), b.height()));
  cairo_new_sub_path(cr);
  cairo_arc(cr, b.x1 - r, b.y0 + r, r, -M_PI / 2, 0);
  cairo_arc(cr, b.x1 - r, b.y1 - r, r, 0, M_PI / 2);
  cairo_arc(cr, b.x0 + r, b.y1 - r, r, M_PI / 2, M_PI);
  cairo_arc(cr, b.x0 + r, b.y0 + r, r, M_PI, 1.5 * M_PI);
  cairo_close_path(cr);
}

void fillPlate(cairo_t* cr, const figure::Box& box, const figure::Rgba& color, double radius) {
  roundedRectangle(cr, box, radius);
  setColor(cr, color);
  cairo_fill(cr);
}

void line(cairo_t* cr, double x0, double y0, double x1, double y1, double width, const figure::Rgba& color) {
  cairo_move_to(cr, x0, y0);
  cairo_line_to(cr, x1, y1);
  cairo_set_line_width(cr, width);
  setColor(cr, color);
  cairo_stroke(cr);
}

void drawLegend(cairo_t* cr, const figure::Figure& f) {
  const figure::Legend& legend = f.legend;
  const double s = f.uiScale;
  if (legend.box.empty()) return;
  fillPlate(cr, legend.box, legend.background, 4 * s);
  roundedRectangle(cr, legend.box, 4 * s);
  cairo_set_line_width(cr, s);
  setColor(cr, legend.border);
  cairo_stroke(cr);
  for (const figure::LegendEntry& e : legend.entries) {
    const double alpha = e.visible ? 1 : 0.4;
    const double y = 0.5 * (e.swatch.y0 + e.swatch.y1);
    cairo_save(cr);
    setDash(cr, e.dash, 2.5 * s);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_move_to(cr, e.swatch.x0, y);
    cairo_line_to(cr, e.swatch.x1, y);
    cairo_set_line_width(cr, 2.5 * s);
    setColor(cr, e.color, alpha);
    cairo_stroke(cr);
    cairo_restore(cr);
    drawShape(cr, e.shape, 0.5 * (e.swatch.x0 + e.swatch.x1), y, 0.3 * e.swatch.height(), e.color, alpha);
    drawText(cr, e.name, f.fontSize, alpha);
    drawText(cr, e.detail, f.fontSize, alpha);
  }
  drawText(cr, legend.more, f.fontSize);
  for (const figure::KeyEntry& k : legend.arrowKey) {
    const double y = 0.5 * (k.swatch.y0 + k.swatch.y1);
    drawArrow(cr, k.swatch.x0, y, k.swatch.x1, y, 0.25 * k.swatch.height(), k.color);
    drawText(cr, k.text, f.fontSize);
  }
}

void drawColorBar(cairo_t* cr, const figure::ColorBar& bar, double fontSize, double uiScale) {
  fillPlate(cr, bar.plate, bar.background, 4 * uiScale);
  cairo_pattern_t* gradient = cairo_pattern_create_linear(bar.bar.x0, 0, bar.bar.x1, 0);
  for (const figure::ColorStop& stop : bar.stops)
    cairo_pattern_add_color_stop_rgba(gradient, stop.t, stop.color[0], stop.color[1], stop.color[2],
                                      stop.color[3]);
  cairo_rectangle(cr, bar.bar.x0, bar.bar.y0, bar.bar.width(), bar.bar.height());
  cairo_set_source(cr, gradient);
  cairo_fill(cr);
  cairo_pattern_destroy(gradient);
  for (const figure::Tick& tick : bar.ticks) {
    line(cr, tick.pixel, bar.bar.y0 - 3 * uiScale, tick.pixel, bar.bar.y0, uiScale, tick.label.color);
    drawText(cr, tick.label, fontSize);
  }
  drawText(cr, bar.title, fontSize);
}

// The em size useFigureFont chose (the font matrix's scale; the SVG surface is never rotated).
double emSize(cairo_t* cr) {
  cairo_matrix_t matrix;
  cairo_get_font_matrix(cr, &matrix);
  return matrix.yy;
}

}  // namespace

double useFigureFont(cairo_t* cr, double fontSize) {
  // Unhinted metrics: the same advances on image, SVG and PDF surfaces, and at any size.
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  cairo_set_font_options(cr, options);
  cairo_font_options_destroy(options);
  cairo_select_font_face(cr, kFontFamily, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  constexpr double kProbe = 100;  // extents measured large, so no rounding shows
  cairo_set_font_size(cr, kProbe);
  cairo_font_extents_t probe;
  cairo_font_extents(cr, &probe);
  const double height = (probe.ascent + probe.descent) / kProbe;
  const double em = height > 0 ? fontSize / height : fontSize;
  cairo_set_font_size(cr, em);
  return probe.ascent / kProbe * em;
}

figure::TextMetrics cairoTextMetrics(double fontSize) {
  // One small context shared by every copy of the metrics, alive as long as the last of them.
  auto surface = std::shared_ptr<cairo_surface_t>(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1),
                                                  cairo_surface_destroy);
  auto cr = std::shared_ptr<cairo_t>(cairo_create(surface.get()), cairo_destroy);
  useFigureFont(cr.get(), fontSize);
  figure::TextMetrics metrics;
  metrics.fontSize = fontSize;
  metrics.measure = [surface, cr](std::string_view text) {
    cairo_text_extents_t extents;
    cairo_text_extents(cr.get(), std::string(text).c_str(), &extents);
    return extents.x_advance;
  };
  return metrics;
}

void setColor(cairo_t* cr, const figure::Rgba& c, double alpha) {
  cairo_set_source_rgba(cr, c[0], c[1], c[2], c[3] * alpha);
}

void drawText(cairo_t* cr, const figure::Text& text, double fontSize, double alpha) {
  if (text.text.empty()) return;
  const double ascent = useFigureFont(cr, fontSize);
  if (SvgText* collector = collectedText(cr)) {
    // Where cairo would draw: in the device's units (the SVG surface's pixels).
    double x = text.at.x(), y = text.at.y() + ascent, size = emSize(cr);
    cairo_user_to_device(cr, &x, &y);
    figure::Rgba color = text.color;
    color[3] *= static_cast<float>(alpha);
    collector->lines.push_back({x, y, size, color, text.text});
    return;
  }
  setColor(cr, text.color, alpha);
  cairo_move_to(cr, text.at.x(), text.at.y() + ascent);
  cairo_show_text(cr, text.text.c_str());
  cairo_new_path(cr);
}

void drawAxes(cairo_t* cr, const figure::Figure& f) {
  const figure::Axes& axes = f.axes;
  const double w = f.transform.width, h = f.transform.height;
  for (const figure::Tick& tick : axes.x) {
    line(cr, tick.pixel, 0, tick.pixel, h, axes.gridWidth, axes.gridColor);
    line(cr, tick.pixel, h, tick.pixel, h - axes.tickLength, axes.gridWidth, axes.tickColor);
  }
  for (const figure::Tick& tick : axes.y) {
    line(cr, 0, tick.pixel, w, tick.pixel, axes.gridWidth, axes.gridColor);
    line(cr, 0, tick.pixel, axes.tickLength, tick.pixel, axes.gridWidth, axes.tickColor);
  }
  for (const figure::Tick& tick : axes.x) drawText(cr, tick.label, f.fontSize);
  for (const figure::Tick& tick : axes.y) drawText(cr, tick.label, f.fontSize);
}

void drawOverlay(cairo_t* cr, const figure::Figure& f) {
  for (const figure::CanvasLabel& label : f.labels) {
    fillPlate(cr, label.box, label.background, 3 * f.uiScale);
    drawText(cr, label.text, f.fontSize);
  }
  drawLegend(cr, f);
  if (f.colorBar) drawColorBar(cr, *f.colorBar, f.fontSize, f.uiScale);
}

}  // namespace lv::exports
