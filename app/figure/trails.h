// The trails of a figure. One per run, and for a seeded ensemble (sim/ensemble.h) its members, the
// run itself included, drawn faint and thin without markers, and its mean path drawn boldly above
// every trail with the run's start and head, so the typical path stands out of the spread. Every
// drawer (GL in 2D and 3D, cairo) draws these trails, reading their points through trailSource().
#pragma once

#include "app/figure/figure.h"
#include "app/sim/session.h"

#include <cstdint>
#include <vector>

namespace lv::figure {

/// The trails of `session` at UI scale `s`: [0, runs) the runs' own in Session::runs order (an
/// ensemble's restyled as a member), then every ensemble's other members, then every ensemble's mean.
std::vector<TrailFigure> buildTrails(const sim::Session& session, double s);

/// What a trail draws: its points in world coordinates, and their sim::TrajectoryGeneration (the
/// same generation means points were only appended since).
struct TrailSource {
  const std::vector<Vec2>& points;
  std::uint64_t generation = 0;
};
/// The points `trail` draws in `session` (none when it names no run, member or mean there).
TrailSource trailSource(const sim::Session& session, const TrailFigure& trail);

/// The path a run's start and head markers sit on: its ensemble's mean path, else its own.
const std::vector<Vec2>& markedPath(const sim::LiveRun& live);

}  // namespace lv::figure
