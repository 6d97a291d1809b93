// See gl_buffer.h.
#include "app/render/gl_buffer.h"

namespace lv::render {

GlBuffer GlBuffer::generate() {
  GlBuffer object;
  glGenBuffers(1, &object.id_);
  return object;
}

GlBuffer& GlBuffer::operator=(GlBuffer&& other) noexcept {
  if (this != &other) {
    reset();
    id_ = other.id_;
    other.id_ = 0;
  }
  return *this;
}

void GlBuffer::reset() {
  if (id_ != 0) glDeleteBuffers(1, &id_);
  id_ = 0;
}

}  // namespace lv::render
