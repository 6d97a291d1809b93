// RAII owner of one GL object; see the class comment. Move-only; deletes the object when
// destroyed. generate() and destruction need a current context.
#pragma once

#include <epoxy/gl.h>

namespace lv::render {

/// A GL framebuffer object (render target). Default-constructed = no object (id 0).
class GlFramebuffer {
 public:
  GlFramebuffer() = default;
  /// glGenFramebuffers: a fresh object.
  static GlFramebuffer generate();

  GlFramebuffer(GlFramebuffer&& other) noexcept : id_(other.id_) { other.id_ = 0; }
  GlFramebuffer& operator=(GlFramebuffer&& other) noexcept;
  GlFramebuffer(const GlFramebuffer&) = delete;
  GlFramebuffer& operator=(const GlFramebuffer&) = delete;
  ~GlFramebuffer() { reset(); }

  GLuint id() const { return id_; }
  explicit operator bool() const { return id_ != 0; }
  /// Deletes the object (if any).
  void reset();

 private:
  GLuint id_ = 0;
};

}  // namespace lv::render
