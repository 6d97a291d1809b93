// The live state behind the window and the headless verbs: a scene turned into a landscape and
// runs that can be stepped, edited and saved back. No GL, no ImGui.
#pragma once

#include "app/sim/run.h"
#include "app/sim/scene.h"

#include <optional>
#include <string>
#include <vector>

namespace lv::sim {

struct LiveRun {
  Run run;
  Rgba color;
  bool visible = true;
};

class Session {
 public:
  /// Builds every run of `scene`; fails (nullopt, `*error` names the field) on invalid content.
  static std::optional<Session> fromScene(const Scene& scene, std::string* error);

  /// A snapshot: the current landscape, view, colours, runs and step count.
  Scene toScene() const;

  const landscapes::Landscape& landscape() const { return landscape_; }
  /// Switches the landscape (catalog name or formula); every run recomputes its path. On a parse
  /// error nothing changes and false is returned with the error.
  bool setLandscape(const std::string& nameOrFormula, landscapes::ParseError* error);

  landscapes::Rect view;
  ColorSettings colors;
  size_t stepLimit = 10000;
  double stepsPerSecond = 60;
  bool restartOnChange = true;
  std::vector<LiveRun> runs;

  /// Adds a run of `optimizer` (registry defaults) at `start` with the next palette colour.
  void addRun(const std::string& optimizer, const optim::Vec2& start);
  /// Advances every run by up to `n` steps, never past stepLimit.
  void advance(size_t n);
  /// Back to step 0 for every run.
  void restart();
  /// Largest step count requested of any run.
  size_t stepCount() const;

 private:
  Session(landscapes::Landscape landscape) : landscape_(std::move(landscape)) {}
  landscapes::Landscape landscape_;
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
