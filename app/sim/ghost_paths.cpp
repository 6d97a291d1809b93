// See ghost_paths.h.
#include "app/sim/ghost_paths.h"

#include <algorithm>

namespace lv::sim {
namespace {

std::vector<double> paramsOf(const optim::Optimizer& optimizer) {
  std::vector<double> values(optimizer.paramCount());
  for (size_t i = 0; i < values.size(); ++i) values[i] = optimizer.param(i);
  return values;
}

}  // namespace

void GhostPaths::observe(const Session& session, bool settled) {
  if (runs_.size() != session.runs.size()) runs_.assign(session.runs.size(), Seen());
  bool changed = false;
  for (size_t i = 0; i < runs_.size(); ++i) {
    const Run& run = session.runs[i].run;
    const std::vector<Vec2>& points = run.trajectory().points;
    Seen& seen = runs_[i];
    if (run.generation() == seen.generation) {
      // Appended since the last frame: copy only the new points.
      if (points.size() <= kMaxPoints && seen.points.size() < points.size())
        seen.points.insert(seen.points.end(), points.begin() + static_cast<long>(seen.points.size()),
                           points.end());
      continue;
    }
    std::vector<double> params = paramsOf(run.optimizer());
    const bool paramEdit = seen.generation != 0 && seen.optimizer == run.optimizer().name() &&
                           seen.start == run.start() && seen.params != params;
    if (!paramEdit)
      seen.ghost.clear();
    else if (armed_)
      seen.ghost = std::move(seen.points);
    changed = changed || paramEdit;
    seen.generation = run.generation();
    seen.optimizer = run.optimizer().name();
    seen.params = std::move(params);
    seen.start = run.start();
    seen.points.clear();
    if (points.size() <= kMaxPoints) seen.points.assign(points.begin(), points.end());
  }
  if (changed) armed_ = false;
  if (settled) armed_ = true;
}

const std::vector<Vec2>& GhostPaths::ghostOf(size_t index) const {
  static const std::vector<Vec2> none;
  return index < runs_.size() ? runs_[index].ghost : none;
}

bool GhostPaths::any() const {
  return std::any_of(runs_.begin(), runs_.end(), [](const Seen& s) { return !s.ghost.empty(); });
}

void GhostPaths::dismiss() {
  for (Seen& seen : runs_) seen.ghost.clear();
}

}  // namespace lv::sim
