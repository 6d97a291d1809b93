// See marker_pass.h.
#include "app/render/marker_pass.h"

#include "app/render/quad_program.h"

#include <cmath>

namespace lv::render {
namespace {

constexpr int kFloatsPerMarker = 12;  // p0 (2), p1 (2), colour (4), shape (4)

bool drawable(const Eigen::Vector2d& p) {
  return std::isfinite(p.x()) && std::isfinite(p.y()) && std::abs(p.x()) <= 1e30 && std::abs(p.y()) <= 1e30;
}

// The shape code marker.frag.glsl draws.
float shaderCode(const Marker& m) {
  switch (m.kind) {
    case MarkerKind::Ring:
      return 1;
    case MarkerKind::Star:
      return 2;
    case MarkerKind::Arrow:
      return 3;
    case MarkerKind::Shape:
      break;
  }
  switch (m.shape) {
    case figure::MarkerShape::Disc:
      return 0;
    case figure::MarkerShape::Square:
      return 4;
    case figure::MarkerShape::Triangle:
      return 5;
    case figure::MarkerShape::Diamond:
      return 6;
    case figure::MarkerShape::Cross:
      return 7;
  }
  return 0;
}

}  // namespace

MarkerPass::MarkerPass()
    : program_(buildQuadProgram("marker.vert.glsl", "marker.frag.glsl", "marker")),
      instances_(GlBuffer::generate()),
      vao_(GlVertexArray::generate()),
      view_(program_) {
  setInstanceAttributes(vao_.id(), instances_.id(), {2, 2, 4, 4});  // kFloatsPerMarker in all
}

void MarkerPass::draw(const View& view, const Viewport& viewport, const std::vector<Marker>& markers) {
  std::vector<float>& data = data_;
  data.clear();
  // A point marker's frame runs along +x and its y across; rows drawn top-down would mirror it
  // (stars would point down), a frame along -x there mirrors it back.
  const bool rowsTopDown = view.ymin > view.ymax;
  const Eigen::Vector2d pointFrame(rowsTopDown ? -0.25 * (view.xmax - view.xmin) / viewport.width : 0.0, 0.0);
  for (const Marker& m : markers) {
    const Eigen::Vector2d to = m.kind == MarkerKind::Arrow ? m.to : Eigen::Vector2d(m.at + pointFrame);
    if (!drawable(m.at) || !drawable(to)) continue;
    const float values[kFloatsPerMarker] = {float(m.at.x()), float(m.at.y()), float(to.x()), float(to.y()),
                                            m.color[0],      m.color[1],      m.color[2],    m.color[3],
                                            shaderCode(m),   m.radius,        m.outline,     0.0f};
    data.insert(data.end(), values, values + kFloatsPerMarker);
  }
  if (data.empty()) return;
  glBindBuffer(GL_ARRAY_BUFFER, instances_.id());
  // Orphaning: a fresh store each frame, so the driver never waits on the previous draw.
  glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(data.size() * sizeof(float)), data.data(), GL_STREAM_DRAW);
  glBindBuffer(GL_ARRAY_BUFFER, 0);

  glViewport(viewport.x, viewport.y, viewport.width, viewport.height);
  glDisable(GL_DEPTH_TEST);
  glEnable(GL_BLEND);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  program_.use();
  view_.set(view, viewport);
  glBindVertexArray(vao_.id());
  glDrawArraysInstanced(GL_TRIANGLE_STRIP, 0, 4, GLsizei(data.size() / kFloatsPerMarker));
  glBindVertexArray(0);
  glUseProgram(0);
}

}  // namespace lv::render
