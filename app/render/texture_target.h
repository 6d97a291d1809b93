// A colour texture with a framebuffer that draws into it: the canvas's cached pictures (surface,
// trail layers, composite). Stored as unsized RGBA filled from BGRA, which Mesa keeps as BGRA8, the
// layout of an X11 window's framebuffer: copying a cache with rows top-down onto the window is then a
// plain memory copy (glBlitFramebuffer) even on a software renderer, instead of a shaded pass.
#pragma once

#include "app/render/gl_object.h"
#include "app/render/viewport.h"

namespace lv::render {

/// Creates `texture` anew as width × height of `internalFormat` (data in `format`/`type`, contents
/// undefined): multisampled with `samples` when samples > 1 (fixed sample locations), else a 2D
/// texture filtered with `filter`, clamped to its edges. Returns its GL target. Leaves texture 0 bound.
GLenum allocateTexture(GlTexture& texture, int width, int height, int samples, GLenum internalFormat,
                       GLenum format, GLenum type, GLenum filter = GL_NEAREST);

/// Allocates `texture` as width × height of the given format (nearest filtering, clamped), creating
/// it and `framebuffer` if needed, and attaches it as the framebuffer's colour. Leaves texture 0
/// bound and `framebuffer` bound for drawing.
void allocateColorTarget(GlTexture& texture, GlFramebuffer& framebuffer, int width, int height,
                         GLenum internalFormat, GLenum format, GLenum type);

/// Needs a current GL context for its whole life. Move-only; empty until resize().
class TextureTarget {
 public:
  /// Allocates width × height pixels (≥ 1) unless already that size. Returns true when it
  /// (re)allocated: the contents are then undefined. Leaves framebuffer 0 bound for drawing.
  bool resize(int width, int height);

  int width() const { return width_; }
  int height() const { return height_; }
  PixelRect rect() const { return {0, 0, width_, height_}; }
  GLuint texture() const { return texture_.id(); }
  GLuint framebuffer() const { return framebuffer_.id(); }
  explicit operator bool() const { return static_cast<bool>(texture_); }

  /// Binds the framebuffer for drawing and sets the viewport to all of it.
  void bindForDrawing() const;
  /// Clears all of it (binds it for drawing).
  void clear(float r, float g, float b, float a) const;
  /// Frees the texture and framebuffer (empty again).
  void release();

 private:
  GlTexture texture_;
  GlFramebuffer framebuffer_;
  int width_ = 0, height_ = 0;
};

}  // namespace lv::render
