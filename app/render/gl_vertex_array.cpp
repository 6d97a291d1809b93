// See gl_vertex_array.h.
#include "app/render/gl_vertex_array.h"

namespace lv::render {

GlVertexArray GlVertexArray::generate() {
  GlVertexArray object;
  glGenVertexArrays(1, &object.id_);
  return object;
}

GlVertexArray& GlVertexArray::operator=(GlVertexArray&& other) noexcept {
  if (this != &other) {
    reset();
    id_ = other.id_;
    other.id_ = 0;
  }
  return *this;
}

void GlVertexArray::reset() {
  if (id_ != 0) glDeleteVertexArrays(1, &id_);
  id_ = 0;
}

}  // namespace lv::render
