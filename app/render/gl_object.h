// RAII owners of GL objects: move-only, deleting the object when destroyed. One template for every
// kind; a kind only says how its objects are made and deleted. generate() and destruction need a
// current context.
#pragma once

#include <epoxy/gl.h>

namespace lv::render {

/// One GL object of `Kind`. Default-constructed = no object (id 0).
template <class Kind>
class GlObject {
 public:
  GlObject() = default;
  /// A fresh object (glGen*).
  static GlObject generate() {
    GlObject object;
    Kind::create(&object.id_);
    return object;
  }

  GlObject(GlObject&& other) noexcept : id_(other.id_) { other.id_ = 0; }
  GlObject& operator=(GlObject&& other) noexcept {
    if (this != &other) {
      reset();
      id_ = other.id_;
      other.id_ = 0;
    }
    return *this;
  }
  GlObject(const GlObject&) = delete;
  GlObject& operator=(const GlObject&) = delete;
  ~GlObject() { reset(); }

  GLuint id() const { return id_; }
  explicit operator bool() const { return id_ != 0; }
  /// Deletes the object (if any).
  void reset() {
    if (id_ != 0) Kind::destroy(&id_);
    id_ = 0;
  }

 private:
  GLuint id_ = 0;
};

struct BufferKind {  // vertex data
  static void create(GLuint* id) { glGenBuffers(1, id); }
  static void destroy(const GLuint* id) { glDeleteBuffers(1, id); }
};
struct TextureKind {  // 2D, multisample 2D, colormap strip
  static void create(GLuint* id) { glGenTextures(1, id); }
  static void destroy(const GLuint* id) { glDeleteTextures(1, id); }
};
struct FramebufferKind {  // render targets
  static void create(GLuint* id) { glGenFramebuffers(1, id); }
  static void destroy(const GLuint* id) { glDeleteFramebuffers(1, id); }
};
struct VertexArrayKind {  // attribute layouts
  static void create(GLuint* id) { glGenVertexArrays(1, id); }
  static void destroy(const GLuint* id) { glDeleteVertexArrays(1, id); }
};

using GlBuffer = GlObject<BufferKind>;
using GlTexture = GlObject<TextureKind>;
using GlFramebuffer = GlObject<FramebufferKind>;
using GlVertexArray = GlObject<VertexArrayKind>;

}  // namespace lv::render
