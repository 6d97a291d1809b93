// See trails.h.
#include "app/figure/trails.h"

#include "app/figure/run_style.h"

namespace lv::figure {
namespace {

// An ensemble member: the run's colour at a third of its opacity, 40 % of its width, no halo,
// solid, no markers; the spread reads as a haze behind the mean.
TrailFigure member(TrailFigure trail, TrailPath path, std::size_t index) {
  trail.path = path;
  trail.member = index;
  trail.markers = false;
  trail.color[3] /= 3;
  trail.width *= 0.4;
  trail.haloWidth = 0;
  trail.dash = DashPattern::Solid;
  return trail;
}

}  // namespace

std::vector<TrailFigure> buildTrails(const sim::Session& session, double s) {
  std::vector<TrailFigure> trails, members, means;
  for (std::size_t i = 0; i < session.runs.size(); ++i) {
    const sim::LiveRun& live = session.runs[i];
    TrailFigure trail;
    trail.run = i;
    trail.color = live.color;
    trail.visible = live.visible;
    trail.width = 2.5 * s;
    trail.haloWidth = 1.5 * s;
    trail.dash = runDashPattern(i);
    trail.headShape = runMarkerShape(i);
    if (live.ensemble.members.empty()) {
      trails.push_back(trail);
      continue;
    }
    trails.push_back(member(trail, TrailPath::Run, 0));
    for (std::size_t k = 0; k < live.ensemble.members.size(); ++k)
      members.push_back(member(trail, TrailPath::Member, k));
    TrailFigure mean = trail;
    mean.path = TrailPath::Mean;
    mean.width *= 1.5;
    means.push_back(mean);
  }
  trails.insert(trails.end(), members.begin(), members.end());
  trails.insert(trails.end(), means.begin(), means.end());  // last: above every member of every ensemble
  return trails;
}

TrailSource trailSource(const sim::Session& session, const TrailFigure& trail) {
  static const std::vector<Vec2> kNone;
  if (trail.run >= session.runs.size()) return {kNone, 0};
  const sim::LiveRun& live = session.runs[trail.run];
  switch (trail.path) {
    case TrailPath::Run:
      return {live.run.trajectory().points, live.run.generation()};
    case TrailPath::Member:
      if (trail.member >= live.ensemble.members.size()) return {kNone, 0};
      return {live.ensemble.members[trail.member].trajectory().points,
              live.ensemble.members[trail.member].generation()};
    case TrailPath::Mean:
      return {live.ensemble.meanPath, live.ensemble.meanGeneration.value()};
  }
  return {kNone, 0};
}

const std::vector<Vec2>& markedPath(const sim::LiveRun& live) {
  return live.ensemble.members.empty() ? live.run.trajectory().points : live.ensemble.meanPath;
}

}  // namespace lv::figure
