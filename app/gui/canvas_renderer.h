// The GL half of the canvas: keeps a render::Canvas in step with a session (landscape shader,
// trail buffers appended as runs advance) and draws a frame's figure (trail styles, markers,
// arrows) into a framebuffer rectangle. The ImGui half (axes, labels, legend, colour bar) is
// ui::drawFigureOverlay; composer.cpp puts the two together.
#pragma once

#include "app/figure/color_bar.h"
#include "app/render/canvas.h"
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
  void draw(const sim::Session& session, const ui::CanvasFrame& frame, render::CanvasTarget target,
            const render::Viewport& viewport);

  /// The surface's value → colour mapping over `view` (the canvas's colour scale, fitted or kept
  /// as the next draw will, and the session's colormap sampled at evenly spaced stops), for the
  /// colour bar.
  figure::ColorMapping colorMapping(const sim::Session& session, const sim::Rect& view);

  /// The driver's log when the landscape's shader failed to build ("" when fine); the previous
  /// surface stays on screen meanwhile.
  const std::string& shaderError() const { return canvas_.landscapeError(); }
  render::Canvas& canvas() { return canvas_; }

 private:
  void syncLandscape(const sim::Session& session);
  /// The data surface's rows: all, or the last batch of session.batchSurfaceRun (batch_surface.cpp).
  void syncBatchSurface(const sim::Session& session);

  render::Canvas canvas_;
  std::vector<render::TrailStyle> trailStyles_;
  std::vector<render::Arrow> arrows_;
  std::vector<std::uint32_t> batchRows_;  // scratch of syncBatchSurface
  figure::ColorMapping mapping_;
  std::string mappingFormula_;
  sim::Rect mappingView_{0, 0, 0, 0};
  bool mappingValid_ = false;
};

}  // namespace lv::gui
