// The inspected step and the ghost paths as figure parts, so the window, `render` and vector
// export draw one description:
// - rings: while a step k is inspected (scrubbed), a ring on every visible run's path at
//   min(k, its step count), kRingPixels in radius;
// - the explained run's update k, from the point it started at p_{k−1}: −g (the gradient it
//   used) and −m (the unit's `exp_avg` or `momentum_buffer` after the update), both on one
//   scale with the longer kMomentPixels long, and the step taken p_k − p_{k−1} at its true
//   length within [kStepTakenMinPixels, kStepTakenMaxPixels], else scaled and labelled "step ×factor";
// - the Hessian's eigen-axes at p_k: segments centred there along each eigenvector, half-length
//   kAxisPixels·|λ|/max|λ| (green λ ≥ 0, magenta λ < 0);
// - their key at the bottom left of the overlay area (top left when the legend is there);
// - ghosts: each visible run's previous path (sim::GhostPaths), faded and dashed in its colour.
// Pixel sizes are layout pixels at UI scale 1 and grow with the UI scale.
#pragma once

#include "app/figure/figure.h"
#include "app/figure/text_metrics.h"
#include "app/sim/ghost_paths.h"
#include "app/sim/session.h"
#include "app/sim/step_inspector.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace lv::figure {

constexpr double kRingPixels = 9;
constexpr double kMomentPixels = 70;
constexpr double kStepTakenMinPixels = 24;
constexpr double kStepTakenMaxPixels = 120;
constexpr double kAxisPixels = 60;
constexpr double kGhostDashPixels = 8;
/// A longer ghost is drawn through this many evenly spaced points of it.
constexpr std::size_t kGhostMaxPoints = 4000;

constexpr Rgba kUsedGradientColor{245.0f / 255, 245.0f / 255, 245.0f / 255, 1};
constexpr Rgba kMomentColor{1, 176.0f / 255, 0, 1};
constexpr Rgba kStepTakenColor{0, 220.0f / 255, 1, 1};
constexpr Rgba kPositiveCurvatureColor{120.0f / 255, 230.0f / 255, 120.0f / 255, 1};
constexpr Rgba kNegativeCurvatureColor{1, 90.0f / 255, 200.0f / 255, 1};

/// What of the inspected step the figure shows (the window's scrubber and toggles, render's flags).
struct InspectionOptions {
  std::optional<std::size_t> step;  ///< the scrubbed step: rings on every path; nullopt: live, no rings
  std::optional<std::size_t> run;   ///< the explained run (arrows, axes at its shown step); nullopt: none
  bool arrows = true;               ///< −g, −m and the step taken
  bool eigenAxes = false;
};

/// The step shown for a run of `stepCount` updates: min(options.step, stepCount), or stepCount live.
std::size_t shownStepOf(const InspectionOptions& options, std::size_t stepCount);

/// Adds the rings, the explained run's arrows and axes and their key to `figure` (transform, uiScale
/// and legend already set). `inspector` replays the explained run (a cache the caller keeps between
/// frames). `area`: where the key may go. Never fails: a run with nothing to show adds nothing.
void addInspection(Figure& figure, const sim::Session& session, const InspectionOptions& options,
                   sim::StepInspector& inspector, const Box& area, const TextMetrics& metrics);

/// Places the labels of `figure`'s arrows (their text and colour set by addInspection) beside their
/// tips, the spot beyond the tip first, then the others around it: inside `area`, clear of
/// `obstacles`, of every marker and arrow of `figure` and of one another. Adds all of those boxes to
/// `obstacles`, for labels placed after. Call once the figure's markers and arrows are complete.
void placeArrowLabels(Figure& figure, const TextMetrics& metrics, const Box& area,
                      std::vector<Box>& obstacles);

/// Adds one GhostFigure per visible run that has a ghost in `ghosts`.
void addGhosts(Figure& figure, const sim::Session& session, const sim::GhostPaths& ghosts);

}  // namespace lv::figure
