// See offscreen_target.h.
#include "app/render/offscreen_target.h"

#include "app/render/texture_target.h"

#include <algorithm>

namespace lv::render {
namespace {

bool attachColor(GlTexture& texture, GlFramebuffer& fbo, int width, int height, int samples) {
  const GLenum target = allocateTexture(texture, width, height, samples, GL_RGBA8, GL_RGBA, GL_UNSIGNED_BYTE);
  fbo = GlFramebuffer::generate();
  glBindFramebuffer(GL_FRAMEBUFFER, fbo.id());
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, target, texture.id(), 0);
  const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  return complete;
}

}  // namespace

std::optional<OffscreenTarget> OffscreenTarget::create(int width, int height, int samples,
                                                       std::string* error) {
  GLint maxSize = 0, maxSamples = 0;
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxSize);
  glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
  if (width < 1 || height < 1 || width > maxSize || height > maxSize) {
    if (error) {
      *error = "image size " + std::to_string(width) + "x" + std::to_string(height) + " is outside 1.." +
               std::to_string(maxSize);
    }
    return std::nullopt;
  }
  OffscreenTarget t;
  t.width_ = width;
  t.height_ = height;
  t.samples_ = std::min(samples, int(maxSamples));
  bool ok = attachColor(t.color_, t.framebuffer_, width, height, t.samples_);
  if (ok && t.samples_ > 1) ok = attachColor(t.resolved_, t.resolveFramebuffer_, width, height, 0);
  if (!ok) {
    if (error) *error = "offscreen framebuffer is incomplete";
    return std::nullopt;
  }
  return t;
}

void OffscreenTarget::bind() const {
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_.id());
  glViewport(0, 0, width_, height_);
}

void OffscreenTarget::clear(float r, float g, float b) const {
  bind();
  glClearColor(r, g, b, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
}

std::vector<std::uint8_t> OffscreenTarget::readPixels() const {
  GLuint source = framebuffer_.id();
  if (samples_ > 1) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer_.id());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolveFramebuffer_.id());
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    source = resolveFramebuffer_.id();
  }
  const std::size_t rowBytes = std::size_t(width_) * 4;
  std::vector<std::uint8_t> bottomUp(rowBytes * std::size_t(height_));
  glBindFramebuffer(GL_READ_FRAMEBUFFER, source);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, bottomUp.data());
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  std::vector<std::uint8_t> topDown(bottomUp.size());
  for (int row = 0; row < height_; ++row) {
    std::copy_n(bottomUp.begin() + std::ptrdiff_t(row * rowBytes), rowBytes,
                topDown.begin() + std::ptrdiff_t((height_ - 1 - row) * rowBytes));
  }
  return topDown;
}

}  // namespace lv::render
