// See embedded_program.h.
#include "app/render/embedded_program.h"

#include "app/render/shader_library.h"
#include "landscapes/lv_assert.h"

#include <cstdio>
#include <string>

namespace lv::render {
namespace {

std::string splice(std::initializer_list<std::string_view> files) {
  std::string text;
  for (std::string_view file : files) {
    text += shaderText(file);
    text += '\n';
  }
  return assembleShader({text});
}

}  // namespace

GlProgram buildEmbeddedProgram(std::initializer_list<std::string_view> vertexFiles,
                               std::initializer_list<std::string_view> fragmentFiles, const char* what) {
  std::string error;
  GlProgram program = GlProgram::build({splice(vertexFiles), splice(fragmentFiles), ""}, &error);
  if (!program) std::fprintf(stderr, "lossviz: %s shader: %s\n", what, error.c_str());
  LV_ASSERT(program, "embedded shaders must compile");
  return program;
}

void drawFullscreenTriangle(const GlProgram& program, const GlVertexArray& emptyVao, GLuint texture,
                            const char* sampler) {
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, texture);
  glUniform1i(program.uniform(sampler), 0);
  glBindVertexArray(emptyVao.id());
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
  glBindTexture(GL_TEXTURE_2D, 0);
  glUseProgram(0);
}

}  // namespace lv::render
