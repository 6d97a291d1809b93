// The whole picture of a scene, composed in order: the surface, the convergence map if any
// (map_overlay_pass.h), known minima, trails (every halo, then every core: see trail_layers.h),
// start rings, head markers and arrows. Overlays (axes, legend, colour bar) are the figure's and
// the UI's job.
//
// The canvas is the one owner of cached pictures; the caller states the colour scale (sim::colorScaleFor
// is the one rule that fits, locks and refits it) and what it
// draws into (CanvasTarget). The window, drawn every frame, gets a cached picture copied to it:
// `base` (surface and minima) and `picture` (base plus the trail layers), both with rows top-down
// so the copy to the window is a plain memory copy (texture_target.h). Trails that grew re-compose
// only the tiles they reached; trails that start over (a slider drag) re-compose the picture from
// the base without shading the surface again; a pan by whole pixels shifts the base and shades only
// the newly exposed strips, which the fixed colour scale makes seamless. While the view zooms (it
// changes scale from frame to frame), the window gets the cached picture scaled (nearest texel: a
// software renderer scales at little more than a copy's cost, where filtering shades every pixel),
// with the surface shaded only where zooming out exposed it, until the view settles (a frame with
// the same view as the last) or has drifted past kMaxInterimZoom: then the picture is made anew,
// exactly as before. A trail that started over within the last kLiveTrailFrames frames (a slider
// being dragged) is left out of the picture and drawn whole over it in the window every frame: the
// other trails' layers stay as they are and nothing is re-composed while it changes. Offscreen
// images, drawn once, get the same picture drawn directly.
#pragma once

#include "app/render/map_overlay_pass.h"
#include "app/render/marker_pass.h"
#include "app/render/surface_pass.h"
#include "app/render/texture_target.h"
#include "app/render/trail_layers.h"
#include "app/render/trail_pass.h"
#include "app/render/viewport.h"
#include "app/sim/color_scale.h"

#include <Eigen/Core>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace lv::render {

/// What a canvas is drawn into; said by the caller, never read back from GL state.
enum class CanvasTarget {
  Window,  ///< the window's framebuffer 0, single-sampled, drawn every frame: the picture is cached
  Image,   ///< the bound offscreen framebuffer (multisampled or not), drawn once: drawn directly
};

/// Scene-wide drawing options.
struct CanvasStyle {
  SurfaceStyle surface;
  /// The value → colour mapping and contour levels the surface is shaded with, as the caller fitted
  /// or set it (sim::colorScaleFor; SurfacePass::fitScale in tests); never changed by the canvas.
  sim::ColorScale colorScale;
  bool showMinima = true;    ///< white stars at known minima
  bool showStarts = true;    ///< a ring in the run's colour at each trail's first point
  bool showHeads = true;     ///< a marker (TrailStyle::head) in the run's colour at each trail's last point
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

/// Owns the passes, the cached pictures and the colour scale. Needs a current GL context for its
/// whole life. Feed the landscape with setLandscape() and trails with syncTrail(), then draw().
class Canvas {
 public:
  /// Compiles the surface for `formula` unless `revision` (the caller's change counter for the
  /// landscape) is the one tried last. False when that compile failed: landscapeError() then holds
  /// the driver's log and the previous surface stays.
  bool setLandscape(const landscapes::Formula& formula, std::uint64_t revision);
  /// As above for a data landscape: its full-data mean, the rows bound as a texture.
  bool setLandscape(const landscapes::FiniteSum& sum, std::uint64_t revision);
  /// Which rows a data surface averages: `rows[0..count)` (the current mini-batch) or, with `rows`
  /// null, all of them (the default after setLandscape). Uploads only when `key` (the caller's
  /// name for this selection, never 0; 0 = all rows) differs from the last one.
  void setDataRows(const std::uint32_t* rows, std::size_t count, std::uint64_t key);
  /// The log of the last failed setLandscape() ("" after a success).
  const std::string& landscapeError() const { return landscapeError_; }
  /// Makes trail `index` show `points` (sim's trajectory; `revision` = Run::generation), thinned for
  /// drawing `view` at `viewport`'s size (sim::thinningTolerance) into `target`: radially for an
  /// image, by sleeve fitting (far fewer vertices) for the window.
  void syncTrail(std::size_t index, const std::vector<Eigen::Vector2d>& points, std::uint64_t revision,
                 const View& view, const Viewport& viewport, CanvasTarget target = CanvasTarget::Image);
  /// Drops trails index >= n.
  void removeTrailsFrom(std::size_t n) { trails_.removeTrailsFrom(n); }

  /// Draws everything into `target` at `viewport`; trail i uses trailStyles[i] (its head and start
  /// markers too). Window: binds framebuffer 0 for drawing at the end; Image: keeps the bound
  /// framebuffer. Leaves blending enabled and the scissor test off.
  void draw(CanvasTarget target, const View& view, const Viewport& viewport, const CanvasStyle& style,
            const std::vector<TrailStyle>& trailStyles, const std::vector<Eigen::Vector2d>& minima,
            const std::vector<Arrow>& arrows = {});

  SurfacePass& surface() { return surface_; }
  /// The convergence map drawn over the surface, under everything else (app/maps).
  MapOverlayPass& mapOverlay() { return mapOverlay_; }
  TrailPass& trails() { return trails_; }
  const SurfacePass& surface() const { return surface_; }
  const TrailPass& trails() const { return trails_; }
  /// Surface pictures shaded anew, and the layers of the trails not being edited redrawn whole
  /// (tests and benchmarks).
  std::uint64_t surfaceRenders() const { return surface_.renderCount(); }
  std::uint64_t trailRedraws() const { return layers_.redrawCount(); }

 private:
  struct BaseKey {  // what the cached base shows besides its view
    std::uint64_t formula = 0;
    SurfaceStyle surface;
    sim::ColorScale scale;
    std::vector<Eigen::Vector2d> minima;
    bool showMinima = false;
    float minimumRadius = 0;
    std::uint64_t mapOverlay = 0;  // MapOverlayPass::revision
    bool operator==(const BaseKey& other) const;
  };

  template <class Compile>
  bool compileLandscape(std::uint64_t revision, Compile&& compile);
  void drawCached(const View& view, const Viewport& viewport, const CanvasStyle& style,
                  const std::vector<TrailStyle>& trailStyles, const std::vector<Eigen::Vector2d>& minima);
  /// Brings the base up to date with `view`; true when any of it changed.
  bool updateBase(const View& view, const BaseKey& key, bool resized, const CanvasStyle& style,
                  const std::vector<Eigen::Vector2d>& minima);
  /// Shades `rect` of the base again: surface and minima.
  void shadeBase(const View& view, const PixelRect& rect, const CanvasStyle& style,
                 const std::vector<Eigen::Vector2d>& minima);
  /// While the view zooms: draws the cached picture scaled to `view` (surface shaded where it
  /// does not reach) and returns true; false when the picture must be made anew.
  bool drawZoomInterim(const View& view, const Viewport& viewport, const CanvasStyle& style,
                       const BaseKey& key);
  /// Sorts the trails into mainStyles_ and liveStyles_ (each showing only its own trails).
  void splitLiveTrails(const std::vector<TrailStyle>& trailStyles);
  /// Draws the live trails (liveStyles_) whole into the window's bound framebuffer.
  void drawLiveTrails(const View& view, const Viewport& viewport);
  /// Copies `rect` of the base to the picture and composites the trail layers there.
  void composePicture(const PixelRect& rect);
  void drawMinima(const View& view, const Viewport& viewport, const CanvasStyle& style,
                  const std::vector<Eigen::Vector2d>& minima);
  void drawAbove(const View& view, const Viewport& viewport, const CanvasStyle& style,
                 const std::vector<TrailStyle>& trailStyles, const std::vector<Arrow>& arrows);

  SurfacePass surface_;
  MapOverlayPass mapOverlay_;
  TrailPass trails_;
  MarkerPass markers_;
  TrailLayers layers_;  // every trail but the live ones
  std::vector<TrailStyle> mainStyles_, liveStyles_;
  std::vector<std::uint64_t> seenRevisions_;  // each trail's revision in the previous frame
  std::vector<int> quietFrames_;              // frames since each trail last started over
  std::uint64_t landscapeRevision_ = 0;
  std::uint64_t dataRowsKey_ = 0;  // setDataRows()'s last key
  bool hasLandscape_ = false;
  std::string landscapeError_;

  TextureTarget base_;     // surface + minima, rows top-down, the viewport's size
  TextureTarget spare_;    // the base's previous contents while panning
  TextureTarget picture_;  // base + trail layers: what the window gets
  BaseKey baseKey_;
  View baseView_;
  bool baseValid_ = false;
  View lastView_;  // the window's view in the previous frame: a zoom has settled when it repeats
  std::vector<Marker> markerScratch_;  // reused every frame: no allocation once warm
  std::vector<PixelRect> changedScratch_;
};

}  // namespace lv::render
