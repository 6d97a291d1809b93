// Copies many equal-height strips of a texture pixel for pixel onto the bound framebuffer in one
// instanced draw, under whatever blending the caller set (TrailLayers composes the tiles its trails
// reach this way). The strips' quads come from the instanced-quad vertex shader of trails (a
// segment padded by half the strip height is exactly a rectangle), their pixels from blit.frag.
// One draw instead of one scissored full-screen triangle per strip: a software renderer pays
// dearly per draw call.
#pragma once

#include "app/render/gl_object.h"
#include "app/render/gl_program.h"
#include "app/render/quad_program.h"
#include "app/render/viewport.h"

#include <vector>

namespace lv::render {

/// Needs a current GL context for its whole life.
class StripBlitPass {
 public:
  StripBlitPass();

  /// For every strip (viewport pixels, each `stripHeight` rows tall), framebuffer pixel p of it gets
  /// texel p − `origin` of `texture`, clipped to `clip` (viewport pixels). Leaves the blend state as
  /// it found it, the scissor test off and program, buffer, texture and VAO bindings at 0.
  void draw(GLuint texture, const Viewport& viewport, int originX, int originY,
            const std::vector<PixelRect>& strips, int stripHeight, const PixelRect& clip);

 private:
  GlProgram program_;
  GlBuffer instances_;
  GlVertexArray vao_;
  QuadViewUniforms view_;
  GLint halfWidthUniform_ = -1, originUniform_ = -1, imageUniform_ = -1;
  std::vector<float> data_;  // instance data, reused every frame
};

}  // namespace lv::render
