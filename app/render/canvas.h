// The whole picture of a scene, composed in order: the cached surface, known minima, trails (every
// halo, then every core: see trail_layers.h), start rings, head discs and arrows. Draws into the
// currently bound framebuffer at a viewport, so the window and an offscreen target render the same
// picture. Overlays (axes, legend) are the UI's job.
//
// Drawing into the window, everything below the markers is kept composed in one cached picture
// with rows top-down, copied to the window each frame. Where trails grew, that part of it is shaded
// again (surface, minima, trails); when the view, size or a style changes, all of it. The trails
// come from TrailLayers, so a frame costs a copy plus the new segments however long the trails
// are. Offscreen targets, drawn once, get the same picture drawn directly.
#pragma once

#include "app/render/marker_pass.h"
#include "app/render/surface_pass.h"
#include "app/render/texture_target.h"
#include "app/render/trail_layers.h"
#include "app/render/trail_pass.h"
#include "app/render/viewport.h"

#include <Eigen/Core>

#include <array>
#include <cstdint>
#include <vector>

namespace lv::render {

/// Scene-wide drawing options.
struct CanvasStyle {
  SurfaceStyle surface;
  bool showMinima = true;    ///< white stars at known minima
  bool showStarts = true;    ///< a ring in the run's colour at each trail's first point
  bool showHeads = true;     ///< a disc in the run's colour at each trail's last point
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
  const SurfacePass& surface() const { return surface_; }
  const TrailLayers& layers() const { return layers_; }

  /// Draws everything; trail i uses trailStyles[i] (its head/start markers too). Keeps the bound
  /// framebuffers; leaves blending enabled and the scissor test off.
  void draw(const View& view, const Viewport& viewport, const CanvasStyle& style,
            const std::vector<TrailStyle>& trailStyles, const std::vector<Eigen::Vector2d>& minima,
            const std::vector<Arrow>& arrows = {});

 private:
  struct PictureKey {
    std::uint64_t formula = 0;
    View view;
    SurfaceStyle surface;
    std::vector<Eigen::Vector2d> minima;
    bool showMinima = false;
    float minimumRadius = 0;
  };

  void drawCached(const View& view, const Viewport& viewport, const CanvasStyle& style,
                  const std::vector<TrailStyle>& trailStyles, const std::vector<Eigen::Vector2d>& minima);
  void drawDirect(const View& view, const Viewport& viewport, const CanvasStyle& style,
                  const std::vector<TrailStyle>& trailStyles, const std::vector<Eigen::Vector2d>& minima);
  /// Shades `rect` of the cached picture again: surface, minima, trail layers.
  void compose(const View& view, const PixelRect& rect, const CanvasStyle& style,
               const std::vector<Eigen::Vector2d>& minima);
  void drawMinima(const View& view, const Viewport& viewport, const CanvasStyle& style,
                  const std::vector<Eigen::Vector2d>& minima);
  void drawAbove(const View& view, const Viewport& viewport, const CanvasStyle& style,
                 const std::vector<TrailStyle>& trailStyles, const std::vector<Arrow>& arrows);

  SurfacePass surface_;
  TrailPass trails_;
  MarkerPass markers_;
  TrailLayers layers_;
  TextureTarget picture_;  // surface + minima + trails, rows top-down, the viewport's size
  PictureKey pictureKey_;
  bool pictureValid_ = false;
  std::vector<Marker> markerScratch_;  // reused every frame: no allocation once warm
  std::vector<PixelRect> changedScratch_;
};

}  // namespace lv::render
