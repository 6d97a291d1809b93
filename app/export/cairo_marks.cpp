// See cairo_marks.h. Sizes and colours follow the GL passes (render/trail_pass, marker_pass and
// shaders/marker.frag.glsl): a 0.7-opaque black halo, a 1.5-pixel near-black outline at 0.85.
#include "app/export/cairo_marks.h"

#include "app/export/cairo_figure.h"
#include "app/figure/dash.h"
#include "app/figure/trails.h"
#include "app/sim/polyline_lod.h"

#include <algorithm>
#include <cmath>

namespace lv::exports {
namespace {

constexpr figure::Rgba kInk{0.05f, 0.05f, 0.06f, 0.85f};
constexpr figure::Rgba kHalo{0, 0, 0, 0.7f};
constexpr double kOutline = 1.5;
constexpr double kDotLength = 1e-3;  // pixels: a dot's dash, drawn by its round caps
// Far-off points (a diverging run) are clamped, as the overlay clamps them, to stay in cairo's range.
constexpr double kMaxCoordinate = 1e5;

optim::Vec2 toPixels(const figure::Figure& f, const optim::Vec2& world) {
  const optim::Vec2 p = f.transform.toScreen(world);
  return {std::clamp(p.x(), -kMaxCoordinate, kMaxCoordinate),
          std::clamp(p.y(), -kMaxCoordinate, kMaxCoordinate)};
}

// The path of a head shape (not yet filled); sizes chosen so each covers about the disc's area.
void shapePath(cairo_t* cr, figure::MarkerShape shape, double x, double y, double r) {
  cairo_new_path(cr);
  switch (shape) {
    case figure::MarkerShape::Disc:
      cairo_arc(cr, x, y, r, 0, 2 * M_PI);
      break;
    case figure::MarkerShape::Square:
      cairo_rectangle(cr, x - 0.9 * r, y - 0.9 * r, 1.8 * r, 1.8 * r);
      break;
    case figure::MarkerShape::Triangle:
      cairo_move_to(cr, x, y - 1.3 * r);
      cairo_line_to(cr, x + 1.15 * r, y + 0.7 * r);
      cairo_line_to(cr, x - 1.15 * r, y + 0.7 * r);
      break;
    case figure::MarkerShape::Diamond:
      cairo_move_to(cr, x, y - 1.25 * r);
      cairo_line_to(cr, x + 1.25 * r, y);
      cairo_line_to(cr, x, y + 1.25 * r);
      cairo_line_to(cr, x - 1.25 * r, y);
      break;
    case figure::MarkerShape::Cross: {  // a plus sign of bars 0.7 r wide
      const double a = 0.35 * r, b = 1.1 * r;
      const double points[][2] = {{-a, -b}, {a, -b}, {a, -a}, {b, -a}, {b, a},   {a, a},
                                  {a, b},   {-a, b}, {-a, a}, {-b, a}, {-b, -a}, {-a, -a}};
      cairo_move_to(cr, x + points[0][0], y + points[0][1]);
      for (const auto& p : points) cairo_line_to(cr, x + p[0], y + p[1]);
      break;
    }
  }
  cairo_close_path(cr);
}

// The five-pointed star of a known minimum (outer radius r, inner 0.45 r, a point up).
void starPath(cairo_t* cr, double x, double y, double r) {
  cairo_new_path(cr);
  for (int i = 0; i < 10; ++i) {
    const double radius = i % 2 == 0 ? r : 0.45 * r;
    const double angle = i * M_PI / 5;
    const double px = x + radius * std::sin(angle), py = y - radius * std::cos(angle);
    i == 0 ? cairo_move_to(cr, px, py) : cairo_line_to(cr, px, py);
  }
  cairo_close_path(cr);
}

// Fills the current path in `color` over a dark outline `kOutline` wide around it.
void fillOutlined(cairo_t* cr, const figure::Rgba& color, double alpha) {
  cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_width(cr, 2 * kOutline);
  setColor(cr, kInk, alpha);
  cairo_stroke_preserve(cr);
  setColor(cr, color, alpha);
  cairo_fill(cr);
}

}  // namespace

void setDash(cairo_t* cr, figure::DashPattern dash, double width) {
  // Round caps (drawTrails, the legend): cairo measures dashes between cap centres, as the sequence does.
  const figure::DashSequence sequence = figure::dashSequence(dash, figure::LineCap::Round);
  const double w = std::max(width, 1.0);
  double lengths[4];
  // cairo (1.16) folds a zero-length dash after the first into its neighbouring gaps, which would
  // drop dash-dot's dot: dots get a thousandth of a pixel instead.
  for (int i = 0; i < sequence.count; ++i)
    lengths[i] = std::max(sequence.lengths[i] * w, i % 2 == 0 ? kDotLength : 0.0);
  cairo_set_dash(cr, sequence.count > 0 ? lengths : nullptr, sequence.count, 0);
}

void drawShape(cairo_t* cr, figure::MarkerShape shape, double x, double y, double radius,
               const figure::Rgba& color, double alpha) {
  shapePath(cr, shape, x, y, radius);
  fillOutlined(cr, color, alpha);
}

void drawRing(cairo_t* cr, double x, double y, double radius, double width, double outline,
              const figure::Rgba& color) {
  cairo_new_path(cr);
  cairo_arc(cr, x, y, radius, 0, 2 * M_PI);
  cairo_set_line_width(cr, width + 2 * outline);
  setColor(cr, kInk);
  cairo_stroke_preserve(cr);
  cairo_set_line_width(cr, width);
  setColor(cr, color);
  cairo_stroke(cr);
}

void drawArrow(cairo_t* cr, double x0, double y0, double x1, double y1, double r, const figure::Rgba& color) {
  const double length = std::hypot(x1 - x0, y1 - y0);
  if (!(length > 0)) return;
  const double ux = (x1 - x0) / length, uy = (y1 - y0) / length;
  const double head = std::min(2.4 * r, 0.7 * length), shaft = 0.3 * r;
  const double bx = x1 - ux * head, by = y1 - uy * head;  // where the head's base crosses the shaft
  cairo_new_path(cr);
  cairo_move_to(cr, x0 - uy * shaft, y0 + ux * shaft);
  cairo_line_to(cr, bx - uy * shaft, by + ux * shaft);
  cairo_line_to(cr, bx - uy * r, by + ux * r);
  cairo_line_to(cr, x1, y1);
  cairo_line_to(cr, bx + uy * r, by - ux * r);
  cairo_line_to(cr, bx + uy * shaft, by - ux * shaft);
  cairo_line_to(cr, x0 + uy * shaft, y0 - ux * shaft);
  cairo_close_path(cr);
  fillOutlined(cr, color, 1);
}

void drawTrails(cairo_t* cr, const figure::Figure& f, const sim::Session& session) {
  for (const figure::TrailFigure& trail : f.trails) {
    if (!trail.visible) continue;
    const double unitsPerPixelY = (f.transform.view.ymax - f.transform.view.ymin) / f.transform.height;
    const std::vector<optim::Vec2> world =
        sim::thinnedPolyline(figure::trailSource(session, trail).points,
                             sim::thinningTolerance(f.transform.unitsPerPixelX(), unitsPerPixelY));
    if (world.size() < 2) continue;
    std::vector<optim::Vec2> kept;
    kept.reserve(world.size());
    for (const optim::Vec2& p : world) kept.push_back(toPixels(f, p));
    cairo_new_path(cr);
    cairo_move_to(cr, kept.front().x(), kept.front().y());
    for (std::size_t i = 1; i < kept.size(); ++i) cairo_line_to(cr, kept[i].x(), kept[i].y());
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    setDash(cr, trail.dash, trail.width);
    if (trail.haloWidth > 0) {  // an ensemble member has none: its faint core would show a dark one
      cairo_set_line_width(cr, trail.width + 2 * trail.haloWidth);
      setColor(cr, kHalo);
      cairo_stroke_preserve(cr);
    }
    cairo_set_line_width(cr, trail.width);
    setColor(cr, trail.color);
    cairo_stroke(cr);
    cairo_set_dash(cr, nullptr, 0, 0);
  }
}

void drawMarkers(cairo_t* cr, const figure::Figure& f) {
  for (figure::MarkerKind kind :
       {figure::MarkerKind::Minimum, figure::MarkerKind::Start, figure::MarkerKind::Head}) {
    for (const figure::PointMarker& m : f.markers) {
      if (m.kind != kind) continue;
      const optim::Vec2 p = toPixels(f, m.at);
      if (kind == figure::MarkerKind::Minimum) {
        starPath(cr, p.x(), p.y(), m.radius);
        fillOutlined(cr, m.color, 1);
      } else if (kind == figure::MarkerKind::Head) {
        drawShape(cr, m.shape, p.x(), p.y(), m.radius, m.color);
      } else {  // a ring 0.56 r thick at 0.72 r
        drawRing(cr, p.x(), p.y(), 0.72 * m.radius, 0.56 * m.radius, kOutline, m.color);
      }
    }
  }
  for (const figure::ArrowFigure& a : f.arrows) {
    const optim::Vec2 from = toPixels(f, a.from), to = toPixels(f, a.to);
    drawArrow(cr, from.x(), from.y(), to.x(), to.y(), a.headRadius, a.color);
  }
}

}  // namespace lv::exports
