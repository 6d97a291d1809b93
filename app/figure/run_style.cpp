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

std::string runLabel(const sim::Session& session, std::size_t index, std::size_t maxParams) {
  const optim::Optimizer& optimizer = session.runs.at(index).run.optimizer();
  const auto& infos = optimizer.info().params;
  std::vector<std::size_t> changed;
  for (std::size_t i = 0; i < infos.size(); ++i)
    if (optimizer.param(i) != infos[i].defaultValue) changed.push_back(i);
  // lr first: it is what a reader compares first.
  std::stable_partition(changed.begin(), changed.end(),
                        [&](std::size_t i) { return std::string_view(infos[i].name) == "lr"; });
  std::string label = optimizer.name();
  for (std::size_t n = 0; n < changed.size() && n < maxParams; ++n) {
    char value[32];
    std::snprintf(value, sizeof value, "%g", optimizer.param(changed[n]));
    label += std::string(" ") + infos[changed[n]].name + "=" + value;
  }
  return label;
}

}  // namespace lv::figure
