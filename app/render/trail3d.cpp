// See trail3d.h.
#include "app/render/trail3d.h"

#include "app/render/shader_library.h"
#include "landscapes/lv_assert.h"

#include <Eigen/Core>

#include <cstdio>

namespace lv::render {
namespace {

constexpr float kDepthBias = 0.0015f;   // normalised depth: a trail on a slope stays in front of it
constexpr float kHiddenOpacity = 0.3f;  // how a trail behind the surface shows through

}  // namespace

Trail3dPass::Trail3dPass() {
  std::string error;
  program_ = GlProgram::build({assembleShader({shaderText("trail3d.vert.glsl")}),
                               assembleShader({shaderText("trail3d.frag.glsl")}), ""},
                              &error);
  // Embedded shaders are tested; a failure here means a driver below GL 3.3 core.
  if (!program_) std::fprintf(stderr, "lossviz: 3D trail shader: %s\n", error.c_str());
  LV_ASSERT(program_, "embedded 3D trail shader must compile");
  colorUniform_ = program_.uniform("u_color");
  halfWidthUniform_ = program_.uniform("u_halfWidth");
}

void Trail3dPass::setTrail(std::size_t index, const std::vector<float>& points) {
  while (trails_.size() <= index) {
    Trail trail{GlBuffer::generate(), GlVertexArray::generate(), 0};
    glBindVertexArray(trail.vao.id());
    glBindBuffer(GL_ARRAY_BUFFER, trail.points.id());
    // Segment k goes from point k to point k + 1: the same buffer read twice, one point apart.
    glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, 3 * sizeof(float), nullptr);
    glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, 3 * sizeof(float),
                          reinterpret_cast<const void*>(3 * sizeof(float)));
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glVertexAttribDivisor(0, 1);
    glVertexAttribDivisor(1, 1);
    glBindVertexArray(0);
    trails_.push_back(std::move(trail));
  }
  Trail& trail = trails_[index];
  glBindBuffer(GL_ARRAY_BUFFER, trail.points.id());
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(points.size() * sizeof(float)), points.data(), GL_DYNAMIC_DRAW);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
  const std::size_t count = points.size() / 3;
  trail.segments = count >= 2 ? GLsizei(count - 1) : 0;
}

void Trail3dPass::removeTrailsFrom(std::size_t n) {
  if (trails_.size() > n) trails_.resize(n);
}

void Trail3dPass::drawTrail(const Trail& trail, const std::array<float, 4>& color, float halfWidth) {
  glUniform4f(colorUniform_, color[0], color[1], color[2], color[3]);
  glUniform1f(halfWidthUniform_, halfWidth);
  glBindVertexArray(trail.vao.id());
  glDrawArraysInstanced(GL_TRIANGLES, 0, 6, trail.segments);
}

void Trail3dPass::draw(const sim::Camera& camera, const Viewport& viewport,
                       const std::vector<TrailStyle>& styles) {
  glViewport(viewport.x, viewport.y, viewport.width, viewport.height);
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glEnable(GL_DEPTH_TEST);
  glDepthMask(GL_FALSE);  // trails do not hide each other's faint parts
  program_.use();
  const Eigen::Matrix4f viewProjection =
      camera.viewProjection(double(viewport.width) / viewport.height).cast<float>();
  glUniformMatrix4fv(program_.uniform("u_viewProjection"), 1, GL_FALSE, viewProjection.data());
  glUniform2f(program_.uniform("u_viewportSize"), float(viewport.width), float(viewport.height));
  glUniform1f(program_.uniform("u_depthBias"), kDepthBias);
  for (const bool hidden : {true, false}) {
    glDepthFunc(hidden ? GL_ALWAYS : GL_LEQUAL);
    const float opacity = hidden ? kHiddenOpacity : 1.0f;
    for (std::size_t i = 0; i < trails_.size() && i < styles.size(); ++i) {
      const TrailStyle& style = styles[i];
      if (!style.visible || trails_[i].segments == 0) continue;
      if (style.haloWidth > 0 && style.haloOpacity > 0)
        drawTrail(trails_[i], {0, 0, 0, style.haloOpacity * opacity},
                  0.5f * style.width + style.haloWidth + 0.5f);
      drawTrail(trails_[i], {style.color[0], style.color[1], style.color[2], style.color[3] * opacity},
                0.5f * style.width + 0.5f);
    }
  }
  glDepthFunc(GL_LESS);
  glDepthMask(GL_TRUE);
  glBindVertexArray(0);
  glUseProgram(0);
}

}  // namespace lv::render
