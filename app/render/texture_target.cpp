// See texture_target.h.
#include "app/render/texture_target.h"

#include <cassert>

namespace lv::render {

GLenum allocateTexture(GlTexture& texture, int width, int height, int samples, GLenum internalFormat,
                       GLenum format, GLenum type, GLenum filter) {
  texture = GlTexture::generate();
  const GLenum target = samples > 1 ? GL_TEXTURE_2D_MULTISAMPLE : GL_TEXTURE_2D;
  glBindTexture(target, texture.id());
  if (samples > 1) {
    glTexImage2DMultisample(target, samples, internalFormat, width, height, GL_TRUE);
  } else {
    glTexImage2D(target, 0, GLint(internalFormat), width, height, 0, format, type, nullptr);
    glTexParameteri(target, GL_TEXTURE_MIN_FILTER, GLint(filter));
    glTexParameteri(target, GL_TEXTURE_MAG_FILTER, GLint(filter));
    glTexParameteri(target, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(target, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  }
  glBindTexture(target, 0);
  return target;
}

void allocateColorTarget(GlTexture& texture, GlFramebuffer& framebuffer, int width, int height,
                         GLenum internalFormat, GLenum format, GLenum type) {
  allocateTexture(texture, width, height, 0, internalFormat, format, type);
  if (!framebuffer) framebuffer = GlFramebuffer::generate();
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
