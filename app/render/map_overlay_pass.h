// The convergence map over the surface (app/maps): an RGBA8 picture placed on a world rectangle
// (the view it was computed for), blended at an opacity. The canvas draws it right after the
// surface, so the minima, trails and markers stay on top. It also owns the map's texture, which the
// UI shows as an image (the hyperparameter map).
#pragma once

#include "app/render/gl_object.h"
#include "app/render/gl_program.h"
#include "app/render/viewport.h"

#include <cstdint>
#include <vector>

namespace lv::render {

/// Needs a current GL context for its whole life.
class MapOverlayPass {
 public:
  MapOverlayPass();

  /// Replaces the picture: width × height RGBA8, row 0 the top (maps::colorMap's layout).
  void upload(const std::vector<std::uint8_t>& rgba, int width, int height);
  /// Where (world rectangle of the outer pixel edges) and how opaque ([0, 1]) it is drawn on the
  /// canvas; `visible` false (or opacity 0) draws nothing.
  void place(const View& world, float opacity, bool visible);
  /// Into the bound framebuffer at `viewport` showing `view` (rowsTopDown for top-down targets),
  /// within the caller's scissor. Keeps the framebuffer's alpha; leaves blending as it found it and
  /// program, texture and VAO bindings at 0.
  void draw(const View& view, const Viewport& viewport) const;

  /// The texture (for an ImGui image), 0 before the first upload.
  GLuint texture() const { return texture_.id(); }
  /// Changes whenever what draw() shows changes (the canvas re-shades its cached surface then).
  std::uint64_t revision() const { return revision_; }

 private:
  GlProgram program_;
  GlVertexArray vao_;
  GlTexture texture_;
  View world_{0, 1, 0, 1};
  float opacity_ = 0;
  bool visible_ = false;
  std::uint64_t revision_ = 0;
};

}  // namespace lv::render
