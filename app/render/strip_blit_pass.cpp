// See strip_blit_pass.h.
#include "app/render/strip_blit_pass.h"

#include "app/render/quad_program.h"

namespace lv::render {

StripBlitPass::StripBlitPass()
    : program_(buildQuadProgram("trail.vert.glsl", "blit.frag.glsl", "strip blit")),
      instances_(GlBuffer::generate()),
      vao_(GlVertexArray::generate()),
      view_(program_) {
  setInstanceAttributes(vao_.id(), instances_.id(), {2, 2});  // a_p0, a_p1
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
  view_.set({0.0, double(viewport.width), 0.0, double(viewport.height)}, viewport);
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
