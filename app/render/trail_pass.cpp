// See trail_pass.h. Each segment is an instance: attributes a_p0 and a_p1 read the same buffer one
// point apart, and the fragment shader draws a round-capped capsule, so joins are round for free.
#include "app/render/trail_pass.h"

#include "app/render/shader_library.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>

namespace lv::render {
namespace {

constexpr GLsizei kPointBytes = 2 * sizeof(float);

bool uploadable(const Eigen::Vector2d& p) {
  return std::isfinite(p.x()) && std::isfinite(p.y()) && std::abs(p.x()) <= 1e30 && std::abs(p.y()) <= 1e30;
}

// Points the VAO's a_p0 at point `first` of the buffer and a_p1 at the one after (GL 3.3 has no
// base instance, so drawing from a later segment moves the attribute pointers instead).
void bindAttributes(GLuint vao, GLuint buffer, std::size_t first) {
  glBindVertexArray(vao);
  glBindBuffer(GL_ARRAY_BUFFER, buffer);
  for (GLuint attribute = 0; attribute < 2; ++attribute) {
    glEnableVertexAttribArray(attribute);
    glVertexAttribPointer(attribute, 2, GL_FLOAT, GL_FALSE, kPointBytes,
                          reinterpret_cast<const void*>(std::uintptr_t((first + attribute) * kPointBytes)));
    glVertexAttribDivisor(attribute, 1);
  }
  glBindVertexArray(0);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
}

}  // namespace

TrailPass::TrailPass() {
  std::string error;
  program_ =
      GlProgram::build({assembleShader({shaderText("screen_quad.glsl"), shaderText("trail.vert.glsl")}),
                        assembleShader({shaderText("trail.frag.glsl")}), ""},
                       &error);
  // Embedded shaders are tested; a failure here means a driver below GL 3.3 core.
  if (!program_) std::fprintf(stderr, "lossviz: trail shader: %s\n", error.c_str());
  assert(program_ && "embedded trail shader must compile");
  viewMinUniform_ = program_.uniform("u_viewMin");
  viewSizeUniform_ = program_.uniform("u_viewSize");
  viewportSizeUniform_ = program_.uniform("u_viewportSize");
  colorUniform_ = program_.uniform("u_color");
  halfWidthUniform_ = program_.uniform("u_halfWidth");
  haloUniform_ = program_.uniform("u_halo");
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
  bindAttributes(trail.vao.id(), trail.buffer.id(), 0);
  trail.attributeOffset = 0;
}

void TrailPass::sync(std::size_t index, const std::vector<Eigen::Vector2d>& points,
                     std::uint64_t generation) {
  if (index >= trails_.size()) trails_.resize(index + 1);
  Trail& trail = trails_[index];
  if (trail.generation != generation || points.size() < trail.consumed || trail.version == 0) {
    if (trail.consumed > 0) ++stats_.fullUploads;
    trail.generation = generation;
    trail.uploaded = 0;
    trail.consumed = 0;
    trail.points.clear();  // keeps its capacity: a recompute does not allocate again
    trail.version = ++versions_;
  }
  if (points.size() == trail.consumed) return;

  const std::size_t before = trail.points.size();
  for (std::size_t i = trail.consumed; i < points.size(); ++i) {
    const Eigen::Vector2d& p = points[i];
    if (!uploadable(p)) continue;
    if (trail.points.empty()) trail.first = p;
    trail.last = p;
    trail.points.push_back(float(p.x()));
    trail.points.push_back(float(p.y()));
  }
  trail.consumed = points.size();
  const std::size_t added = (trail.points.size() - before) / 2;
  if (added == 0) return;
  reserve(trail, trail.uploaded + added);
  glBindBuffer(GL_ARRAY_BUFFER, trail.buffer.id());
  glBufferSubData(GL_ARRAY_BUFFER, GLintptr(trail.uploaded * kPointBytes), GLsizeiptr(added * kPointBytes),
                  trail.points.data() + before);
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

const std::vector<float>& TrailPass::uploadedPoints(std::size_t index) const {
  static const std::vector<float> kNone;
  return index < trails_.size() ? trails_[index].points : kNone;
}

std::uint64_t TrailPass::version(std::size_t index) const {
  return index < trails_.size() ? trails_[index].version : 0;
}

void TrailPass::draw(const View& view, const Viewport& viewport, const std::vector<TrailStyle>& styles) {
  drawSegments(view, viewport, styles, nullptr, TrailParts::Both);
}

void TrailPass::drawSegments(const View& view, const Viewport& viewport,
                             const std::vector<TrailStyle>& styles,
                             const std::vector<std::size_t>* firstPoints, TrailParts parts) {
  glViewport(viewport.x, viewport.y, viewport.width, viewport.height);
  glDisable(GL_DEPTH_TEST);
  glEnable(GL_BLEND);
  program_.use();
  glUniform2f(viewMinUniform_, float(view.xmin), float(view.ymin));
  glUniform2f(viewSizeUniform_, float(view.xmax - view.xmin), float(view.ymax - view.ymin));
  glUniform2f(viewportSizeUniform_, float(viewport.width), float(viewport.height));
  std::size_t count = std::min(trails_.size(), styles.size());
  if (firstPoints) count = std::min(count, firstPoints->size());
  for (std::size_t i = 0; i < count; ++i) {
    Trail& trail = trails_[i];
    const TrailStyle& style = styles[i];
    const std::size_t first = firstPoints ? (*firstPoints)[i] : 0;
    if (!style.visible || trail.uploaded < first + 2) continue;
    if (trail.attributeOffset != first) {
      bindAttributes(trail.vao.id(), trail.buffer.id(), first);
      trail.attributeOffset = first;
    }
    glBindVertexArray(trail.vao.id());
    const GLsizei segments = GLsizei(trail.uploaded - first - 1);
    if (parts != TrailParts::Cores && style.haloWidth > 0 && style.haloOpacity > 0) {
      // GL_MIN makes the halo idempotent where segments overlap at joins.
      glBlendEquation(GL_MIN);
      glUniform4f(colorUniform_, 0.0f, 0.0f, 0.0f, style.haloOpacity);
      glUniform1f(halfWidthUniform_, 0.5f * style.width + style.haloWidth);
      glUniform1i(haloUniform_, 1);
      glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, segments);
    }
    if (parts != TrailParts::Halos) {
      glBlendEquation(GL_FUNC_ADD);
      glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
      glUniform4f(colorUniform_, style.color[0], style.color[1], style.color[2], style.color[3]);
      glUniform1f(halfWidthUniform_, 0.5f * style.width);
      glUniform1i(haloUniform_, 0);
      glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, segments);
    }
  }
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glBindVertexArray(0);
  glUseProgram(0);
}

}  // namespace lv::render
