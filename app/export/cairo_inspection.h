// Draws the inspected step's marks and the ghost paths of a figure::Figure with cairo, as the
// window's overlay draws them (app/ui/figure_overlay): ghosts faded and dashed, eigen-axes and
// rings with a dark outline, arrow labels, and the inspection key. The arrows themselves are
// cairo_marks' drawMarkers.
#pragma once

#include "app/figure/figure.h"

#include <cairo.h>

namespace lv::exports {

/// Ghost paths (drawn before the trails, under them).
void drawGhosts(cairo_t* cr, const figure::Figure& figure);
/// Eigen-axes, inspected-step rings and arrow labels (after the markers).
void drawInspectionMarks(cairo_t* cr, const figure::Figure& figure);
/// The inspection key's plate and rows (after the overlay).
void drawInspectionKey(cairo_t* cr, const figure::Figure& figure);

}  // namespace lv::exports
