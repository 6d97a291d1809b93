#include "app/sim/run.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <string>

namespace lv::sim {

std::uint64_t TrajectoryGeneration::next() {
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}

namespace {

bool isFinite(const Vec2& v) { return std::isfinite(v.x()) && std::isfinite(v.y()); }

}  // namespace

Run::Run(landscapes::Formula formula, optim::Optimizer optimizer, const Vec2& start)
    : formula_(std::move(formula)), optimizer_(std::move(optimizer)), start_(start) {
  resetTrajectory();
}

bool Run::evaluate(const Vec2& p, bool withHessian, double& loss, Vec2& gradient,
                   optim::Mat2& hessian) const {
  if (!isFinite(p)) return false;
  if (withHessian) {
    const landscapes::Derivatives d = formula_.derivatives(p);
    loss = d.value;
    gradient = d.gradient;
    hessian = d.hessian;
    // A non-finite Hessian is the optimizer's problem (Newton falls back), not divergence.
  } else {
    loss = formula_.valueAndGradient(p, gradient);
  }
  return std::isfinite(loss) && isFinite(gradient);
}

void Run::resetTrajectory() {
  optimizer_.reset();
  // clear(), not reassignment: recomputing after a slider change reuses the capacity.
  trajectory_.points.clear();
  trajectory_.losses.clear();
  trajectory_.gradients.clear();
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
}

void Run::advance(size_t n) {
  requested_ += n;
  if (divergedAt_) return;
  Trajectory& t = trajectory_;
  const size_t target = t.size() + n;
  if (t.points.capacity() < target) {
    // Geometric growth: reserving exactly size + n would copy the whole trajectory every time the
    // window advances a few steps.
    const size_t capacity = std::max(target, 2 * t.points.capacity());
    t.points.reserve(capacity);
    t.losses.reserve(capacity);
    t.gradients.reserve(capacity);
  }
  Vec2 point = t.points.back();
  Vec2 gradient = t.gradients.back();
  const bool withHessian = optimizer_.needsHessian();  // a registry look-up: once, not per step
  for (size_t i = 0; i < n; ++i) {
    const Vec2 next = optimizer_.step(point, gradient, headHessian_);
    double loss = 0;
    if (!evaluate(next, withHessian, loss, gradient, headHessian_)) {
      divergedAt_ = t.size();
      return;
    }
    point = next;
    t.points.push_back(point);
    t.losses.push_back(loss);
    t.gradients.push_back(gradient);
  }
}

void Run::recompute() {
  const size_t steps = requested_;
  requested_ = 0;
  resetTrajectory();
  advance(steps);
}

void Run::restart() {
  requested_ = 0;
  resetTrajectory();
}

void Run::setStart(const Vec2& start) {
  start_ = start;
  restart();
}

void Run::setFormula(landscapes::Formula formula) {
  formula_ = std::move(formula);
  recompute();
}

bool Run::converged() const {
  return !diverged() && trajectory_.size() > 0 && trajectory_.gradients.back().norm() < 1e-8;
}

std::string statusText(const Run& run) {
  if (auto k = run.divergedAt()) return "diverged at step " + std::to_string(*k);
  if (run.converged()) return "converged";
  return "running";
}

}  // namespace lv::sim
