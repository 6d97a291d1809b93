// Trails kept pre-drawn in two cached layers, so that a frame draws only the segments appended
// since the last one instead of every segment of every trail (tens of thousands of instanced quads,
// far beyond a software renderer's frame budget):
//   halos — every halo blended with GL_MIN onto white: the darkening the halos apply beneath them;
//   cores — every core blended "over" onto transparent black: premultiplied colour and coverage.
// composite() applies them as  cores over min(picture, halos).  For one trail that is exactly
// TrailPass::draw's result; between trails, cores lie above every halo (a crossing trail's halo no
// longer cuts into an earlier trail's core), and a picture grown by appends equals one drawn at
// once wherever appended segments do not cross another trail's.
// The layers hold each trail's stable vertices only (TrailPass::stableCount); the provisional tail
// from the last stable vertex to the head, which moves every step, is drawn live by drawTails().
// The layers cover the viewport plus a margin, at the view's scale: a pan by whole pixels (a mouse
// drag) that stays within the margin reuses them shifted; zooming, resizing, restyling or a trail
// starting over redraws them. A coarse grid of tiles remembers where trails were drawn, so
// compositing touches only those tiles.
#pragma once

#include "app/render/strip_blit_pass.h"
#include "app/render/texture_target.h"
#include "app/render/trail_pass.h"
#include "app/render/viewport.h"

#include <cstdint>
#include <vector>

namespace lv::render {

/// Needs a current GL context for its whole life.
class TrailLayers {
 public:
  /// Brings the layers up to date with `trails` drawn with `styles` for `view` on a viewport of
  /// width × height, rows bottom-up or, with `topDown`, top-down (see texture_target.h): appends
  /// what was uploaded since the last call, adding to `changed` the viewport rectangles (in that row
  /// order) it touched, or redraws everything (clearing only where trails were), adds where the
  /// trails were and are now, and returns true. Changes the GL framebuffer binding,
  /// viewport and blend state.
  bool update(TrailPass& trails, const View& view, int width, int height,
              const std::vector<TrailStyle>& styles, bool topDown, std::vector<PixelRect>& changed);

  /// Darkens the bound framebuffer by the halos (GL_MIN), then blends the cores over it, within
  /// `rect` (viewport pixels) of `viewport` as of the last update(). Leaves the scissor test off and
  /// blending on with TrailPass's straight-alpha function.
  void composite(const Viewport& viewport, const PixelRect& rect);

  /// Draws every visible trail's provisional tail (the segments the layers leave out) into the bound
  /// framebuffer at `viewport`, rows bottom-up: halos, then cores from a little before the tail so
  /// that the tail's halo does not notch the core it joins. Call after composite().
  void drawTails(TrailPass& trails, const View& view, const Viewport& viewport);

  /// True when the layers show `trails` as drawn with `styles` at some view: no trail started over
  /// was re-thinned or restyled since (they may have grown: drawTails() draws what the layers lack).
  bool holds(const TrailPass& trails, const std::vector<TrailStyle>& styles) const;

  /// How many times the layers were redrawn from scratch (tests and benchmarks check the cache).
  std::uint64_t redrawCount() const { return redrawCount_; }

 private:
  struct Placement {
    double xmin = 0, ymin = 0;      // world point at the layers' lower-left corner
    double unitsX = 0, unitsY = 0;  // world units per pixel
    int width = 0, height = 0;      // the viewport size the layers were drawn for
    int marginX = 0, marginY = 0;   // pixels of layer beyond the viewport on each side
    bool rowsTopDown = false;
    int layerWidth() const { return width + 2 * marginX; }
    int layerHeight() const { return height + 2 * marginY; }
    View view() const;  // the layers' world rectangle
  };

  bool reusable(const View& view, int width, int height, bool topDown, const TrailPass& trails,
                const std::vector<TrailStyle>& styles) const;
  void redraw(TrailPass& trails, const View& view, int width, int height,
              const std::vector<TrailStyle>& styles, bool topDown);
  void append(TrailPass& trails, std::vector<PixelRect>& changed);
  /// Marks the tiles reached by trail `index`'s segments from vertex `first` to `end` (exclusive),
  /// halo included, grows extent_ to hold them and returns the layer pixels they cover.
  PixelRect markTiles(const TrailPass& trails, std::size_t index, std::size_t first, std::size_t end);
  /// The world rectangle to draw into the layers with (y reversed for rows top-down).
  View drawView() const;

  TextureTarget halos_, cores_;
  StripBlitPass strips_;
  Placement placement_;
  int offsetX_ = 0, offsetY_ = 0;  // the viewport's first column and row in layer pixels
  std::vector<TrailStyle> styles_;
  std::vector<std::uint64_t> revisions_;                  // each trail's TrailPass::revision() when drawn
  std::vector<double> tolerances_;                        // and its TrailPass::tolerance()
  std::vector<std::size_t> drawnVertices_;                // each trail's stable vertices in the layers
  std::vector<std::size_t> firstVertices_, endVertices_;  // scratch for append() and drawTails()
  PixelRect extent_;                                      // layer pixels holding every drawn trail
  std::vector<std::uint8_t> tiles_;  // kTile-pixel squares of the layers: 1 = a trail reaches it
  int tilesX_ = 0, tilesY_ = 0;
  std::vector<PixelRect> runs_;  // scratch for composite(): runs of touched tiles
  std::uint64_t redrawCount_ = 0;
};

}  // namespace lv::render
