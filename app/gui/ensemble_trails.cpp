// See ensemble_trails.h.
#include "app/gui/ensemble_trails.h"

#include <algorithm>

namespace lv::gui {

render::TrailStyle memberStyle(const render::TrailStyle& style) {
  render::TrailStyle member = style;
  member.color[3] = style.color[3] / 3;
  member.width = 0.4f * style.width;
  member.haloWidth = 0;
  member.dash = figure::DashPattern::Solid;
  member.markers = false;
  return member;
}

render::TrailStyle meanStyle(const render::TrailStyle& style) {
  render::TrailStyle mean = style;
  mean.width = 1.5f * style.width;
  return mean;
}

std::size_t syncEnsembleTrails(render::Canvas& canvas, const sim::Session& session, const render::View& view,
                               const render::Viewport& viewport, render::CanvasTarget target,
                               std::vector<render::TrailStyle>& styles) {
  // Reused from frame to frame: a frame allocates nothing once it has seen its largest ensemble.
  static thread_local std::vector<render::TrailStyle> means;
  means.clear();
  std::size_t next = session.runs.size();
  const std::size_t runs = std::min(next, styles.size());
  for (std::size_t i = 0; i < runs; ++i) {
    const sim::LiveRun& live = session.runs[i];
    if (live.ensemble.members.empty()) continue;
    means.push_back(meanStyle(styles[i]));
    styles[i] = memberStyle(styles[i]);
    for (const sim::Run& member : live.ensemble.members) {
      canvas.syncTrail(next++, member.trajectory().points, member.generation(), view, viewport, target);
      styles.push_back(styles[i]);
    }
  }
  // Means last: drawn above every member of every ensemble.
  std::size_t mean = 0;
  for (std::size_t i = 0; i < runs; ++i) {
    const sim::Ensemble& ensemble = session.runs[i].ensemble;
    if (ensemble.members.empty()) continue;
    canvas.syncTrail(next++, ensemble.meanPath, ensemble.meanGeneration.value(), view, viewport, target);
    styles.push_back(means[mean++]);
  }
  return next;
}

}  // namespace lv::gui
