// The live state behind the window and the headless verbs: a resolved scene turned into runs that
// are stepped and edited through the operations a user performs, and saved back. Each operation
// keeps the picture consistent (step counts, the "restart on change" policy), so a slider edit or
// a drag is one call. No GL, no ImGui.
#pragma once

#include "app/sim/ensemble.h"
#include "app/sim/run.h"
#include "app/sim/scene.h"
#include "app/sim/scene_colors.h"

#include <string>
#include <vector>

namespace lv::sim {

struct LiveRun {
  Run run;
  Rgba color;
  bool visible = true;
  std::string label;  // the user's; "" = runLabel() derives one
  Ensemble ensemble;  // the run's other seeds (ensemble.h); none: a single run
};

class Session {
 public:
  /// Builds every run of `scene` and advances each by scene.steps (the step limit does not cut a
  /// saved scene short). Cannot fail: the scene was validated when it was built.
  static Session fromScene(const Scene& scene);
  /// A snapshot: landscape, view, colours, runs with their edit records, and the step count.
  Scene toScene() const;

  /// The landscape the picture uses; for a data landscape its view and minima (data() is the
  /// function itself).
  const landscapes::Landscape& landscape() const { return landscape_; }
  /// Switches the landscape (catalog name or formula; any data is dropped); every run recomputes
  /// its path and the colour range is cleared (fitted anew). On a parse error nothing changes and
  /// false is returned with the error.
  bool setLandscape(const std::string& nameOrFormula, landscapes::ParseError* error);
  /// f and ∇f of the landscape at `p`: the full-data mean for a data landscape, else the formula's.
  double valueAndGradient(const optim::Vec2& p, optim::Vec2& gradient) const;
  /// f of the landscape at `p` (as valueAndGradient, without the gradient).
  double value(const optim::Vec2& p) const;
  /// value() with its cost, for fitting colour scales (sim::colorScaleFor); valid while the
  /// session lives.
  LandscapeValue landscapeValue() const;
  /// The data landscape, or null for a formula landscape.
  const ResolvedData* data() const { return data_ ? &*data_ : nullptr; }
  /// Switches to the data `settings` describe (generated, or read from a CSV); every run keeps
  /// its own sampling where it still fits the rows, else takes the settings' own, and recomputes.
  /// On failure nothing changes and false is returned with one line in `*error` naming the
  /// file, line and column or the field.
  bool setData(const SceneData& settings, std::string* error);
  /// Sets run `index`'s sampling of the data (batch size 0 = all rows); false with `*error`
  /// when there is no data or the batch exceeds the rows (nothing changed).
  bool setRunBatch(size_t index, const RunBatch& batch, std::string* error);
  /// Grows whenever the landscape or its data changes (never repeats, even across sessions):
  /// what a renderer keys its compiled surface and cached pictures on.
  std::uint64_t landscapeRevision() const { return landscapeRevision_; }

  landscapes::Rect view;
  ColorSettings colors;
  View3d view3d;             ///< the view mode and the 3D camera
  size_t stepLimit = 10000;  ///< kStepLimitRange; stepping also stops at stepLimitCap()
  double stepsPerSecond = 60;
  bool restartOnChange = true;  ///< the policy of setParam()
  MapSettings map;              ///< the convergence map the window shows (app/maps)
  /// Data landscapes: the canvas shows the loss of this run's last mini-batch instead of the
  /// full-data loss (none: the full data).
  std::optional<size_t> batchSurfaceRun;
  std::vector<LiveRun> runs;

  /// Adds a run of `optimizer` (registry defaults) at `start` with the next palette colour, at the
  /// current step count. Returns its index; does nothing (returns runs.size()) for an unknown name
  /// or when kMaxRuns runs exist.
  size_t addRun(const std::string& optimizer, const optim::Vec2& start);
  /// Appends a copy of run `index` with the next palette colour; returns the copy's index (or
  /// runs.size() when kMaxRuns runs exist).
  size_t duplicateRun(size_t index);
  void removeRun(size_t index);
  /// Moves run `index`'s start; its path is recomputed to the same step count.
  void moveStart(size_t index, const optim::Vec2& start);
  /// Sets hyperparameter `param` of run `index` (value in the slider's range) under the session's
  /// policy: restartOnChange recomputes the whole path, otherwise the value acts from the next step
  /// and the edit is recorded (scenes replay it).
  void setParam(size_t index, size_t param, double value);
  /// Switches run `index` to optimizer `name`, keeping the values the user set for hyperparameters
  /// it shares with the current one (Run::setOptimizer); same step count. False for an unknown name.
  bool setOptimizer(size_t index, const std::string& name);
  /// Replaces run `index`'s lr schedule (nullopt: none) and recomputes it; same step count.
  void setSchedule(size_t index, std::optional<optim::ScheduleSpec> spec);
  /// Repeats run `index` over `seeds` seeds (kSeedsRange, clamped; 1: the run alone): the members
  /// use seeds s+1, ... of batches and noise and follow every later edit of the run.
  void setSeeds(size_t index, size_t seeds);
  /// The user's label for run `index` (trimmed to kMaxLabelBytes of valid UTF-8).
  void setLabel(size_t index, const std::string& label);

  /// Advances every run by up to `n` steps, never past stepLimitInEffect().
  void advance(size_t n);
  /// One step of every run (the Step button, the S key), within the limit.
  void step() { advance(1); }
  /// Back to step 0 for every run (the Reset button); trajectory memory is returned.
  void restart();
  /// Largest step count requested of any run.
  size_t stepCount() const;

  /// The largest step limit the memory budget allows for the current number of runs:
  /// kTrajectoryBudgetBytes / (runs × kBytesPerStoredStep), at most kMaxSteps, where an ensemble
  /// counts as its number of seeds.
  size_t stepLimitCap() const;
  /// min(stepLimit, stepLimitCap()): where stepping stops.
  size_t stepLimitInEffect() const;
  /// Why stepping stops before stepLimit ("" when it does not), for the UI.
  std::string stepLimitNote() const;

 private:
  explicit Session(landscapes::Landscape landscape);
  /// A new landscapeRevision_ (after any landscape or data change).
  void bumpLandscapeRevision();
  /// Makes run `live`'s ensemble members follow the run again after an edit (same seed count).
  static void followRun(LiveRun& live);
  landscapes::Landscape landscape_;
  std::optional<ResolvedData> data_;
  std::uint64_t landscapeRevision_ = 0;
};

/// Fixed-timestep stepping independent of the frame rate: accumulates wall time and says how many
/// steps are due at `stepsPerSecond`. Caps the backlog so a stalled frame does not cause a burst.
class Stepper {
 public:
  size_t due(double elapsedSeconds, double stepsPerSecond);
  void clear() { accumulator_ = 0; }

 private:
  double accumulator_ = 0;
};

}  // namespace lv::sim
