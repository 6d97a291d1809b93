// See trail_pass.h. Each segment is an instance: attributes a_p0 and a_p1 read the same buffer one
// point apart, and the fragment shader draws a round-capped capsule, so joins are round for free.
#include "app/render/trail_pass.h"

#include "app/figure/dash.h"
#include "app/render/embedded_program.h"
#include "app/render/quad_program.h"

#include <algorithm>
#include <cmath>

namespace lv::render {
namespace {

constexpr GLsizei kVertexBytes = GLsizei(kTrailVertexFloats * sizeof(float));

bool uploadable(const Eigen::Vector2d& p) {
  return std::isfinite(p.x()) && std::isfinite(p.y()) && std::abs(p.x()) <= 1e30 && std::abs(p.y()) <= 1e30;
}

// Points the VAO's a_p0 at vertex `first` of the buffer, a_p1 at the one after and a_s0 at the
// first one's arc length (GL 3.3 has no base instance, so drawing from a later segment moves the
// attribute pointers instead).
void bindAttributes(GLuint vao, GLuint buffer, std::size_t first) {
  glBindVertexArray(vao);
  glBindBuffer(GL_ARRAY_BUFFER, buffer);
  for (GLuint attribute = 0; attribute < 3; ++attribute) {
    const std::size_t offset = (first + (attribute == 1 ? 1 : 0)) * kVertexBytes + (attribute == 2 ? 8 : 0);
    glEnableVertexAttribArray(attribute);
    glVertexAttribPointer(attribute, attribute == 2 ? 1 : 2, GL_FLOAT, GL_FALSE, kVertexBytes,
                          reinterpret_cast<const void*>(std::uintptr_t(offset)));
    glVertexAttribDivisor(attribute, 1);
  }
  glBindVertexArray(0);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
}

// A tolerance within 2× of the one a trail was thinned at keeps its vertices: a zoom re-thins every
// few frames, not every frame.
bool sameDetail(double built, double wanted) {
  if (built <= 0 || wanted <= 0) return built == wanted;
  return wanted <= 2 * built && built <= 2 * wanted;
}

}  // namespace

std::array<float, 4> dashPixels(figure::DashPattern pattern, float width) {
  const figure::DashSequence sequence = figure::dashSequence(pattern, figure::LineCap::Round);
  std::array<float, 4> pixels{};
  // Float products: float(2.2) * width is what dotted trails were always drawn with, not 2.2 * width.
  for (int i = 0; i < sequence.count; ++i) pixels[i] = float(sequence.lengths[i]) * width;
  return pixels;
}

bool TrailStyle::operator==(const TrailStyle& o) const {
  return color == o.color && visible == o.visible && width == o.width && haloWidth == o.haloWidth &&
         haloOpacity == o.haloOpacity && dash == o.dash && head == o.head && markers == o.markers;
}

TrailPass::TrailPass()
    : program_(buildEmbeddedProgram({"screen_quad.glsl", "trail.vert.glsl"}, {"dash.glsl", "trail.frag.glsl"},
                                    "trail")),
      view_(program_) {
  colorUniform_ = program_.uniform("u_color");
  halfWidthUniform_ = program_.uniform("u_halfWidth");
  haloUniform_ = program_.uniform("u_halo");
  dashUniform_ = program_.uniform("u_dash");
  pixelsPerUnitUniform_ = program_.uniform("u_pixelsPerUnit");
}

void TrailPass::reserve(Trail& trail, std::size_t vertices) {
  if (vertices <= trail.capacity && trail.buffer) return;
  std::size_t capacity = std::max<std::size_t>(trail.capacity, 256);
  while (capacity < vertices) capacity *= 2;
  GlBuffer grown = GlBuffer::generate();
  glBindBuffer(GL_COPY_WRITE_BUFFER, grown.id());
  glBufferData(GL_COPY_WRITE_BUFFER, GLsizeiptr(capacity * kVertexBytes), nullptr, GL_DYNAMIC_DRAW);
  if (trail.buffer && trail.uploaded > 0) {
    // A GPU-side copy: growing never re-sends old vertices from the CPU.
    glBindBuffer(GL_COPY_READ_BUFFER, trail.buffer.id());
    glCopyBufferSubData(GL_COPY_READ_BUFFER, GL_COPY_WRITE_BUFFER, 0, 0,
                        GLsizeiptr(trail.uploaded * kVertexBytes));
    glBindBuffer(GL_COPY_READ_BUFFER, 0);
  }
  glBindBuffer(GL_COPY_WRITE_BUFFER, 0);
  trail.buffer = std::move(grown);
  trail.capacity = capacity;
  if (!trail.vao) trail.vao = GlVertexArray::generate();
  bindAttributes(trail.vao.id(), trail.buffer.id(), 0);
  trail.attributeOffset = 0;
}

void TrailPass::sync(std::size_t index, const std::vector<Eigen::Vector2d>& points, std::uint64_t revision,
                     double tolerance, TrailThinning thinning) {
  if (index >= trails_.size()) trails_.resize(index + 1);
  Trail& trail = trails_[index];
  if (!trail.built || trail.revision != revision || points.size() < trail.consumed ||
      trail.thinning != thinning || !sameDetail(trail.tolerance, tolerance)) {
    if (trail.consumed > 0) ++stats_.fullUploads;
    trail.built = true;
    trail.revision = revision;
    trail.thinning = thinning;
    trail.tolerance = tolerance;
    trail.thinner = sim::PolylineThinner(tolerance);
    trail.simplifier = sim::PolylineSimplifier(tolerance);
    trail.uploaded = trail.kept = trail.consumed = 0;
    trail.headKept = true;
    trail.length = 0;
    trail.vertices.clear();  // keeps its capacity: a recompute does not allocate again
    trail.first = trail.last = trail.lastKept = std::nullopt;
  }
  if (points.size() == trail.consumed) return;

  // The provisional head vertex (a thinned-out last point) is replaced by what follows it.
  const std::size_t firstChanged = trail.kept;
  trail.vertices.resize(trail.kept * kTrailVertexFloats);
  const auto push = [&trail](const Eigen::Vector2d& p, double length) {
    trail.vertices.insert(trail.vertices.end(), {float(p.x()), float(p.y()), float(length)});
  };
  const auto keep = [&](const Eigen::Vector2d& p) {
    if (trail.lastKept) trail.length += (p - *trail.lastKept).norm();
    trail.lastKept = p;
    push(p, trail.length);
    ++trail.kept;
  };
  for (std::size_t i = trail.consumed; i < points.size(); ++i) {
    const Eigen::Vector2d& p = points[i];
    if (!uploadable(p)) continue;
    if (!trail.first) trail.first = p;
    trail.last = p;
    if (thinning == TrailThinning::Radial) {
      trail.headKept = trail.thinner.keep(p);
      if (trail.headKept) keep(p);
    } else {
      // The sleeve fixes a vertex (the point before p, or p itself when it is the first) as it
      // learns where the path goes next.
      const std::optional<Eigen::Vector2d> vertex = trail.simplifier.add(p);
      if (vertex) keep(*vertex);
      trail.headKept = vertex && *vertex == p;
    }
  }
  trail.consumed = points.size();
  if (!trail.headKept) push(*trail.last, trail.length + (*trail.last - *trail.lastKept).norm());
  const std::size_t count = trail.vertices.size() / kTrailVertexFloats;
  if (count == firstChanged) return;
  reserve(trail, count);
  glBindBuffer(GL_ARRAY_BUFFER, trail.buffer.id());
  glBufferSubData(GL_ARRAY_BUFFER, GLintptr(firstChanged * kVertexBytes),
                  GLsizeiptr((count - firstChanged) * kVertexBytes),
                  trail.vertices.data() + firstChanged * kTrailVertexFloats);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
  trail.uploaded = count;
  stats_.bytes += (count - firstChanged) * kVertexBytes;
  ++stats_.calls;
}

void TrailPass::removeTrailsFrom(std::size_t n) {
  if (n < trails_.size()) trails_.resize(n);
}

std::size_t TrailPass::pointCount(std::size_t index) const {
  return index < trails_.size() ? trails_[index].uploaded : 0;
}

std::size_t TrailPass::stableCount(std::size_t index) const {
  return index < trails_.size() ? std::min(trails_[index].kept, trails_[index].uploaded) : 0;
}

std::optional<Eigen::Vector2d> TrailPass::firstPoint(std::size_t index) const {
  return pointCount(index) == 0 ? std::nullopt : trails_[index].first;
}

std::optional<Eigen::Vector2d> TrailPass::lastPoint(std::size_t index) const {
  return pointCount(index) == 0 ? std::nullopt : trails_[index].last;
}

const std::vector<float>& TrailPass::vertexData(std::size_t index) const {
  static const std::vector<float> kNone;
  return index < trails_.size() ? trails_[index].vertices : kNone;
}

std::uint64_t TrailPass::revision(std::size_t index) const {
  return index < trails_.size() ? trails_[index].revision : 0;
}

double TrailPass::tolerance(std::size_t index) const {
  return index < trails_.size() ? trails_[index].tolerance : 0;
}

void TrailPass::draw(const View& view, const Viewport& viewport, const std::vector<TrailStyle>& styles) {
  drawSegments(view, viewport, styles, nullptr, TrailParts::Both);
}

void TrailPass::drawSegments(const View& view, const Viewport& viewport,
                             const std::vector<TrailStyle>& styles,
                             const std::vector<std::size_t>* firstVertices, TrailParts parts,
                             const std::vector<std::size_t>* endVertices) {
  glViewport(viewport.x, viewport.y, viewport.width, viewport.height);
  glDisable(GL_DEPTH_TEST);
  glEnable(GL_BLEND);
  program_.use();
  view_.set(view, viewport);
  // Arc lengths are in world units; views keep equal scales on x and y (sim::fitted).
  glUniform1f(pixelsPerUnitUniform_, float(viewport.width / std::abs(view.xmax - view.xmin)));
  std::size_t count = std::min(trails_.size(), styles.size());
  if (firstVertices) count = std::min(count, firstVertices->size());
  for (std::size_t i = 0; i < count; ++i) {
    Trail& trail = trails_[i];
    const TrailStyle& style = styles[i];
    const std::size_t first = firstVertices ? (*firstVertices)[i] : 0;
    const std::size_t end =
        endVertices && i < endVertices->size() ? std::min((*endVertices)[i], trail.uploaded) : trail.uploaded;
    if (!style.visible || end < first + 2) continue;
    if (trail.attributeOffset != first) {
      bindAttributes(trail.vao.id(), trail.buffer.id(), first);
      trail.attributeOffset = first;
    }
    glBindVertexArray(trail.vao.id());
    const std::array<float, 4> dash = dashPixels(style.dash, style.width);
    glUniform4f(dashUniform_, dash[0], dash[1], dash[2], dash[3]);
    const GLsizei segments = GLsizei(end - first - 1);
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
