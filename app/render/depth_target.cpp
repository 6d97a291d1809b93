// See depth_target.h.
#include "app/render/depth_target.h"

#include <algorithm>

namespace lv::render {
namespace {

void allocate(GlTexture& texture, int width, int height, int samples, GLenum internalFormat, GLenum format,
              GLenum type) {
  texture = GlTexture::generate();
  const GLenum target = samples > 1 ? GL_TEXTURE_2D_MULTISAMPLE : GL_TEXTURE_2D;
  glBindTexture(target, texture.id());
  if (samples > 1) {
    glTexImage2DMultisample(target, samples, internalFormat, width, height, GL_TRUE);
  } else {
    glTexImage2D(target, 0, GLint(internalFormat), width, height, 0, format, type, nullptr);
    glTexParameteri(target, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(target, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  }
  glBindTexture(target, 0);
}

}  // namespace

void DepthTarget::resize(int width, int height, int samples) {
  GLint maxSamples = 0;
  glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
  samples = samples > 1 ? std::min(samples, int(maxSamples)) : 0;
  width = std::max(width, 1);
  height = std::max(height, 1);
  if (width == width_ && height == height_ && samples == samples_) return;
  width_ = width;
  height_ = height;
  samples_ = samples;
  const GLenum target = samples > 1 ? GL_TEXTURE_2D_MULTISAMPLE : GL_TEXTURE_2D;
  allocate(color_, width, height, samples, GL_RGBA8, GL_RGBA, GL_UNSIGNED_BYTE);
  allocate(depth_, width, height, samples, GL_DEPTH_COMPONENT24, GL_DEPTH_COMPONENT, GL_UNSIGNED_INT);
  allocate(resolved_, width, height, 0, GL_RGBA8, GL_RGBA, GL_UNSIGNED_BYTE);
  framebuffer_ = GlFramebuffer::generate();
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_.id());
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, target, color_.id(), 0);
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, target, depth_.id(), 0);
  resolveFramebuffer_ = GlFramebuffer::generate();
  glBindFramebuffer(GL_FRAMEBUFFER, resolveFramebuffer_.id());
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, resolved_.id(), 0);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void DepthTarget::bindAndClear(float r, float g, float b) const {
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_.id());
  glViewport(0, 0, width_, height_);
  glDisable(GL_SCISSOR_TEST);
  glClearColor(r, g, b, 1.0f);
  glDepthMask(GL_TRUE);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT);
}

void DepthTarget::resolve() const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer_.id());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolveFramebuffer_.id());
  glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

}  // namespace lv::render
