// RAII owner of one GL object; see the class comment. Move-only; deletes the object when
// destroyed. generate() and destruction need a current context.
#pragma once

#include <epoxy/gl.h>

namespace lv::render {

/// A GL texture object (2D, multisample 2D, colormap strip).
/// Default-constructed = no object (id 0).
class GlTexture {
 public:
  GlTexture() = default;
  /// glGenTextures: a fresh object.
  static GlTexture generate();

  GlTexture(GlTexture&& other) noexcept : id_(other.id_) { other.id_ = 0; }
  GlTexture& operator=(GlTexture&& other) noexcept;
  GlTexture(const GlTexture&) = delete;
  GlTexture& operator=(const GlTexture&) = delete;
  ~GlTexture() { reset(); }

  GLuint id() const { return id_; }
  explicit operator bool() const { return id_ != 0; }
  /// Deletes the object (if any).
  void reset();

 private:
  GLuint id_ = 0;
};

}  // namespace lv::render
