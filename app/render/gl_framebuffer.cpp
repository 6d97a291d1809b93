// See gl_framebuffer.h.
#include "app/render/gl_framebuffer.h"

namespace lv::render {

GlFramebuffer GlFramebuffer::generate() {
  GlFramebuffer object;
  glGenFramebuffers(1, &object.id_);
  return object;
}

GlFramebuffer& GlFramebuffer::operator=(GlFramebuffer&& other) noexcept {
  if (this != &other) {
    reset();
    id_ = other.id_;
    other.id_ = 0;
  }
  return *this;
}

void GlFramebuffer::reset() {
  if (id_ != 0) glDeleteFramebuffers(1, &id_);
  id_ = 0;
}

}  // namespace lv::render
