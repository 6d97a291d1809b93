// Undo and redo of a user's edits, as snapshots of the scene: start moves, hyperparameter,
// schedule, sampling and optimizer edits, runs added and removed, landscape, data, colour and map
// changes. Headless; the window restores a snapshot with Session::fromScene.
#pragma once

#include "app/sim/scene.h"

#include <deque>
#include <optional>

namespace lv::sim {

/// True when `a` and `b` differ in what a user edits: anything but the step count, the view and
/// the playback speed and the 3D view (which are not undone: undo does not rewind time or move the
/// camera).
bool editsDiffer(const Scene& a, const Scene& b);

class History {
 public:
  /// Keeps at most `depth` (≥ 1) undo steps; the oldest are dropped.
  explicit History(size_t depth = 100);

  /// Starts over from `scene` with nothing to undo or redo (a scene opened from a file).
  void reset(const Scene& scene);

  /// Called each frame (or after each input) with the session's scene and whether the user has
  /// finished (no mouse button held, no widget active). A finished scene whose edits differ from
  /// the last recorded one becomes one undo step, so a slider dragged over many frames is one step;
  /// a redo history is dropped by a new edit.
  void observe(const Scene& now, bool settled);

  bool canUndo() const { return !undo_.empty(); }
  bool canRedo() const { return !redo_.empty(); }

  /// The scene before the last step, with the step count, view and speed of `current`; nullopt
  /// when there is nothing to undo. `current` becomes redoable.
  std::optional<Scene> undo(const Scene& current);
  /// The reverse of undo().
  std::optional<Scene> redo(const Scene& current);

 private:
  std::optional<Scene> travel(std::deque<Scene>& from, std::deque<Scene>& to, const Scene& current);

  size_t depth_;
  Scene recorded_;  // the scene as of the last step (what undo returns to after a new edit)
  std::deque<Scene> undo_, redo_;
};

}  // namespace lv::sim
