// A convergence map's per-pixel results, and the reference CPU engine that computes them with the
// float64 optimizer units through sim::Run: each pixel is exactly what `lossviz trace` prints for
// the same start, hyperparameters and steps. The GPU engine must match this definition.
#pragma once

#include "app/maps/map_spec.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <vector>

namespace lv::maps {

/// What one pixel's run did. Every stored number is finite.
struct PixelResult {
  Vec2 finalPoint = Vec2::Zero();   // after `steps` updates, or the last finite point if it diverged
  std::optional<double> finalLoss;  // f at finalPoint; none when the start itself is not finite
  /// First step k (0 = the start) with ‖∇f(p_k)‖ < tolerance or ‖p_k − p_{k−1}‖ < tolerance. The run
  /// still takes every step: the final point is the one after `steps` updates.
  std::optional<long> convergedStep;
  /// Step k at which the point, loss or gradient first became non-finite (sim::Run::divergedAt).
  std::optional<long> divergedStep;
  /// Index into the landscape's known minima (catalog order) of the nearest one within the basin
  /// radius of finalPoint; none when diverged, when there are no known minima, or when too far.
  std::optional<int> basin;
};

/// Results, row-major, row 0 at the top: pixel (px, py) is pixels[py * width + px].
struct ConvergenceMap {
  int width = 0, height = 0;
  long steps = 0;
  std::vector<PixelResult> pixels;
  const PixelResult& at(int px, int py) const { return pixels[static_cast<size_t>(py) * width + px]; }
};

/// The basin label for a finite final point (see PixelResult::basin).
std::optional<int> basinOf(const Vec2& finalPoint, const MapSpec& spec);

/// Computes the map on `threads` threads (0: std::thread::hardware_concurrency), rows interleaved.
/// `cancel` (may be null) is polled between pixels; a cancelled map has default pixels past the
/// point reached. `rowsDone` (may be null) counts finished rows, for a progress bar.
ConvergenceMap computeMapCpu(const MapSpec& spec, unsigned threads = 0,
                             const std::atomic<bool>* cancel = nullptr, std::atomic<int>* rowsDone = nullptr);

}  // namespace lv::maps
