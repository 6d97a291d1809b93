// Schedule evaluation, one function of torch 1.13's lr_scheduler.py per branch. Expressions keep
// torch's operation order so that rounding matches where the arithmetic is the same.
#include "optim/schedule.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace lv::optim {
namespace {

constexpr double kPi = 3.14159265358979323846;  // == Python's math.pi

/// OneCycleLR's _annealing_cos / _annealing_linear.
double anneal(bool cosine, double start, double end, double pct) {
  if (cosine) return end + (start - end) / 2.0 * (std::cos(kPi * pct) + 1);
  return (end - start) * pct + start;
}

}  // namespace

Schedule::Schedule(const ScheduleSpec& spec) : spec_(spec) {
  const auto read = [&](const char* key) {
    return spec.get(key).value_or(std::numeric_limits<double>::quiet_NaN());
  };
  v_ = Values{read("factor"),         read("start_factor"),
              read("end_factor"),     read("total_iters"),
              read("step_size"),      read("gamma"),
              read("power"),          read("T_max"),
              read("eta_min"),        read("T_0"),
              read("T_mult"),         read("base_lr"),
              read("max_lr"),         read("step_size_up"),
              read("step_size_down"), read("mode"),
              read("cycle_momentum"), read("base_momentum"),
              read("max_momentum"),   read("total_steps"),
              read("pct_start"),      read("anneal_strategy"),
              read("div_factor"),     read("final_div_factor"),
              read("three_phase"),    read("warmup_steps")};
  for (double milestone : spec.list) milestones_.push_back(static_cast<long>(milestone));
  std::sort(milestones_.begin(), milestones_.end());
  reset();
}

void Schedule::reset() {
  epoch_ = -1;
  offset_ = 0;
  scale_ = 1;
  nextMilestone_ = 0;
  tCur_ = 0;
  tI_ = 1;
}

void Schedule::multiply(double factor) {
  offset_ *= factor;
  scale_ *= factor;
}

void Schedule::cosineStep(long epoch) {
  if (epoch == 0) return;  // torch returns the group's lr unchanged
  const long tMax = static_cast<long>(v_.tMax);
  const long fromPeak = epoch - 1 - tMax;
  if (fromPeak >= 0 && fromPeak % (2 * tMax) == 0) {
    // One update past the bottom of a half period the ratio below would divide by 1 + cos(π) = 0;
    // torch adds the first step of the next rise instead: lr + (base − eta_min)·(1 − cos(π/T_max))/2.
    const double rise = (1 - std::cos(kPi / v_.tMax)) / 2;
    offset_ -= v_.etaMin * rise;
    scale_ += rise;
    return;
  }
  const double ratio = (1 + std::cos(kPi * static_cast<double>(epoch) / v_.tMax)) /
                       (1 + std::cos(kPi * (epoch - 1) / v_.tMax));
  offset_ = ratio * (offset_ - v_.etaMin) + v_.etaMin;
  scale_ = ratio * scale_;
}

void Schedule::advance() {
  const long k = epoch_;
  switch (spec_.kind) {
    case ScheduleKind::Constant:
      if (k == 0) {
        multiply(v_.factor);
      } else if (k == static_cast<long>(v_.totalIters)) {
        multiply(1.0 / v_.factor);
      }
      break;
    case ScheduleKind::Linear:
      if (k == 0) {
        multiply(v_.startFactor);
      } else if (k <= static_cast<long>(v_.totalIters)) {
        const double slope = v_.endFactor - v_.startFactor;
        multiply(1. + slope / (v_.totalIters * v_.startFactor + (k - 1) * slope));
      }
      break;
    case ScheduleKind::Step:
      if (k != 0 && k % static_cast<long>(v_.stepSize) == 0) multiply(v_.gamma);
      break;
    case ScheduleKind::MultiStep: {
      // torch keeps a Counter: a milestone given twice decays twice at once.
      int hits = 0;
      while (nextMilestone_ < milestones_.size() && milestones_[nextMilestone_] <= k) {
        if (milestones_[nextMilestone_] == k) ++hits;
        ++nextMilestone_;
      }
      if (hits > 0) multiply(std::pow(v_.gamma, hits));
      break;
    }
    case ScheduleKind::Exponential:
      if (k != 0) multiply(v_.gamma);
      break;
    case ScheduleKind::Polynomial:
      if (k != 0 && k <= static_cast<long>(v_.totalIters)) {
        multiply(std::pow((1.0 - k / v_.totalIters) / (1.0 - (k - 1) / v_.totalIters), v_.power));
      }
      break;
    case ScheduleKind::Cosine:
      cosineStep(k);
      break;
    case ScheduleKind::CosineRestarts:
      if (k == 0) {
        tCur_ = 0;
        tI_ = static_cast<long>(v_.t0);
      } else if (++tCur_ >= tI_) {
        tCur_ -= tI_;
        tI_ *= static_cast<long>(v_.tMult);
      }
      break;
    case ScheduleKind::WarmupCosine: {
      const long warmup = static_cast<long>(v_.warmupSteps);
      if (k == 0) {
        multiply(v_.startFactor);  // LinearLR(start_factor, end_factor=1, total_iters=warmup_steps)
      } else if (k < warmup) {
        const double slope = 1.0 - v_.startFactor;
        multiply(1. + slope / (v_.warmupSteps * v_.startFactor + (k - 1) * slope));
      } else if (k == warmup) {
        // SequentialLR's milestone: cosine.step(0), the closed form at epoch 0, which is the base lr.
        offset_ = 0;
        scale_ = 1;
      } else {
        cosineStep(k - warmup);
      }
      break;
    }
    case ScheduleKind::Cyclic:
    case ScheduleKind::OneCycle:
      break;  // closed forms, evaluated in next()
  }
}

double Schedule::cyclicLr(double baseLr, double* momentum) const {
  const double lower = std::isnan(v_.baseLr) ? baseLr : v_.baseLr;
  const double upper = std::isnan(v_.maxLr) ? 10 * lower : v_.maxLr;
  const double down = std::isnan(v_.stepSizeDown) ? v_.stepSizeUp : v_.stepSizeDown;
  const double totalSize = v_.stepSizeUp + down;
  const double stepRatio = v_.stepSizeUp / totalSize;
  const double k = static_cast<double>(epoch_);
  const double cycle = std::floor(1 + k / totalSize);
  const double x = 1. + k / totalSize - cycle;
  const double scaleFactor = x <= stepRatio ? x / stepRatio : (x - 1) / (stepRatio - 1);
  double amplitude = 1.;                                      // triangular
  if (v_.mode == 1) amplitude = 1 / std::pow(2., cycle - 1);  // triangular2, per cycle
  if (v_.mode == 2) amplitude = std::pow(v_.gamma, k);        // exp_range, per update
  *momentum = v_.maxMomentum - (v_.maxMomentum - v_.baseMomentum) * scaleFactor * amplitude;
  return lower + (upper - lower) * scaleFactor * amplitude;
}

double Schedule::oneCycleLr(double baseLr, double* momentum) const {
  struct Phase {
    double endStep, startLr, endLr, startMomentum, endMomentum;
  };
  const double maxLr = std::isnan(v_.maxLr) ? baseLr : v_.maxLr;
  const double initialLr = maxLr / v_.divFactor;
  const double minLr = initialLr / v_.finalDivFactor;
  const double total = v_.totalSteps, pct = v_.pctStart, low = v_.baseMomentum, high = v_.maxMomentum;
  const Phase twoPhases[] = {{pct * total - 1, initialLr, maxLr, high, low},
                             {total - 1, maxLr, minLr, low, high}};
  const Phase threePhases[] = {{pct * total - 1, initialLr, maxLr, high, low},
                               {2 * pct * total - 2, maxLr, initialLr, low, high},
                               {total - 1, initialLr, minLr, high, high}};
  const bool three = v_.threePhase != 0;
  const Phase* phases = three ? threePhases : twoPhases;
  const int count = three ? 3 : 2;
  // torch raises once last_epoch exceeds total_steps; the run goes on at torch's last value.
  const double step = std::min(static_cast<double>(epoch_), total);
  const bool cosine = v_.annealStrategy == 0;
  double startStep = 0;
  for (int i = 0; i < count; ++i) {
    const Phase& phase = phases[i];
    if (step <= phase.endStep || i == count - 1) {
      const double fraction = (step - startStep) / (phase.endStep - startStep);
      *momentum = anneal(cosine, phase.startMomentum, phase.endMomentum, fraction);
      return anneal(cosine, phase.startLr, phase.endLr, fraction);
    }
    startStep = phase.endStep;
  }
  return maxLr;  // not reached: the last phase always matches
}

StepOverrides Schedule::next(double baseLr) {
  ++epoch_;
  advance();
  StepOverrides overrides;
  double momentum = 0;
  switch (spec_.kind) {
    case ScheduleKind::Cyclic:
      overrides.lr = cyclicLr(baseLr, &momentum);
      if (v_.cycleMomentum != 0) overrides.momentum = momentum;
      break;
    case ScheduleKind::OneCycle:
      overrides.lr = oneCycleLr(baseLr, &momentum);
      if (v_.cycleMomentum != 0) overrides.momentum = overrides.beta1 = momentum;
      break;
    case ScheduleKind::CosineRestarts:
      overrides.lr = v_.etaMin + (baseLr - v_.etaMin) * (1 + std::cos(kPi * tCur_ / tI_)) / 2;
      break;
    default:
      overrides.lr = offset_ + scale_ * baseLr;
      break;
  }
  return overrides;
}

}  // namespace lv::optim
