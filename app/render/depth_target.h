// A colour + depth framebuffer for pictures that need the depth test (the 3D view), optionally
// multisampled and then resolved into a plain RGBA8 texture, which is copied wherever the picture
// goes: framebuffer 0 and the offscreen targets have no depth buffer, and a multisampled target
// cannot take a blit.
#pragma once

#include "app/render/gl_object.h"

namespace lv::render {

/// Needs a current GL context for its whole life. Move-only; empty until resize().
class DepthTarget {
 public:
  /// Allocates width × height (≥ 1) with `samples` (≤ 1: none; clamped to GL_MAX_SAMPLES) unless
  /// already so. The picture is sampled with `filter` (GL_NEAREST or GL_LINEAR: a picture drawn
  /// smaller than it is shown). Leaves framebuffer 0 bound.
  void resize(int width, int height, int samples, GLenum filter = GL_NEAREST);
  /// Binds the framebuffer for drawing, sets the viewport to all of it and clears colour (to r, g,
  /// b, 1) and depth.
  void bindAndClear(float r, float g, float b) const;
  /// Binds the framebuffer for drawing, sets the viewport to all of it and fills colour and depth
  /// with `source`'s, which has the same size and samples.
  void bindAndCopy(const DepthTarget& source) const;
  /// Resolves the samples into resolved() (nothing to do without multisampling). Leaves
  /// framebuffer 0 bound.
  void resolve() const;
  /// The resolved picture (GL_RGBA8, rows bottom-up).
  GLuint resolved() const { return samples_ > 1 ? resolved_.id() : color_.id(); }
  /// The depth texture (a GL_TEXTURE_2D only without multisampling).
  GLuint depth() const { return depth_.id(); }
  /// The framebuffer, to draw into when it is not the one bound.
  GLuint framebuffer() const { return framebuffer_.id(); }
  int width() const { return width_; }
  int height() const { return height_; }

 private:
  GlTexture color_, depth_, resolved_;
  GlFramebuffer framebuffer_, resolveFramebuffer_;
  int width_ = 0, height_ = 0, samples_ = -1;
  GLenum filter_ = GL_NEAREST;
};

}  // namespace lv::render
