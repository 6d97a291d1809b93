// Copies a texture pixel for pixel onto the bound framebuffer with a shaded full-screen triangle
// (the surface cache onto offscreen targets, which a blit cannot reach when they are multisampled),
// under whatever blending the caller set.
#pragma once

#include "app/render/gl_object.h"
#include "app/render/gl_program.h"
#include "app/render/viewport.h"

namespace lv::render {

/// Needs a current GL context for its whole life.
class BlitPass {
 public:
  BlitPass();

  /// Framebuffer pixel p inside `viewport` gets texel p − `origin` of `texture` (GL pixels; `origin`
  /// may be negative to read from inside a larger texture). Leaves the blend state as it found it
  /// and program, texture and VAO bindings at 0; sets the viewport.
  void draw(GLuint texture, const Viewport& viewport, int originX, int originY) const;

 private:
  GlProgram program_;
  GlVertexArray emptyVao_;  // core profile needs a bound VAO even without attributes
  GLint originUniform_ = -1, imageUniform_ = -1;
};

}  // namespace lv::render
