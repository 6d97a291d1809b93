// Text in SVG figures as <text> elements. cairo's SVG surface draws text as glyph outlines, which a
// reader cannot search, select or edit; so on SVG surfaces drawText() records each line here and
// the lines are written as <text> in DejaVu Sans on top of the drawing (where the window's overlay
// draws its text too).
#pragma once

#include "app/figure/figure.h"

#include <cairo.h>

#include <string>
#include <vector>

namespace lv::exports {

struct SvgText {
  struct Line {
    double x = 0, baseline = 0, fontSize = 16;  ///< user units (pixels); fontSize is the em size
    figure::Rgba color{1, 1, 1, 1};
    std::string text;  ///< UTF-8
  };
  std::vector<Line> lines;
};

/// From now on drawText() on `cr` appends to `text` (which must outlive `cr`) instead of drawing.
void collectTextInto(cairo_t* cr, SvgText& text);
/// The collector attached to `cr`, or null when text is drawn as glyphs.
SvgText* collectedText(cairo_t* cr);

/// Adds `text` as one group of <text> elements just before the closing </svg> of `svg`.
void insertSvgText(std::string& svg, const SvgText& text);

/// `text` with &, <, >, " escaped for XML.
std::string xmlEscaped(const std::string& text);

}  // namespace lv::exports
