// Draws a figure::Figure with cairo: the shared pieces (text in DejaVu Sans, sized as the window's
// ImGui font, whose pixel size is ascent + descent) and the overlay (axes, labels, legend, colour
// bar). The marks on the landscape are in cairo_marks.h. Coordinates are layout pixels.
#pragma once

#include "app/figure/figure.h"
#include "app/figure/text_metrics.h"

#include <cairo.h>

namespace lv::exports {

/// The family every exported text uses (the window's font).
constexpr const char* kFontFamily = "DejaVu Sans";

/// The window's font size at UI scale 1 (pixels from ascent to descent), used by exported figures.
constexpr double kFigureFontPixels = 16;

/// Selects the figure font on `cr` so that a line is `fontSize` pixels tall; returns its ascent.
double useFigureFont(cairo_t* cr, double fontSize);

/// Text widths measured with the figure font, for laying the figure out as it will be drawn.
figure::TextMetrics cairoTextMetrics(double fontSize);

/// Fills or strokes in `color` scaled by `alpha`.
void setColor(cairo_t* cr, const figure::Rgba& color, double alpha = 1);

/// `text` with its line's top-left at text.at, as text (not outlines), in text.color × alpha.
void drawText(cairo_t* cr, const figure::Text& text, double fontSize, double alpha = 1);

/// Grid lines, tick stubs and tick labels.
void drawAxes(cairo_t* cr, const figure::Figure& figure);
/// Diverged-run labels, the legend and the colour bar.
void drawOverlay(cairo_t* cr, const figure::Figure& figure);

}  // namespace lv::exports
