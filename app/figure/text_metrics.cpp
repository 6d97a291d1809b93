// See text_metrics.h.
#include "app/figure/text_metrics.h"

namespace lv::figure {

double approximateTextWidth(std::string_view text, double fontSize) {
  double codePoints = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) codePoints += 1;  // not a continuation byte
  return 0.6 * fontSize * codePoints;
}

double TextMetrics::width(std::string_view text) const {
  return measure ? measure(text) : approximateTextWidth(text, fontSize);
}

}  // namespace lv::figure
