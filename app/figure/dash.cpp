// See dash.h. The round-cap lengths are the GL trail's (what the window and PNG pictures always
// showed for dashed and dotted lines); dash-dot's gaps equal the dashed pattern's, wide enough that
// its dot stays apart from the dashes once anti-aliased.
#include "app/figure/dash.h"

namespace lv::figure {

double DashSequence::period() const {
  double sum = 0;
  for (int i = 0; i < count; ++i) sum += lengths[i];
  return sum;
}

DashSequence dashSequence(DashPattern pattern, LineCap cap) {
  DashSequence sequence;
  switch (pattern) {
    case DashPattern::Solid:
      return sequence;
    case DashPattern::Dashed:
      sequence = {2, {3, 2.5}};
      break;
    case DashPattern::Dotted:
      sequence = {2, {0, 2.2}};
      break;
    case DashPattern::DashDot:
      sequence = {4, {3, 2.5, 0, 2.5}};
      break;
  }
  if (cap == LineCap::Butt)
    for (int i = 0; i < sequence.count; ++i) sequence.lengths[i] += i % 2 == 0 ? 1 : -1;
  return sequence;
}

}  // namespace lv::figure
