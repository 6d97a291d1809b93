// Ghost paths: after a hyperparameter edit that recomputes a run ("restart on change"), the path it
// had before stays visible, faded, until the run's next such edit or until dismissed, so one sees
// what the edit did. A slider dragged over many frames is one edit: the ghost is the path from
// before the drag. Headless: the window observes the session each frame and draws the ghosts.
#pragma once

#include "app/sim/session.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lv::sim {

class GhostPaths {
 public:
  /// Longest path kept as a ghost (points); longer runs show none (memory stays small).
  static constexpr size_t kMaxPoints = 200000;

  /// Call once per frame. `settled`: no mouse button held and no widget active; a ghost is taken
  /// only from the first change after a settled frame. A run whose trajectory was replaced with the
  /// same optimizer and start but other hyperparameters gets its previous path as ghost; any other
  /// replacement (start, optimizer, landscape) drops its ghost. Adding or removing runs drops all.
  void observe(const Session& session, bool settled);
  /// The ghost of run `index` (empty: none).
  const std::vector<Vec2>& ghostOf(size_t index) const;
  bool any() const;
  void dismiss();

 private:
  struct Seen {
    std::uint64_t generation = 0;
    std::string optimizer;
    std::vector<double> params;
    Vec2 start = Vec2::Zero();
    std::vector<Vec2> points;  // the path as last seen (empty past kMaxPoints)
    std::vector<Vec2> ghost;
  };
  std::vector<Seen> runs_;
  bool armed_ = true;
};

}  // namespace lv::sim
