// See depth_target.h.
#include "app/render/depth_target.h"

#include "app/render/texture_target.h"

#include <algorithm>

namespace lv::render {

void DepthTarget::resize(int width, int height, int samples, GLenum filter) {
  GLint maxSamples = 0;
  glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
  samples = samples > 1 ? std::min(samples, int(maxSamples)) : 0;
  width = std::max(width, 1);
  height = std::max(height, 1);
  if (width == width_ && height == height_ && samples == samples_ && filter == filter_) return;
  width_ = width;
  height_ = height;
  samples_ = samples;
  filter_ = filter;
  const GLenum target =
      allocateTexture(color_, width, height, samples, GL_RGBA8, GL_RGBA, GL_UNSIGNED_BYTE, filter);
  allocateTexture(depth_, width, height, samples, GL_DEPTH_COMPONENT24, GL_DEPTH_COMPONENT, GL_UNSIGNED_INT);
  framebuffer_ = GlFramebuffer::generate();
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_.id());
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, target, color_.id(), 0);
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, target, depth_.id(), 0);
  if (samples > 1) {
    allocateColorTarget(resolved_, resolveFramebuffer_, width, height, GL_RGBA8, GL_RGBA, GL_UNSIGNED_BYTE);
  } else {
    resolved_.reset();
    resolveFramebuffer_.reset();
  }
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

void DepthTarget::bindAndCopy(const DepthTarget& source) const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, source.framebuffer_.id());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, framebuffer_.id());
  glDisable(GL_SCISSOR_TEST);
  glDepthMask(GL_TRUE);
  glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT,
                    GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_.id());
  glViewport(0, 0, width_, height_);
}

void DepthTarget::resolve() const {
  if (samples_ > 1) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer_.id());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolveFramebuffer_.id());
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

}  // namespace lv::render
