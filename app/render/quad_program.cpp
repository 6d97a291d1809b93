// See quad_program.h.
#include "app/render/quad_program.h"

#include "app/render/shader_library.h"

#include <cassert>
#include <cstdint>
#include <cstdio>

namespace lv::render {

GlProgram buildQuadProgram(const char* vertexShader, const char* fragmentShader, const char* what) {
  std::string error;
  GlProgram program =
      GlProgram::build({assembleShader({shaderText("screen_quad.glsl"), shaderText(vertexShader)}),
                        assembleShader({shaderText(fragmentShader)}), ""},
                       &error);
  if (!program) std::fprintf(stderr, "lossviz: %s shader: %s\n", what, error.c_str());
  assert(program && "embedded instanced-quad shader must compile");
  return program;
}

void setInstanceAttributes(GLuint vao, GLuint buffer, std::initializer_list<GLint> components) {
  GLsizei stride = 0;
  for (GLint n : components) stride += GLsizei(n * sizeof(float));
  glBindVertexArray(vao);
  glBindBuffer(GL_ARRAY_BUFFER, buffer);
  GLuint attribute = 0;
  std::uintptr_t offset = 0;
  for (GLint n : components) {
    glEnableVertexAttribArray(attribute);
    glVertexAttribPointer(attribute, n, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<const void*>(offset));
    glVertexAttribDivisor(attribute, 1);
    offset += std::uintptr_t(n) * sizeof(float);
    ++attribute;
  }
  glBindVertexArray(0);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
}

QuadViewUniforms::QuadViewUniforms(const GlProgram& program)
    : viewMin_(program.uniform("u_viewMin")),
      viewSize_(program.uniform("u_viewSize")),
      viewportSize_(program.uniform("u_viewportSize")) {}

void QuadViewUniforms::set(const View& view, const Viewport& viewport) const {
  glUniform2f(viewMin_, float(view.xmin), float(view.ymin));
  glUniform2f(viewSize_, float(view.xmax - view.xmin), float(view.ymax - view.ymin));
  glUniform2f(viewportSize_, float(viewport.width), float(viewport.height));
}

}  // namespace lv::render
