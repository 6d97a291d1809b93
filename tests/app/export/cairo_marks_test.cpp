// cairo export dashes lines with figure::dashSequence (round caps, as the GL trails): the lengths
// setDash gives cairo are the sequence's times the line width (dots a hair longer than 0, which
// cairo would fold away), Solid sets none, and a dash-dot line shows its dots.
#include "app/export/cairo_marks.h"
#include "app/figure/dash.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <memory>
#include <vector>

namespace lv::exports {
namespace {

TEST(CairoMarks, DashesAreTheFiguresSequence) {
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 8, 8), cairo_surface_destroy);
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);
  const double width = 2.5;
  for (figure::DashPattern pattern : {figure::DashPattern::Solid, figure::DashPattern::Dashed,
                                      figure::DashPattern::Dotted, figure::DashPattern::DashDot}) {
    setDash(cr.get(), pattern, width);
    const figure::DashSequence sequence = figure::dashSequence(pattern, figure::LineCap::Round);
    ASSERT_EQ(cairo_get_dash_count(cr.get()), sequence.count) << int(pattern);
    std::vector<double> lengths(std::size_t(sequence.count) + 1);
    double offset = -1;
    cairo_get_dash(cr.get(), lengths.data(), &offset);
    for (int i = 0; i < sequence.count; ++i)
      EXPECT_NEAR(lengths[i], sequence.lengths[i] * width, 0.01) << int(pattern) << " " << i;
    EXPECT_EQ(offset, 0);
  }
}

TEST(CairoMarks, DashDotLineShowsDashesAndDots) {
  // A 4-pixel line along row 10 of a 200 × 20 image, drawn white on black.
  std::unique_ptr<cairo_surface_t, decltype(&cairo_surface_destroy)> surface(
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, 200, 20), cairo_surface_destroy);
  std::unique_ptr<cairo_t, decltype(&cairo_destroy)> cr(cairo_create(surface.get()), cairo_destroy);
  const double width = 4;
  setDash(cr.get(), figure::DashPattern::DashDot, width);
  cairo_set_line_cap(cr.get(), CAIRO_LINE_CAP_ROUND);
  cairo_set_line_width(cr.get(), width);
  cairo_set_source_rgb(cr.get(), 1, 1, 1);
  cairo_move_to(cr.get(), 20, 10);
  cairo_line_to(cr.get(), 180, 10);
  cairo_stroke(cr.get());
  cairo_surface_flush(surface.get());
  const unsigned char* row = cairo_image_surface_get_data(surface.get()) +
                             std::ptrdiff_t(10) * cairo_image_surface_get_stride(surface.get());
  std::vector<int> lit;  // lengths of the lit runs, in pixels
  for (int x = 0, previous = 0; x < 200; ++x) {
    const int on = row[4 * x + 1] >= 128;
    if (on && !previous) lit.push_back(0);
    if (on) ++lit.back();
    previous = on;
  }
  const figure::DashSequence seen = figure::dashSequence(figure::DashPattern::DashDot, figure::LineCap::Butt);
  ASSERT_GE(lit.size(), 5u);
  for (std::size_t k = 0; k + 1 < lit.size(); ++k)  // dash, dot, dash, dot, ...
    EXPECT_NEAR(lit[k], seen.lengths[(2 * k) % 4] * width, 1.0) << "run " << k;
}

}  // namespace
}  // namespace lv::exports
