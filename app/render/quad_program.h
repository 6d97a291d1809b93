// What the passes that draw instanced quads from screen_quad.glsl (trails, markers, strip blits)
// share: building their program, describing their per-instance attributes and setting the view.
#pragma once

#include "app/render/gl_program.h"
#include "app/render/viewport.h"

#include <initializer_list>

namespace lv::render {

/// Links screen_quad.glsl + the embedded vertex shader `vertexShader` with the embedded fragment
/// shader `fragmentShader`. Embedded shaders are tested, so a failure means a driver below GL 3.3
/// core: it prints "lossviz: <what> shader: <log>" to stderr, asserts, and returns an empty program.
GlProgram buildQuadProgram(const char* vertexShader, const char* fragmentShader, const char* what);

/// Makes attributes 0, 1, ... of `vao` read `buffer` per instance, tightly packed floats of the
/// given component counts in that order. Leaves the VAO and the array buffer unbound.
void setInstanceAttributes(GLuint vao, GLuint buffer, std::initializer_list<GLint> components);

/// screen_quad.glsl's view uniforms of one program.
class QuadViewUniforms {
 public:
  QuadViewUniforms() = default;
  explicit QuadViewUniforms(const GlProgram& program);
  /// Maps world `view` onto `viewport`'s pixels (the program must be in use).
  void set(const View& view, const Viewport& viewport) const;

 private:
  GLint viewMin_ = -1, viewSize_ = -1, viewportSize_ = -1;
};

}  // namespace lv::render
