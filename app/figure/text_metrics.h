// How wide a piece of text is, for layout. The ImGui overlay measures with its font, vector export
// with its own; headless tests use the estimate below (DejaVu Sans averages about 0.6 em per
// character in these labels), so layout is testable without a font.
#pragma once

#include <functional>
#include <string_view>

namespace lv::figure {

struct TextMetrics {
  double fontSize = 16;  ///< layout pixels
  /// Width of one line of text in layout pixels; empty: the estimate approximateTextWidth().
  std::function<double(std::string_view)> measure;

  double width(std::string_view text) const;
  double lineHeight() const { return fontSize; }
};

/// 0.6 × fontSize per character (UTF-8 code points, not bytes).
double approximateTextWidth(std::string_view text, double fontSize);

}  // namespace lv::figure
