// See strip_blit_pass.h.
#include "app/render/strip_blit_pass.h"

#include "app/render/shader_library.h"

#include <cassert>
#include <cstdint>
#include <cstdio>

namespace lv::render {
namespace {

constexpr GLsizei kStripBytes = 4 * sizeof(float);  // a_p0, a_p1

}  // namespace

StripBlitPass::StripBlitPass() : instances_(GlBuffer::generate()), vao_(GlVertexArray::generate()) {
  std::string error;
  program_ =
      GlProgram::build({assembleShader({shaderText("screen_quad.glsl"), shaderText("trail.vert.glsl")}),
                        assembleShader({shaderText("blit.frag.glsl")}), ""},
                       &error);
  // Embedded shaders are tested; a failure here means a driver below GL 3.3 core.
  if (!program_) std::fprintf(stderr, "lossviz: strip blit shader: %s\n", error.c_str());
  assert(program_ && "embedded strip blit shader must compile");
  glBindVertexArray(vao_.id());
  glBindBuffer(GL_ARRAY_BUFFER, instances_.id());
  for (GLuint attribute = 0; attribute < 2; ++attribute) {
    glEnableVertexAttribArray(attribute);
    glVertexAttribPointer(attribute, 2, GL_FLOAT, GL_FALSE, kStripBytes,
                          reinterpret_cast<const void*>(std::uintptr_t(attribute * 2 * sizeof(float))));
    glVertexAttribDivisor(attribute, 1);
  }
  glBindVertexArray(0);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
  viewMinUniform_ = program_.uniform("u_viewMin");
  viewSizeUniform_ = program_.uniform("u_viewSize");
  viewportSizeUniform_ = program_.uniform("u_viewportSize");
  halfWidthUniform_ = program_.uniform("u_halfWidth");
  originUniform_ = program_.uniform("u_viewportOrigin");
  imageUniform_ = program_.uniform("t_image");
}

void StripBlitPass::draw(GLuint texture, const Viewport& viewport, int originX, int originY,
                         const std::vector<PixelRect>& strips, int stripHeight, const PixelRect& clip) {
  if (strips.empty() || clip.empty()) return;
  // Each strip as a segment along its middle row, inset by half its height at both ends: the shader
  // pads a segment by u_halfWidth + 1 pixels all round.
  const float half = 0.5f * float(stripHeight);
  data_.clear();
  for (const PixelRect& s : strips) {
    const float y = float(s.y0) + half;
    data_.insert(data_.end(), {float(s.x0) + half, y, float(s.x1) - half, y});
  }
  glBindBuffer(GL_ARRAY_BUFFER, instances_.id());
  // Orphaning: a fresh store each frame, so the driver never waits on the previous draw.
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(data_.size() * sizeof(float)), data_.data(), GL_STREAM_DRAW);
  glBindBuffer(GL_ARRAY_BUFFER, 0);

  glViewport(viewport.x, viewport.y, viewport.width, viewport.height);
  glEnable(GL_SCISSOR_TEST);
  glScissor(viewport.x + clip.x0, viewport.y + clip.y0, clip.x1 - clip.x0, clip.y1 - clip.y0);
  glDisable(GL_DEPTH_TEST);
  program_.use();
  // Strips are given in viewport pixels: the "world" is the viewport itself.
  glUniform2f(viewMinUniform_, 0.0f, 0.0f);
  glUniform2f(viewSizeUniform_, float(viewport.width), float(viewport.height));
  glUniform2f(viewportSizeUniform_, float(viewport.width), float(viewport.height));
  glUniform1f(halfWidthUniform_, half - 1.0f);
  glUniform2f(originUniform_, float(originX), float(originY));
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, texture);
  glUniform1i(imageUniform_, 0);
  glBindVertexArray(vao_.id());
  glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(strips.size()));
  glBindVertexArray(0);
  glBindTexture(GL_TEXTURE_2D, 0);
  glUseProgram(0);
  glDisable(GL_SCISSOR_TEST);
}

}  // namespace lv::render
