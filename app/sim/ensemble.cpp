// See ensemble.h.
#include "app/sim/ensemble.h"

#include <algorithm>
#include <cmath>

namespace lv::sim {
namespace {

// Appends to the mean path the mean points of steps [meanPath.size(), longest member).
void extendMeanPath(Ensemble& ensemble, const Run& run) {
  std::size_t longest = run.trajectory().size();
  for (const Run& member : ensemble.members) longest = std::max(longest, member.trajectory().size());
  std::vector<optim::Vec2>& mean = ensemble.meanPath;
  mean.reserve(longest);
  for (std::size_t k = mean.size(); k < longest; ++k) {
    optim::Vec2 sum = optim::Vec2::Zero();
    std::size_t count = 0;
    auto add = [&](const Run& r) {
      if (k < r.trajectory().size()) {
        sum += r.trajectory().points[k];
        ++count;
      }
    };
    add(run);
    for (const Run& member : ensemble.members) add(member);
    mean.push_back(sum / double(count));
  }
}

}  // namespace

void rebuildEnsemble(Ensemble& ensemble, const Run& run, std::size_t seeds) {
  const auto k =
      static_cast<std::size_t>(std::clamp<double>(double(seeds), kSeedsRange.min, kSeedsRange.max));
  ensemble.members.clear();
  ensemble.members.reserve(k - 1);
  for (std::size_t j = 1; j < k; ++j) {
    GradientSource source = run.gradientSource();
    source.setSeed(run.gradientSource().seed() + j);  // wraps at 2^64, as unsigned arithmetic does
    ensemble.members.push_back(run);
    ensemble.members.back().setGradientSource(std::move(source));  // recomputes to the same steps
  }
  ensemble.meanPath.clear();
  ensemble.meanGeneration = TrajectoryGeneration();
  extendMeanPath(ensemble, run);
}

void advanceEnsemble(Ensemble& ensemble, const Run& run) {
  for (Run& member : ensemble.members)
    if (member.requestedSteps() < run.requestedSteps())
      member.advance(run.requestedSteps() - member.requestedSteps());
  extendMeanPath(ensemble, run);
}

double interpolatedQuantile(const std::vector<double>& sorted, double q) {
  const double position = std::clamp(q, 0.0, 1.0) * double(sorted.size() - 1);
  const auto below = static_cast<std::size_t>(std::floor(position));
  const std::size_t above = std::min(below + 1, sorted.size() - 1);
  const double t = position - double(below);
  return sorted[below] + t * (sorted[above] - sorted[below]);
}

LossQuantiles lossQuantilesAt(const Run& run, const Ensemble& ensemble, std::size_t step,
                              std::vector<double>& scratch) {
  scratch.clear();
  if (step < run.trajectory().size()) scratch.push_back(run.trajectory().losses[step]);
  for (const Run& member : ensemble.members)
    if (step < member.trajectory().size()) scratch.push_back(member.trajectory().losses[step]);
  LossQuantiles q;
  q.count = scratch.size();
  if (scratch.empty()) return q;
  std::sort(scratch.begin(), scratch.end());
  q.q10 = interpolatedQuantile(scratch, 0.1);
  q.median = interpolatedQuantile(scratch, 0.5);
  q.q90 = interpolatedQuantile(scratch, 0.9);
  return q;
}

}  // namespace lv::sim
