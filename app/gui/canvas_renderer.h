// The GL half of the canvas: keeps a render::Canvas in step with a session (landscape shader,
// trail buffers appended as runs advance) and draws a frame's figure (trail styles, markers,
// arrows) into a framebuffer rectangle. The ImGui half (axes, labels, legend, colour bar) is
// ui::drawFigureOverlay; composer.cpp puts the two together.
#pragma once

#include "app/figure/color_bar.h"
#include "app/render/canvas.h"
#include "app/render/canvas3d.h"
#include "app/sim/session.h"
#include "app/ui/canvas_overlay.h"

#include <string>
#include <vector>

namespace lv::gui {

/// Needs a current GL context for its whole life.
class CanvasRenderer {
 public:
  /// Draws `frame` (its figure) of `session` into the bound framebuffer at `viewport` (GL pixels;
  /// larger than the frame's ImGui rectangle on HiDPI screens and in 2x/4x screenshots: the
  /// figure's pixel sizes are multiplied by the ratio), into `target` (the window or an image).
  /// `mode` Surface draws the 3D view of the frame's rectangle instead (view3d_draw.h).
  void draw(const sim::Session& session, const ui::CanvasFrame& frame, render::CanvasTarget target,
            const render::Viewport& viewport, sim::ViewMode mode = sim::ViewMode::Flat);

  /// The surface's value → colour mapping over `view` (sim::colorScaleFor, what the next draw
  /// shades with, and the session's colormap sampled at evenly spaced stops), for the colour bar.
  figure::ColorMapping colorMapping(const sim::Session& session, const sim::Rect& view);

  /// The height field the 3D view shows of `session` over `view`: the surface's colour scale (as
  /// colorMapping) and the session's vertical exaggeration. What its clicks and hover cast against.
  sim::HeightField heightField(const sim::Session& session, const sim::Rect& view);

  /// The driver's log when the landscape's shader failed to build ("" when fine); the previous
  /// surface stays on screen meanwhile.
  const std::string& shaderError() const { return canvas_.landscapeError(); }
  render::Canvas& canvas() { return canvas_; }
  /// True while the window shows an interim picture: the 3D view's, or a data surface's coarse value
  /// grid (render::ValueGrid); a few more frames replace it. A view switched off while interim is
  /// not drawn again, so it settles nothing.
  bool settling(const sim::Session& session) const {
    const sim::ViewMode mode = session.view3d.mode;
    return (mode != sim::ViewMode::Flat && canvas3d_.settling()) ||
           (mode != sim::ViewMode::Surface && canvas_.surface().refining());
  }

 private:
  void syncLandscape(const sim::Session& session);
  /// sim::colorScaleFor, remembered for the last landscape revision, settings and view: an unlocked scale is
  /// fitted once per view, not at every call of a frame.
  const sim::ColorScale& colorScale(const sim::Session& session, const sim::Rect& view);
  /// The data surface's rows: all, or the last batch of session.batchSurfaceRun (batch_surface.cpp).
  void syncBatchSurface(const sim::Session& session);

  render::Canvas canvas_;
  render::Canvas3d canvas3d_;
  std::vector<render::TrailStyle> trailStyles_;
  std::vector<render::Arrow> arrows_;
  sim::ColorScale scale_;
  std::uint64_t scaleLandscape_ = 0;  // Session::landscapeRevision
  sim::ColorSettings scaleColors_;
  sim::Rect scaleView_{0, 0, 0, 0};
  bool scaleKnown_ = false;
  std::vector<std::uint32_t> batchRows_;  // scratch of syncBatchSurface
};

}  // namespace lv::gui
