// See trail_pass.h. Each segment is an instance: attributes a_p0 and a_p1 read the same buffer one
// point apart, and the fragment shader draws a round-capped capsule, so joins are round for free.
#include "app/render/trail_pass.h"

#include "app/render/shader_library.h"

#include <algorithm>
#include <cassert>
#include <cstdio>
#include <cmath>

namespace lv::render {
namespace {

constexpr GLsizei kPointBytes = 2 * sizeof(float);

bool uploadable(const Eigen::Vector2d& p) {
  return std::isfinite(p.x()) && std::isfinite(p.y()) && std::abs(p.x()) <= 1e30 &&
         std::abs(p.y()) <= 1e30;
}

void bindAttributes(GLuint vao, GLuint buffer) {
  glBindVertexArray(vao);
  glBindBuffer(GL_ARRAY_BUFFER, buffer);
  for (GLuint attribute = 0; attribute < 2; ++attribute) {
    glEnableVertexAttribArray(attribute);
    glVertexAttribPointer(attribute, 2, GL_FLOAT, GL_FALSE, kPointBytes,
                          reinterpret_cast<const void*>(std::uintptr_t(attribute * kPointBytes)));
    glVertexAttribDivisor(attribute, 1);
  }
  glBindVertexArray(0);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
}

}  // namespace

TrailPass::TrailPass() {
  std::string error;
  program_ = GlProgram::build(
      {assembleShader({shaderText("screen_quad.glsl"), shaderText("trail.vert.glsl")}),
       assembleShader({shaderText("trail.frag.glsl")}), ""},
      &error);
  // Embedded shaders are tested; a failure here means a driver below GL 3.3 core.
  if (!program_) std::fprintf(stderr, "lossviz: trail shader: %s\n", error.c_str());
  assert(program_ && "embedded trail shader must compile");
}

void TrailPass::reserve(Trail& trail, std::size_t points) {
  if (points <= trail.capacity && trail.buffer) return;
  std::size_t capacity = std::max<std::size_t>(trail.capacity, 256);
  while (capacity < points) capacity *= 2;
  GlBuffer grown = GlBuffer::generate();
  glBindBuffer(GL_COPY_WRITE_BUFFER, grown.id());
  glBufferData(GL_COPY_WRITE_BUFFER, GLsizeiptr(capacity * kPointBytes), nullptr, GL_DYNAMIC_DRAW);
  if (trail.buffer && trail.uploaded > 0) {
    // A GPU-side copy: growing never re-sends old points from the CPU.
    glBindBuffer(GL_COPY_READ_BUFFER, trail.buffer.id());
    glCopyBufferSubData(GL_COPY_READ_BUFFER, GL_COPY_WRITE_BUFFER, 0, 0,
                        GLsizeiptr(trail.uploaded * kPointBytes));
    glBindBuffer(GL_COPY_READ_BUFFER, 0);
  }
  glBindBuffer(GL_COPY_WRITE_BUFFER, 0);
  trail.buffer = std::move(grown);
  trail.capacity = capacity;
  if (!trail.vao) trail.vao = GlVertexArray::generate();
  bindAttributes(trail.vao.id(), trail.buffer.id());
}

void TrailPass::sync(std::size_t index, const std::vector<Eigen::Vector2d>& points,
                     std::uint64_t generation) {
  if (index >= trails_.size()) trails_.resize(index + 1);
  Trail& trail = trails_[index];
  if (trail.generation != generation || points.size() < trail.consumed) {
    if (trail.consumed > 0) ++stats_.fullUploads;
    trail.generation = generation;
    trail.uploaded = 0;
    trail.consumed = 0;
  }
  if (points.size() == trail.consumed) return;

  std::vector<float> fresh;
  fresh.reserve(2 * (points.size() - trail.consumed));
  for (std::size_t i = trail.consumed; i < points.size(); ++i) {
    const Eigen::Vector2d& p = points[i];
    if (!uploadable(p)) continue;
    if (trail.uploaded == 0 && fresh.empty()) trail.first = p;
    trail.last = p;
    fresh.push_back(float(p.x()));
    fresh.push_back(float(p.y()));
  }
  trail.consumed = points.size();
  if (fresh.empty()) return;
  const std::size_t added = fresh.size() / 2;
  reserve(trail, trail.uploaded + added);
  glBindBuffer(GL_ARRAY_BUFFER, trail.buffer.id());
  glBufferSubData(GL_ARRAY_BUFFER, GLintptr(trail.uploaded * kPointBytes),
                  GLsizeiptr(added * kPointBytes), fresh.data());
  glBindBuffer(GL_ARRAY_BUFFER, 0);
  trail.uploaded += added;
  stats_.bytes += added * kPointBytes;
  ++stats_.calls;
}

void TrailPass::removeTrailsFrom(std::size_t n) {
  if (n < trails_.size()) trails_.resize(n);
}

std::size_t TrailPass::pointCount(std::size_t index) const {
  return index < trails_.size() ? trails_[index].uploaded : 0;
}

std::optional<Eigen::Vector2d> TrailPass::firstPoint(std::size_t index) const {
  if (pointCount(index) == 0) return std::nullopt;
  return trails_[index].first;
}

std::optional<Eigen::Vector2d> TrailPass::lastPoint(std::size_t index) const {
  if (pointCount(index) == 0) return std::nullopt;
  return trails_[index].last;
}

void TrailPass::draw(const View& view, const Viewport& viewport,
                     const std::vector<TrailStyle>& styles) {
  glViewport(viewport.x, viewport.y, viewport.width, viewport.height);
  glDisable(GL_DEPTH_TEST);
  glEnable(GL_BLEND);
  program_.use();
  glUniform2f(program_.uniform("u_viewMin"), float(view.xmin), float(view.ymin));
  glUniform2f(program_.uniform("u_viewSize"), float(view.xmax - view.xmin),
              float(view.ymax - view.ymin));
  glUniform2f(program_.uniform("u_viewportSize"), float(viewport.width), float(viewport.height));
  const GLint color = program_.uniform("u_color");
  const GLint halfWidth = program_.uniform("u_halfWidth");
  const GLint halo = program_.uniform("u_halo");
  for (std::size_t i = 0; i < trails_.size() && i < styles.size(); ++i) {
    const Trail& trail = trails_[i];
    const TrailStyle& style = styles[i];
    if (!style.visible || trail.uploaded < 2) continue;
    glBindVertexArray(trail.vao.id());
    const GLsizei segments = GLsizei(trail.uploaded - 1);
    if (style.haloWidth > 0 && style.haloOpacity > 0) {
      // GL_MIN makes the halo idempotent where segments overlap at joins.
      glBlendEquation(GL_MIN);
      glUniform4f(color, 0.0f, 0.0f, 0.0f, style.haloOpacity);
      glUniform1f(halfWidth, 0.5f * style.width + style.haloWidth);
      glUniform1i(halo, 1);
      glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, segments);
    }
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glUniform4f(color, style.color[0], style.color[1], style.color[2], style.color[3]);
    glUniform1f(halfWidth, 0.5f * style.width);
    glUniform1i(halo, 0);
    glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, segments);
  }
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glBindVertexArray(0);
  glUseProgram(0);
}

}  // namespace lv::render
