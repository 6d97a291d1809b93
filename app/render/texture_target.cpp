// See texture_target.h.
#include "app/render/texture_target.h"

#include <cassert>

namespace lv::render {

void allocateColorTarget(GlTexture& texture, GlFramebuffer& framebuffer, int width, int height,
                         GLenum internalFormat, GLenum format, GLenum type) {
  if (!texture) texture = GlTexture::generate();
  if (!framebuffer) framebuffer = GlFramebuffer::generate();
  glBindTexture(GL_TEXTURE_2D, texture.id());
  glTexImage2D(GL_TEXTURE_2D, 0, GLint(internalFormat), width, height, 0, format, type, nullptr);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glBindTexture(GL_TEXTURE_2D, 0);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, framebuffer.id());
  glFramebufferTexture2D(GL_DRAW_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture.id(), 0);
  assert(glCheckFramebufferStatus(GL_DRAW_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE);
}

bool TextureTarget::resize(int width, int height) {
  assert(width >= 1 && height >= 1);
  if (texture_ && width == width_ && height == height_) return false;
  // Unsized GL_RGBA with BGRA data: the driver picks its BGRA8 format (see the header).
  allocateColorTarget(texture_, framebuffer_, width, height, GL_RGBA, GL_BGRA, GL_UNSIGNED_BYTE);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
  width_ = width;
  height_ = height;
  return true;
}

void TextureTarget::release() {
  framebuffer_.reset();
  texture_.reset();
  width_ = height_ = 0;
}

void TextureTarget::bindForDrawing() const {
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, framebuffer_.id());
  glViewport(0, 0, width_, height_);
}

void TextureTarget::clear(float r, float g, float b, float a) const {
  bindForDrawing();
  glClearColor(r, g, b, a);
  glClear(GL_COLOR_BUFFER_BIT);
}

}  // namespace lv::render
