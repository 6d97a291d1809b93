// See history.h.
#include "app/sim/history.h"

#include <algorithm>

namespace lv::sim {
namespace {

bool sameOptimizer(const optim::Optimizer& a, const optim::Optimizer& b) {
  if (a.name() != b.name()) return false;
  for (size_t i = 0; i < a.paramCount(); ++i)
    if (a.param(i) != b.param(i)) return false;
  return true;
}

bool sameRun(const RunSpec& a, const RunSpec& b) {
  return sameOptimizer(a.optimizer, b.optimizer) && a.edits.size() == b.edits.size() && a.edits == b.edits &&
         a.start == b.start && a.color == b.color && a.visible == b.visible && a.label == b.label;
}

}  // namespace

bool editsDiffer(const Scene& a, const Scene& b) {
  return a.landscape.name != b.landscape.name || a.colors.colormap != b.colors.colormap ||
         a.colors.logScale != b.colors.logScale || a.colors.contourCount != b.colors.contourCount ||
         a.stepLimit != b.stepLimit || a.restartOnChange != b.restartOnChange ||
         a.runs.size() != b.runs.size() || !std::equal(a.runs.begin(), a.runs.end(), b.runs.begin(), sameRun);
}

History::History(size_t depth) : depth_(std::max<size_t>(depth, 1)) {}

void History::reset(const Scene& scene) {
  recorded_ = scene;
  undo_.clear();
  redo_.clear();
}

void History::observe(const Scene& now, bool settled) {
  if (!settled || !editsDiffer(now, recorded_)) return;
  undo_.push_back(std::move(recorded_));
  if (undo_.size() > depth_) undo_.pop_front();
  redo_.clear();
  recorded_ = now;
}

std::optional<Scene> History::undo(const Scene& current) { return travel(undo_, redo_, current); }

std::optional<Scene> History::redo(const Scene& current) { return travel(redo_, undo_, current); }

std::optional<Scene> History::travel(std::deque<Scene>& from, std::deque<Scene>& to, const Scene& current) {
  if (from.empty()) return std::nullopt;
  Scene target = std::move(from.back());
  from.pop_back();
  to.push_back(current);
  target.steps = current.steps;
  target.view = current.view;
  target.stepsPerSecond = current.stepsPerSecond;
  recorded_ = target;
  return target;
}

}  // namespace lv::sim
