// See step_inspector.h.
#include "app/sim/step_inspector.h"

#include "landscapes/lv_assert.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <type_traits>

namespace lv::sim {
namespace {

/// Calls f(column, value) for each CSV column of `optimizer`'s state as it is now.
template <class F>
void forEachStateCell(const optim::Optimizer& optimizer, F&& f) {
  optimizer.visitState([&](const char* name, const auto& value) {
    if constexpr (std::is_same_v<std::decay_t<decltype(value)>, double>) {
      f(std::string_view(name), std::string_view(), value);
    } else {
      f(std::string_view(name), std::string_view("_x"), value.x());
      f(std::string_view(name), std::string_view("_y"), value.y());
    }
  });
}

bool isColumn(std::string_view column, std::string_view name, std::string_view suffix) {
  return column.size() == name.size() + suffix.size() && column.substr(0, name.size()) == name &&
         column.substr(name.size()) == suffix;
}

}  // namespace

void StepInspector::restart(const Run& run) {
  generation_ = run.generation();
  std::optional<optim::Schedule> schedule;
  if (auto spec = run.schedule()) schedule.emplace(*spec);
  Cursor fresh{run.initialOptimizer(), std::move(schedule), 0, 0, {}, Vec2::Zero()};
  fresh.optimizer.reset();
  if (!run.trajectory().points.empty()) fresh.replayed = run.trajectory().points.front();
  checkpoints_.clear();
  if (interval_ > 0) checkpoints_.push_back(fresh);
  cursor_ = std::move(fresh);
}

void StepInspector::stepForward(const Run& run) {
  Cursor& c = *cursor_;
  const Trajectory& t = run.trajectory();
  const size_t j = c.step + 1;  // the update to replay: from point j − 1 to point j
  LV_ASSERT(j < t.size(), "replay past the stored trajectory");
  // Run::advance applies an edit recorded at step s once s updates are done, before update s + 1.
  const std::vector<ParamEdit>& edits = run.edits();
  while (c.nextEdit < edits.size() && edits[c.nextEdit].step <= j - 1) {
    c.optimizer.setParam(edits[c.nextEdit].index, edits[c.nextEdit].value);
    ++c.nextEdit;
  }
  const double baseLr = c.optimizer.get("lr").value_or(std::nan(""));
  c.overrides = optim::nextOverrides(c.schedule, baseLr);
  optim::Mat2 hessian = optim::Mat2::Zero();
  if (c.optimizer.needsHessian()) {
    const landscapes::FiniteSum* data = run.gradientSource().data();
    hessian = data ? data->derivatives(t.points[j - 1]).hessian
                   : run.formula().derivatives(t.points[j - 1]).hessian;
  }
  // The gradient update j used: the sampled one in a stochastic run.
  const Vec2& gradient = t.sampleGradients.empty() ? t.gradients[j - 1] : t.sampleGradients[j];
  c.replayed = c.optimizer.step(t.points[j - 1], gradient, hessian, c.overrides);
  c.step = j;
  ++replayedUpdates_;
  if (interval_ > 0 && j % interval_ == 0 && checkpoints_.size() == j / interval_) checkpoints_.push_back(c);
}

std::optional<InspectedStep> StepInspector::at(const Run& run, size_t k) {
  const Trajectory& t = run.trajectory();
  if (t.size() == 0) return std::nullopt;
  if (run.generation() != generation_ || !cursor_) restart(run);
  k = std::min(k, t.size() - 1);
  if (k < cursor_->step) {
    if (checkpoints_.empty())
      restart(run);
    else
      cursor_ = checkpoints_[std::min(k / interval_, checkpoints_.size() - 1)];
  }
  while (cursor_->step < k) stepForward(run);
  const Cursor& c = *cursor_;
  const bool first = k == 0;
  const Vec2& gradient =
      first || t.sampleGradients.empty() ? t.gradients[first ? 0 : k - 1] : t.sampleGradients[k];
  return InspectedStep{k,
                       first ? t.points[0] : t.points[k - 1],
                       t.points[k],
                       gradient,
                       t.learningRates[k],
                       first ? optim::StepOverrides{} : c.overrides,
                       c.optimizer,
                       c.replayed};
}

std::vector<std::string> stateColumns(const Run& run) {
  std::vector<std::string> columns;
  auto collect = [&](const optim::Optimizer& optimizer) {
    forEachStateCell(optimizer, [&](std::string_view name, std::string_view suffix, double) {
      std::string column = std::string(name) + std::string(suffix);
      if (std::find(columns.begin(), columns.end(), column) == columns.end()) columns.push_back(column);
    });
  };
  optim::Optimizer optimizer = run.initialOptimizer();
  collect(optimizer);
  for (const ParamEdit& edit : run.edits()) {
    optimizer.setParam(edit.index, edit.value);
    collect(optimizer);
  }
  return columns;
}

void appendStateCells(const optim::Optimizer& optimizer, const std::vector<std::string>& columns,
                      std::string& out) {
  for (const std::string& column : columns) {
    double cell = std::nan("");
    forEachStateCell(optimizer, [&](std::string_view name, std::string_view suffix, double value) {
      if (isColumn(column, name, suffix)) cell = value;
    });
    char text[32];
    std::snprintf(text, sizeof text, std::isnan(cell) ? "," : ",%.17g", cell);
    out += text;
  }
}

}  // namespace lv::sim
