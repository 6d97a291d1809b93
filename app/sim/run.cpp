#include "app/sim/run.h"

#include <algorithm>
#include <atomic>
#include <cmath>

namespace lv::sim {

std::uint64_t TrajectoryGeneration::next() {
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}

size_t Trajectory::capacityBytes() const {
  return points.capacity() * sizeof(optim::Vec2) + losses.capacity() * sizeof(double) +
         gradients.capacity() * sizeof(optim::Vec2) + learningRates.capacity() * sizeof(double) +
         sampleLosses.capacity() * sizeof(double) + sampleGradients.capacity() * sizeof(optim::Vec2);
}

namespace {

bool isFinite(const Vec2& v) { return std::isfinite(v.x()) && std::isfinite(v.y()); }

}  // namespace

Run::Run(landscapes::Formula formula, optim::Optimizer optimizer, const Vec2& start,
         std::vector<ParamEdit> edits)
    : formula_(std::move(formula)),
      initial_(std::move(optimizer)),
      optimizer_(initial_),
      edits_(std::move(edits)),
      start_(start) {
  initial_.reset();
  std::stable_sort(edits_.begin(), edits_.end(),
                   [](const ParamEdit& a, const ParamEdit& b) { return a.step < b.step; });
  resetTrajectory();
}

landscapes::Derivatives Run::derivatives(const Vec2& p) const {
  const landscapes::FiniteSum* data = source_.data();
  return data ? data->derivatives(p) : formula_.derivatives(p);
}

bool Run::evaluate(const Vec2& p, bool withHessian, double& loss, Vec2& gradient,
                   optim::Mat2& hessian) const {
  if (!isFinite(p)) return false;
  const landscapes::FiniteSum* data = source_.data();
  if (withHessian) {
    const landscapes::Derivatives d = derivatives(p);
    loss = d.value;
    gradient = d.gradient;
    hessian = d.hessian;
    // A non-finite Hessian is the optimizer's problem (Newton falls back), not divergence.
  } else {
    loss = data ? data->valueAndGradient(p, gradient) : formula_.valueAndGradient(p, gradient);
  }
  return std::isfinite(loss) && isFinite(gradient);
}

void Run::resetTrajectory() {
  optimizer_ = initial_;
  nextEdit_ = 0;
  requested_ = 0;
  // clear(), not reassignment: recomputing after a slider change reuses the capacity.
  trajectory_.points.clear();
  trajectory_.losses.clear();
  trajectory_.gradients.clear();
  trajectory_.learningRates.clear();
  if (schedule_) schedule_->reset();
  trajectory_.sampleLosses.clear();
  trajectory_.sampleGradients.clear();
  divergedAt_.reset();
  generation_ = TrajectoryGeneration();
  double loss = 0;
  Vec2 gradient;
  if (!evaluate(start_, optimizer_.needsHessian(), loss, gradient, headHessian_)) {
    divergedAt_ = 0;
    return;
  }
  trajectory_.points.push_back(start_);
  trajectory_.losses.push_back(loss);
  trajectory_.gradients.push_back(gradient);
  trajectory_.learningRates.push_back(upcomingLr());
  if (source_.stochastic()) {
    trajectory_.sampleLosses.push_back(loss);
    trajectory_.sampleGradients.push_back(gradient);
  }
}

double Run::upcomingLr() const {
  const double base = optimizer_.get("lr").value_or(std::nan(""));
  if (!schedule_) return base;
  optim::Schedule probe = *schedule_;  // a copy: next() advances
  return probe.next(base).lr.value_or(base);
}

void Run::advance(size_t n) {
  // Edits split the advance into segments; between them the loop below runs unchecked.
  while (nextEdit_ < edits_.size()) {
    const ParamEdit& edit = edits_[nextEdit_];
    const size_t segment = edit.step > requested_ ? edit.step - requested_ : 0;
    if (segment > n) break;
    advanceUnedited(segment);
    n -= segment;
    optimizer_.setParam(edit.index, edit.value);
    ++nextEdit_;
  }
  advanceUnedited(n);
}

void Run::advanceUnedited(size_t n) {
  requested_ += n;
  if (divergedAt_ || n == 0) return;
  Trajectory& t = trajectory_;
  const size_t target = t.size() + n;
  const bool stochastic = source_.stochastic();
  if (t.points.capacity() < target) {
    // Geometric growth: reserving exactly size + n would copy the whole trajectory every time the
    // window advances a few steps.
    const size_t capacity = std::max(target, 2 * t.points.capacity());
    t.points.reserve(capacity);
    t.losses.reserve(capacity);
    t.gradients.reserve(capacity);
    t.learningRates.reserve(capacity);
    if (stochastic) {
      t.sampleLosses.reserve(capacity);
      t.sampleGradients.reserve(capacity);
    }
  }
  Vec2 point = t.points.back();
  Vec2 gradient = t.gradients.back();
  const bool withHessian = optimizer_.needsHessian();  // a registry look-up: once, not per step
  // Edits only happen between segments, so the base lr is fixed within this loop.
  const double baseLr = optimizer_.get("lr").value_or(std::nan(""));
  for (size_t i = 0; i < n; ++i) {
    double sampleLoss = 0;
    Vec2 sampleGradient;
    if (stochastic) {
      // Update k = t.size() uses the sampled gradient at point k − 1; the optimizer cannot tell.
      source_.sample(point, t.size(), t.losses.back(), gradient, sampleLoss, sampleGradient);
      if (!std::isfinite(sampleLoss) || !isFinite(sampleGradient)) {
        divergedAt_ = t.size();
        return;
      }
      gradient = sampleGradient;
    }
    const optim::StepOverrides overrides = optim::nextOverrides(schedule_, baseLr);
    const Vec2 next = optimizer_.step(point, gradient, headHessian_, overrides);
    double loss = 0;
    if (!evaluate(next, withHessian, loss, gradient, headHessian_)) {
      divergedAt_ = t.size();
      return;
    }
    point = next;
    t.points.push_back(point);
    t.losses.push_back(loss);
    t.gradients.push_back(gradient);
    t.learningRates.push_back(overrides.lr.value_or(baseLr));
    if (stochastic) {
      t.sampleLosses.push_back(sampleLoss);
      t.sampleGradients.push_back(sampleGradient);
    }
  }
}

void Run::recompute() {
  const size_t steps = requested_;
  resetTrajectory();
  advance(steps);
}

void Run::restart(Memory memory) {
  initial_ = optimizer_;
  initial_.reset();
  edits_.clear();
  // Swapping with empty vectors returns the memory (clear() would keep the capacity).
  if (memory == Memory::Release) trajectory_ = Trajectory();
  resetTrajectory();
}

void Run::moveStart(const Vec2& start) {
  start_ = start;
  recompute();
}

void Run::setFormula(landscapes::Formula formula) {
  formula_ = std::move(formula);
  recompute();
}

void Run::setGradientSource(GradientSource source) {
  source_ = std::move(source);
  recompute();
}

void Run::setParam(size_t index, double value, EditPolicy policy) {
  if (policy == EditPolicy::RestartFromStart) {
    // The whole path with the current values: the record of earlier live edits no longer applies.
    optimizer_.setParam(index, value);
    initial_ = optimizer_;
    initial_.reset();
    edits_.clear();
    recompute();
    return;
  }
  // History after the present (edits not reached yet) is overwritten by this one.
  edits_.resize(nextEdit_);
  if (!edits_.empty() && edits_.back().step == requested_ && edits_.back().index == index)
    edits_.back().value = value;  // a slider dragged between two steps: one edit
  else
    edits_.push_back({requested_, index, value});
  nextEdit_ = edits_.size();
  optimizer_.setParam(index, value);
}

bool Run::setParam(std::string_view name, double value, EditPolicy policy, std::string* error) {
  optim::Optimizer check = optimizer_;
  if (!check.set(name, value, error)) return false;
  const auto& params = optimizer_.info().params;
  for (size_t i = 0; i < params.size(); ++i)
    if (name == params[i].name) setParam(i, value, policy);
  return true;
}

bool Run::setOptimizer(const std::string& name) {
  auto next = optim::Optimizer::create(name);
  if (!next) return false;
  // Only values the user chose travel: a shared name still at the old default takes the new one, or
  // switching sgd (momentum 0) to momentum would give momentum without momentum.
  const auto& old = optimizer_.info().params;
  for (size_t i = 0; i < old.size(); ++i)
    if (optimizer_.param(i) != old[i].defaultValue)
      next->set(old[i].name, optimizer_.param(i));  // unknown to it or out of its range: default stays
  initial_ = *next;
  edits_.clear();
  recompute();
  return true;
}

void Run::setSchedule(std::optional<optim::ScheduleSpec> spec) {
  if (spec)
    schedule_.emplace(*spec);
  else
    schedule_.reset();
  recompute();
}

std::optional<optim::ScheduleSpec> Run::schedule() const {
  if (!schedule_) return std::nullopt;
  return schedule_->spec();
}

}  // namespace lv::sim
