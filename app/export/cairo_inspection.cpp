// See cairo_inspection.h.
#include "app/export/cairo_inspection.h"

#include "app/export/cairo_figure.h"
#include "app/export/cairo_marks.h"

#include <algorithm>
#include <cmath>

namespace lv::exports {
namespace {

constexpr figure::Rgba kOutline{0, 0, 0, 200.0f / 255};
constexpr double kMaxCoordinate = 1e5;  // far-off points clamped, as the overlay clamps them

optim::Vec2 toPixels(const figure::Figure& f, const optim::Vec2& world) {
  const optim::Vec2 p = f.transform.toScreen(world);
  return {std::clamp(p.x(), -kMaxCoordinate, kMaxCoordinate),
          std::clamp(p.y(), -kMaxCoordinate, kMaxCoordinate)};
}

void segment(cairo_t* cr, const optim::Vec2& a, const optim::Vec2& b, double width,
             const figure::Rgba& color) {
  cairo_new_path(cr);
  cairo_move_to(cr, a.x(), a.y());
  cairo_line_to(cr, b.x(), b.y());
  cairo_set_line_width(cr, width);
  setColor(cr, color);
  cairo_stroke(cr);
}

}  // namespace

void drawGhosts(cairo_t* cr, const figure::Figure& f) {
  for (const figure::GhostFigure& ghost : f.ghosts) {
    if (ghost.points.size() < 2) continue;
    cairo_new_path(cr);
    const optim::Vec2 first = toPixels(f, ghost.points.front());
    cairo_move_to(cr, first.x(), first.y());
    for (std::size_t i = 1; i < ghost.points.size(); ++i) {
      const optim::Vec2 p = toPixels(f, ghost.points[i]);
      cairo_line_to(cr, p.x(), p.y());
    }
    const double dash[] = {ghost.dashPixels, ghost.dashPixels};
    cairo_set_dash(cr, dash, 2, 0);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    cairo_set_line_width(cr, ghost.width);
    setColor(cr, ghost.color);
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0);
  }
}

void drawInspectionMarks(cairo_t* cr, const figure::Figure& f) {
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
  for (const figure::AxisFigure& axis : f.eigenAxes) {
    const optim::Vec2 a = toPixels(f, axis.from), b = toPixels(f, axis.to);
    segment(cr, a, b, 2 * axis.width, kOutline);
    segment(cr, a, b, axis.width, axis.color);
  }
  for (const figure::PointMarker& m : f.markers) {
    if (m.kind != figure::MarkerKind::Inspected) continue;
    const optim::Vec2 c = toPixels(f, m.at);
    drawRing(cr, c.x(), c.y(), m.radius, 2.5 * f.uiScale, 1.25 * f.uiScale, m.color);
  }
  for (const figure::ArrowFigure& arrow : f.arrows) {
    figure::Text shadow = arrow.label;
    shadow.at += optim::Vec2(1, 1);
    shadow.color = {0, 0, 0, 0.8f};
    drawText(cr, shadow, f.fontSize);
    drawText(cr, arrow.label, f.fontSize);
  }
}

void drawInspectionKey(cairo_t* cr, const figure::Figure& f) {
  const figure::InspectionKey& key = f.inspectionKey;
  if (key.box.empty()) return;
  cairo_new_path(cr);
  cairo_rectangle(cr, key.box.x0, key.box.y0, key.box.width(), key.box.height());
  setColor(cr, key.background);
  cairo_fill(cr);
  for (const figure::KeyEntry& row : key.rows) {
    const double y = 0.5 * (row.swatch.y0 + row.swatch.y1);
    if (row.line)
      segment(cr, {row.swatch.x0, y}, {row.swatch.x1, y}, 3 * f.uiScale, row.color);
    else
      drawArrow(cr, row.swatch.x0, y, row.swatch.x1, y, 0.25 * row.swatch.height(), row.color);
    drawText(cr, row.text, f.fontSize);
  }
}

}  // namespace lv::exports
