// RAII owner of one GL object; see the class comment. Move-only; deletes the object when
// destroyed. generate() and destruction need a current context.
#pragma once

#include <epoxy/gl.h>

namespace lv::render {

/// A GL vertex array object (attribute layout). Default-constructed = no object (id 0).
class GlVertexArray {
 public:
  GlVertexArray() = default;
  /// glGenVertexArrays: a fresh object.
  static GlVertexArray generate();

  GlVertexArray(GlVertexArray&& other) noexcept : id_(other.id_) { other.id_ = 0; }
  GlVertexArray& operator=(GlVertexArray&& other) noexcept;
  GlVertexArray(const GlVertexArray&) = delete;
  GlVertexArray& operator=(const GlVertexArray&) = delete;
  ~GlVertexArray() { reset(); }

  GLuint id() const { return id_; }
  explicit operator bool() const { return id_ != 0; }
  /// Deletes the object (if any).
  void reset();

 private:
  GLuint id_ = 0;
};

}  // namespace lv::render
