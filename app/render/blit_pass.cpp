// See blit_pass.h.
#include "app/render/blit_pass.h"

#include "app/render/shader_library.h"

#include <cassert>
#include <cstdio>

namespace lv::render {

BlitPass::BlitPass() : emptyVao_(GlVertexArray::generate()) {
  std::string error;
  program_ = GlProgram::build({assembleShader({shaderText("fullscreen.vert.glsl")}),
                               assembleShader({shaderText("blit.frag.glsl")}), ""},
                              &error);
  // Embedded shaders are tested; a failure here means a driver below GL 3.3 core.
  if (!program_) std::fprintf(stderr, "lossviz: blit shader: %s\n", error.c_str());
  assert(program_ && "embedded blit shader must compile");
  originUniform_ = program_.uniform("u_viewportOrigin");
  imageUniform_ = program_.uniform("t_image");
}

void BlitPass::draw(GLuint texture, const Viewport& viewport, int originX, int originY) const {
  glViewport(viewport.x, viewport.y, viewport.width, viewport.height);
  glDisable(GL_DEPTH_TEST);
  program_.use();
  glUniform2f(originUniform_, float(originX), float(originY));
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, texture);
  glUniform1i(imageUniform_, 0);
  glBindVertexArray(emptyVao_.id());
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
  glBindTexture(GL_TEXTURE_2D, 0);
  glUseProgram(0);
}

}  // namespace lv::render
