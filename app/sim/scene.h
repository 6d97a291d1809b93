// The scene: everything a user sets up (landscape, view, colours, runs) as resolved objects: a
// parsed landscape and ready optimizers. It is built at one boundary, from JSON (scene_json.h) or
// from command-line flags (app/cli), which validates every field once; everyone else receives it.
#pragma once

#include "app/sim/color_scale.h"
#include "app/sim/height_field.h"
#include "app/sim/map_settings.h"
#include "app/sim/run.h"
#include "app/sim/scene_dataset.h"
#include "app/sim/scene_limits.h"
#include "landscapes/catalog.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace lv::sim {

using Rgba = std::array<float, 4>;

struct ColorSettings {
  std::string colormap = "viridis";  // one of colormapNames()
  bool logScale = true;
  int contourCount = 20;  // kContourRange
  /// The colour scale stays fixed in world terms while the view pans and zooms (scene_colors.h).
  bool lockScale = true;
  /// The range in force (colorRangeError accepts it): set by the user, or fitted once and kept by
  /// the lock. None: fitted to the view being drawn.
  std::optional<ColorRange> range;
};

/// The optimizer a run gets when nothing else is said (adam with torch's defaults).
optim::Optimizer defaultOptimizer();
/// The landscape a scene gets when nothing else is said (rosenbrock).
landscapes::Landscape defaultLandscape();

struct RunSpec {
  optim::Optimizer optimizer = defaultOptimizer();  // hyperparameters at step 0
  std::vector<ParamEdit> edits;                     // live edits after step 0, ordered by step
  std::optional<optim::ScheduleSpec> schedule;      // none: the lr as set
  optim::Vec2 start = optim::Vec2(-1.5, 2.0);       // finite
  Rgba color = {1, 1, 1, 1};
  bool visible = true;
  std::string label;              // the user's name for the run; "" = runLabel() derives one
  std::optional<RunBatch> batch;  // data scenes: this run's sampling; none = the scene data's
  size_t seeds = 1;               // kSeedsRange: the run repeated over seeds s, s+1, ... (ensemble.h)
};

struct Scene {
  landscapes::Landscape landscape = defaultLandscape();  // data scenes: data->landscape
  std::optional<ResolvedData> data;                      // none: a formula landscape
  std::optional<landscapes::Rect> view;                  // none: the landscape's suggested view
  ColorSettings colors;
  View3d view3d;               // 2D, 3D or split, the camera and the height scale
  std::vector<RunSpec> runs;   // at most kMaxRuns
  size_t steps = 0;            // updates per run (the step counter when saved), kStepsRange
  size_t stepLimit = 10000;    // live stepping stops here, kStepLimitRange
  double stepsPerSecond = 60;  // kStepsPerSecondRange
  bool restartOnChange = true;
  std::optional<MapSettings> map;  // the window's convergence map; none: not saved
};

/// The scene `lossviz` opens with: Rosenbrock with sgd, momentum, rmsprop and adam racing.
Scene defaultScene();

/// A distinct, colour-blind-friendly colour for the run at `index`.
Rgba paletteColor(size_t index);

}  // namespace lv::sim
