// RAII owner of one GL object; see the class comment. Move-only; deletes the object when
// destroyed. generate() and destruction need a current context.
#pragma once

#include <epoxy/gl.h>

namespace lv::render {

/// A GL buffer object (vertex data). Default-constructed = no object (id 0).
class GlBuffer {
 public:
  GlBuffer() = default;
  /// glGenBuffers: a fresh object.
  static GlBuffer generate();

  GlBuffer(GlBuffer&& other) noexcept : id_(other.id_) { other.id_ = 0; }
  GlBuffer& operator=(GlBuffer&& other) noexcept;
  GlBuffer(const GlBuffer&) = delete;
  GlBuffer& operator=(const GlBuffer&) = delete;
  ~GlBuffer() { reset(); }

  GLuint id() const { return id_; }
  explicit operator bool() const { return id_ != 0; }
  /// Deletes the object (if any).
  void reset();

 private:
  GLuint id_ = 0;
};

}  // namespace lv::render
