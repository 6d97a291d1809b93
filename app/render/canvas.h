// The whole picture of a scene, composed in order: the cached surface, known minima, trails, start
// rings, head discs and arrows. Draws into the currently bound framebuffer at a viewport, so the
// window and an offscreen target render identically. Overlays (axes, legend) are the UI's job.
#pragma once

#include "app/render/marker_pass.h"
#include "app/render/surface_pass.h"
#include "app/render/trail_pass.h"
#include "app/render/view.h"

#include <Eigen/Core>

#include <array>
#include <vector>

namespace lv::render {

/// Scene-wide drawing options.
struct CanvasStyle {
  SurfaceStyle surface;
  bool showMinima = true;  ///< white stars at known minima
  bool showStarts = true;  ///< a ring in the run's colour at each trail's first point
  bool showHeads = true;   ///< a disc in the run's colour at each trail's last point
  float headRadius = 5.0f;   ///< pixels
  float startRadius = 5.0f;  ///< pixels
  float minimumRadius = 7.0f;
};

/// An arrow in world coordinates (e.g. the gradient or the last step at a run's head).
struct Arrow {
  Eigen::Vector2d from = Eigen::Vector2d::Zero();
  Eigen::Vector2d to = Eigen::Vector2d::Zero();
  std::array<float, 4> color{1, 1, 1, 1};
  float headRadius = 4.0f;  ///< pixels
};

/// Owns the passes. Needs a current GL context for its whole life. Feed trails with
/// trails().sync(...) and the landscape with surface().setFormula(...), then draw() each frame.
class Canvas {
 public:
  SurfacePass& surface() { return surface_; }
  TrailPass& trails() { return trails_; }
  MarkerPass& markers() { return markers_; }

  /// Draws everything; trail i uses trailStyles[i] (its head/start markers too).
  void draw(const View& view, const Viewport& viewport, const CanvasStyle& style,
            const std::vector<TrailStyle>& trailStyles,
            const std::vector<Eigen::Vector2d>& minima, const std::vector<Arrow>& arrows = {});

 private:
  SurfacePass surface_;
  TrailPass trails_;
  MarkerPass markers_;
};

}  // namespace lv::render
