// The reference CPU engine: one sim::Run per pixel, so each pixel's
// trajectory is the one `lossviz trace` computes (same evaluation, same divergence rule). A data
// landscape's pixels run on the full-data gradient source, as `trace --data` does without --batch.
#include "app/maps/convergence_map.h"

#include "app/sim/run.h"

#include <algorithm>
#include <thread>

namespace lv::maps {
namespace {

PixelResult summarize(const sim::Run& run, const MapSpec& spec) {
  PixelResult result;
  const sim::Trajectory& t = run.trajectory();
  if (auto k = run.divergedAt()) result.divergedStep = static_cast<long>(*k);
  if (t.size() == 0) {
    result.finalPoint = run.start();
    return result;
  }
  for (size_t k = 0; k < t.size() && !result.convergedStep; ++k) {
    const bool flat = t.gradients[k].norm() < spec.tolerance;
    const bool still = k > 0 && (t.points[k] - t.points[k - 1]).norm() < spec.tolerance;
    if (flat || still) result.convergedStep = static_cast<long>(k);
  }
  result.finalPoint = t.points.back();
  result.finalLoss = t.losses.back();
  if (!result.divergedStep) result.basin = basinOf(result.finalPoint, spec);
  return result;
}

// The full-data gradient of `sum`: every update sees every row once, in row order (exact, the
// same as full-batch gradient descent to the last bit), no noise.
sim::GradientSource fullDataSource(const landscapes::FiniteSum& sum) {
  sim::BatchSettings fullBatch;
  fullBatch.batch = sum.data().rows();
  fullBatch.sampling = landscapes::Sampling::Shuffle;
  return sim::GradientSource(sum, fullBatch, 0);
}

void computeRows(const MapSpec& spec, int firstRow, int rowStride, ConvergenceMap& map,
                 const std::atomic<bool>* cancel, std::atomic<int>* rowsDone) {
  const std::optional<sim::GradientSource> dataSource =
      spec.data ? std::optional<sim::GradientSource>(fullDataSource(*spec.data)) : std::nullopt;
  for (int py = firstRow; py < spec.height; py += rowStride) {
    for (int px = 0; px < spec.width; ++px) {
      if (cancel && cancel->load(std::memory_order_relaxed)) return;
      // A fresh run per pixel: fresh optimizer state, and exactly what `lossviz trace` computes.
      sim::Run run(spec.landscape.formula, pixelOptimizer(spec, px, py), pixelStart(spec, px, py));
      if (dataSource) run.setGradientSource(*dataSource);
      if (spec.schedule) run.setSchedule(spec.schedule);
      run.advance(static_cast<size_t>(spec.steps));
      map.pixels[static_cast<size_t>(py) * spec.width + px] = summarize(run, spec);
    }
    if (rowsDone) rowsDone->fetch_add(1, std::memory_order_relaxed);
  }
}

}  // namespace

std::optional<int> basinOf(const Vec2& finalPoint, const MapSpec& spec) {
  std::optional<int> nearest;
  double nearestDistance = spec.basinRadius;
  const auto& minima = spec.landscape.minima;
  for (size_t i = 0; i < minima.size(); ++i) {
    const double distance = (finalPoint - minima[i]).norm();
    if (distance <= nearestDistance) {
      nearest = static_cast<int>(i);
      nearestDistance = distance;
    }
  }
  return nearest;
}

ConvergenceMap computeMapCpu(const MapSpec& spec, unsigned threads, const std::atomic<bool>* cancel,
                             std::atomic<int>* rowsDone) {
  ConvergenceMap map;
  map.width = spec.width;
  map.height = spec.height;
  map.steps = spec.steps;
  map.pixels.resize(static_cast<size_t>(spec.width) * spec.height);
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = std::min<unsigned>(threads, static_cast<unsigned>(std::max(1, spec.height)));
  std::vector<std::thread> workers;
  for (unsigned i = 1; i < threads; ++i)
    workers.emplace_back(computeRows, std::cref(spec), static_cast<int>(i), static_cast<int>(threads),
                         std::ref(map), cancel, rowsDone);
  computeRows(spec, 0, static_cast<int>(threads), map, cancel, rowsDone);
  for (std::thread& worker : workers) worker.join();
  return map;
}

}  // namespace lv::maps
