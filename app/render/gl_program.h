// RAII owner of a linked GL shader program (vertex [+ geometry] + fragment). Compile and link
// failures return false with the driver's info log; nothing half-built is kept.
#pragma once

#include <epoxy/gl.h>

#include <string>
#include <string_view>

namespace lv::render {

/// Complete shader sources, #version line included (see shader_library.h).
struct ProgramSources {
  std::string vertex;
  std::string fragment;
  std::string geometry;  ///< optional; empty = none
};

/// A linked program. Default-constructed = no program. Move-only.
class GlProgram {
 public:
  GlProgram() = default;
  /// Compiles and links. On failure returns an empty program and sets `*error` to the stage name
  /// plus the driver's info log, e.g. "fragment shader: 0:12(3): error: ...".
  static GlProgram build(const ProgramSources& sources, std::string* error);

  GlProgram(GlProgram&& other) noexcept : id_(other.id_) { other.id_ = 0; }
  GlProgram& operator=(GlProgram&& other) noexcept;
  GlProgram(const GlProgram&) = delete;
  GlProgram& operator=(const GlProgram&) = delete;
  ~GlProgram() { reset(); }

  GLuint id() const { return id_; }
  explicit operator bool() const { return id_ != 0; }
  void reset();

  /// glUseProgram(id).
  void use() const;
  /// Uniform location, -1 when absent or optimised away (glUniform* ignores -1).
  GLint uniform(const char* name) const { return glGetUniformLocation(id_, name); }

 private:
  GLuint id_ = 0;
};

}  // namespace lv::render
