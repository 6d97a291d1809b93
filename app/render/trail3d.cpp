// See trail3d.h.
#include "app/render/trail3d.h"

#include "app/render/embedded_program.h"

#include <Eigen/Core>

namespace lv::render {
namespace {

constexpr float kDepthBias = 0.0015f;   // normalised depth: a trail on a slope stays in front of it
constexpr float kHiddenOpacity = 0.3f;  // how a trail behind the surface shows through

}  // namespace

Trail3dPass::Trail3dPass() {
  program_ = buildEmbeddedProgram({"trail3d.vert.glsl"}, {"trail3d.frag.glsl"}, "3D trail");
  colorUniform_ = program_.uniform("u_color");
  halfWidthUniform_ = program_.uniform("u_halfWidth");
  dashUniform_ = program_.uniform("u_dash");
}

void Trail3dPass::setTrail(std::size_t index, const std::vector<float>& points) {
  while (trails_.size() <= index) {
    Trail trail{GlBuffer::generate(), GlTexture::generate(), 0};
    // The segments' ends are read by index from a buffer texture: one plain draw per trail, where
    // an instanced one costs a software renderer a pass through its vertex pipeline per segment.
    glBindBuffer(GL_TEXTURE_BUFFER, trail.points.id());
    glBindTexture(GL_TEXTURE_BUFFER, trail.texture.id());
    glTexBuffer(GL_TEXTURE_BUFFER, GL_RGBA32F, trail.points.id());
    glBindTexture(GL_TEXTURE_BUFFER, 0);
    trails_.push_back(std::move(trail));
  }
  Trail& trail = trails_[index];
  glBindBuffer(GL_TEXTURE_BUFFER, trail.points.id());
  glBufferData(GL_TEXTURE_BUFFER, GLsizeiptr(points.size() * sizeof(float)), points.data(), GL_DYNAMIC_DRAW);
  glBindBuffer(GL_TEXTURE_BUFFER, 0);
  const std::size_t count = points.size() / 4;
  trail.segments = count >= 2 ? GLsizei(count - 1) : 0;
}

void Trail3dPass::removeTrailsFrom(std::size_t n) {
  if (trails_.size() > n) trails_.resize(n);
}

void Trail3dPass::drawTrail(const Trail& trail, const std::array<float, 4>& color, float halfWidth,
                            const DashPattern& dash) {
  glUniform4f(colorUniform_, color[0], color[1], color[2], color[3]);
  glUniform1f(halfWidthUniform_, halfWidth);
  glUniform2f(dashUniform_, dash.on, dash.off);
  glBindTexture(GL_TEXTURE_BUFFER, trail.texture.id());
  glDrawArrays(GL_TRIANGLES, 0, 6 * trail.segments);
}

void Trail3dPass::draw(const sim::Camera& camera, const Viewport& viewport,
                       const std::vector<TrailStyle>& styles) {
  glViewport(viewport.x, viewport.y, viewport.width, viewport.height);
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glEnable(GL_DEPTH_TEST);
  glDepthMask(GL_FALSE);  // trails do not hide each other's faint parts
  program_.use();
  glActiveTexture(GL_TEXTURE0);
  glUniform1i(program_.uniform("t_points"), 0);
  glBindVertexArray(emptyVao_.id());
  const Eigen::Matrix4f viewProjection =
      camera.viewProjection(double(viewport.width) / viewport.height).cast<float>();
  glUniformMatrix4fv(program_.uniform("u_viewProjection"), 1, GL_FALSE, viewProjection.data());
  glUniform2f(program_.uniform("u_viewportSize"), float(viewport.width), float(viewport.height));
  glUniform1f(program_.uniform("u_depthBias"), kDepthBias);
  glUniform1f(program_.uniform("u_pixelsPerUnit"),
              float(camera.pixelsPerUnit(viewport.width, viewport.height)));
  for (const bool hidden : {true, false}) {
    glDepthFunc(hidden ? GL_ALWAYS : GL_LEQUAL);
    const float opacity = hidden ? kHiddenOpacity : 1.0f;
    for (std::size_t i = 0; i < trails_.size() && i < styles.size(); ++i) {
      const TrailStyle& style = styles[i];
      if (!style.visible || trails_[i].segments == 0) continue;
      if (style.haloWidth > 0 && style.haloOpacity > 0)
        drawTrail(trails_[i], {0, 0, 0, style.haloOpacity * opacity},
                  0.5f * style.width + style.haloWidth + 0.5f, style.dash);
      drawTrail(trails_[i], {style.color[0], style.color[1], style.color[2], style.color[3] * opacity},
                0.5f * style.width + 0.5f, style.dash);
    }
  }
  glDepthFunc(GL_LESS);
  glDepthMask(GL_TRUE);
  glBindVertexArray(0);
  glBindTexture(GL_TEXTURE_BUFFER, 0);
  glUseProgram(0);
}

}  // namespace lv::render
