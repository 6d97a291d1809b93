// See gl_texture.h.
#include "app/render/gl_texture.h"

namespace lv::render {

GlTexture GlTexture::generate() {
  GlTexture object;
  glGenTextures(1, &object.id_);
  return object;
}

GlTexture& GlTexture::operator=(GlTexture&& other) noexcept {
  if (this != &other) {
    reset();
    id_ = other.id_;
    other.id_ = 0;
  }
  return *this;
}

void GlTexture::reset() {
  if (id_ != 0) glDeleteTextures(1, &id_);
  id_ = 0;
}

}  // namespace lv::render
