// The GL half of the canvas: keeps a render::Canvas in step with a session (landscape shader,
// trail buffers appended as runs advance) and draws it into a framebuffer rectangle. The ImGui half
// (axes, labels, legend) is ui::drawCanvasOverlay; composer.cpp puts the two together.
#pragma once

#include "app/render/canvas.h"
#include "app/sim/session.h"
#include "app/ui/canvas_overlay.h"

#include <string>
#include <vector>

namespace lv::gui {

/// Needs a current GL context for its whole life.
class CanvasRenderer {
 public:
  /// Draws `frame` of `session` into the bound framebuffer at `viewport` (GL pixels; larger than
  /// the frame's ImGui rectangle on HiDPI screens and in 2x/4x screenshots). Line widths, markers
  /// and arrows are sized in ImGui pixels times `uiScale`, so they grow with the UI for projectors.
  void draw(const sim::Session& session, const ui::CanvasFrame& frame, render::CanvasTarget target,
            const render::Viewport& viewport, float uiScale, bool showArrows);

  /// The driver's log when the landscape's shader failed to build ("" when fine); the previous
  /// surface stays on screen meanwhile.
  const std::string& shaderError() const { return canvas_.landscapeError(); }
  render::Canvas& canvas() { return canvas_; }

 private:
  void syncLandscape(const sim::Session& session);

  render::Canvas canvas_;
  std::vector<render::TrailStyle> trailStyles_;
  std::vector<render::Arrow> arrows_;
};

}  // namespace lv::gui
