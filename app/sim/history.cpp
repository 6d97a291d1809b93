// See history.h.
#include "app/sim/history.h"

#include <algorithm>
#include <cstring>

namespace lv::sim {
namespace {

bool sameOptimizer(const optim::Optimizer& a, const optim::Optimizer& b) {
  if (a.name() != b.name()) return false;
  for (size_t i = 0; i < a.paramCount(); ++i)
    if (a.param(i) != b.param(i)) return false;
  return true;
}

// Unset schedule parameters are NaN: compared bit for bit, not as numbers.
bool sameValues(const std::vector<double>& a, const std::vector<double>& b) {
  return a.size() == b.size() &&
         (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

bool sameSchedule(const std::optional<optim::ScheduleSpec>& a, const std::optional<optim::ScheduleSpec>& b) {
  if (a.has_value() != b.has_value()) return false;
  return !a || (a->kind == b->kind && sameValues(a->values, b->values) && sameValues(a->list, b->list));
}

bool sameRun(const RunSpec& a, const RunSpec& b) {
  return sameOptimizer(a.optimizer, b.optimizer) && a.edits == b.edits &&
         sameSchedule(a.schedule, b.schedule) && a.batch == b.batch && a.start == b.start &&
         a.color == b.color && a.visible == b.visible && a.label == b.label;
}

// A range appearing where there was none is the lock's automatic fit of the first view drawn
// (pinColorRange), not an edit; a user's range replaces one, and unlocking changes lockScale.
bool sameColors(const ColorSettings& a, const ColorSettings& b) {
  return a.colormap == b.colormap && a.logScale == b.logScale && a.contourCount == b.contourCount &&
         a.lockScale == b.lockScale && (!a.range || !b.range || *a.range == *b.range);
}

bool sameData(const std::optional<ResolvedData>& a, const std::optional<ResolvedData>& b) {
  return a.has_value() == b.has_value() && (!a || a->settings == b->settings);
}

}  // namespace

bool editsDiffer(const Scene& a, const Scene& b) {
  return a.landscape.name != b.landscape.name || a.landscape.formula.text() != b.landscape.formula.text() ||
         !sameData(a.data, b.data) || !sameColors(a.colors, b.colors) || a.map != b.map ||
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
