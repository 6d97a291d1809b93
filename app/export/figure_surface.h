// The surface under a cairo figure: its colours as an embedded image (surface_image.h) and its
// contour lines as vector paths (contours.h), coloured as shaders/surface.frag.glsl colours them.
#pragma once

#include "app/sim/color_scale.h"
#include "app/figure/figure.h"
#include "app/sim/session.h"

#include <cairo.h>

namespace lv::exports {

/// Opacity of contour lines over the surface (render::SurfaceStyle's contourOpacity).
constexpr double kContourOpacity = 0.35;
/// Width of a contour line in pixels: the shader's anti-aliased profile (full within 0.35 pixels of
/// the level, gone beyond 1.15) is about this wide.
constexpr double kContourWidth = 1.5;

/// Paints the canvas with the surface colours as an image of `imagePerPixel` image pixels per
/// layout pixel.
void drawSurfaceImage(cairo_t* cr, const figure::Figure& figure, const sim::Session& session,
                      const sim::ColorScale& scale, double imagePerPixel);

/// Strokes scale.contourCount contour levels (none when 0).
void drawContours(cairo_t* cr, const figure::Figure& figure, const sim::Session& session,
                  const sim::ColorScale& scale);

}  // namespace lv::exports
