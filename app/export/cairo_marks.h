// Draws the marks that live on the landscape with cairo, as the GL canvas draws them: trails (a
// dark halo under a coloured core, thinned below a fraction of a pixel), start rings, head shapes,
// minimum stars and arrows, each shape with the canvas's dark outline.
#pragma once

#include "app/figure/figure.h"
#include "app/sim/session.h"

#include <cairo.h>

namespace lv::exports {

/// Every visible trail of `session` as one polyline per run, in `figure`'s pixels and styles,
/// thinned as the GL trails are (sim::thinnedPolyline, a quarter pixel).
void drawTrails(cairo_t* cr, const figure::Figure& figure, const sim::Session& session);
/// Minima, start rings, heads and arrows, in that order.
void drawMarkers(cairo_t* cr, const figure::Figure& figure);

/// A head shape of `radius` pixels centred at (x, y), filled in `color` with the dark outline.
void drawShape(cairo_t* cr, figure::MarkerShape shape, double x, double y, double radius,
               const figure::Rgba& color, double alpha = 1);
/// A ring of line `width` at `radius` around (x, y) in `color`, with the dark outline `outline`
/// pixels wide on both sides (start markers, the inspected step's rings).
void drawRing(cairo_t* cr, double x, double y, double radius, double width, double outline,
              const figure::Rgba& color);
/// Sets `dash` on `cr` (figure::dashSequence) for a round-capped line `width` pixels wide.
void setDash(cairo_t* cr, figure::DashPattern dash, double width);
/// An arrow from (x0, y0) to (x1, y1) with a head of half-width `headRadius`, outlined.
void drawArrow(cairo_t* cr, double x0, double y0, double x1, double y1, double headRadius,
               const figure::Rgba& color);

}  // namespace lv::exports
