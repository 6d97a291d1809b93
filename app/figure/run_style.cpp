// See run_style.h.
#include "app/figure/run_style.h"

#include <algorithm>
#include <cstdio>
#include <string_view>
#include <utility>
#include <vector>

namespace lv::figure {

MarkerShape runMarkerShape(std::size_t index) {
  static const MarkerShape kShapes[] = {MarkerShape::Disc, MarkerShape::Square, MarkerShape::Triangle,
                                        MarkerShape::Diamond, MarkerShape::Cross};
  return kShapes[index % (sizeof kShapes / sizeof kShapes[0])];
}

DashPattern runDashPattern(std::size_t index) {
  static const DashPattern kDashes[] = {DashPattern::Solid, DashPattern::Dashed, DashPattern::Dotted,
                                        DashPattern::DashDot};
  return kDashes[(index / kPaletteSize) % (sizeof kDashes / sizeof kDashes[0])];
}

}  // namespace lv::figure
