// See trail3d.h.
#include "app/render/trail3d.h"

#include "app/render/embedded_program.h"

#include <Eigen/Core>

#include <algorithm>

namespace lv::render {
namespace {

constexpr std::size_t kSlots = 64;      // styles one draw can use (the shaders' kSlots)
constexpr float kDepthBias = 0.0015f;   // normalised depth: a trail on a slope stays in front of it
constexpr float kHiddenOpacity = 0.3f;  // how a trail behind the surface shows through

GLsizei pointsOf(const std::vector<float>& points) { return GLsizei(points.size() / 4); }

// Makes `texture` a buffer texture over `buffer` in `format`.
void attach(const GlTexture& texture, const GlBuffer& buffer, GLenum format) {
  glBindBuffer(GL_TEXTURE_BUFFER, buffer.id());  // a generated name becomes a buffer when first bound
  glBindBuffer(GL_TEXTURE_BUFFER, 0);
  glBindTexture(GL_TEXTURE_BUFFER, texture.id());
  glTexBuffer(GL_TEXTURE_BUFFER, format, buffer.id());
  glBindTexture(GL_TEXTURE_BUFFER, 0);
}

}  // namespace

Trail3dPass::Trail3dPass() {
  program_ = buildEmbeddedProgram({"trail3d.vert.glsl"}, {"dash.glsl", "trail3d.frag.glsl"}, "3D trail");
  colorsUniform_ = program_.uniform("u_colors");
  halfWidthsUniform_ = program_.uniform("u_halfWidths");
  dashesUniform_ = program_.uniform("u_dashes");
  attach(pointsTexture_, points_, GL_RGBA32F);
  attach(tableTexture_, table_, GL_RG32I);
}

void Trail3dPass::setTrail(std::size_t index, const std::vector<float>& points,
                           const std::vector<std::uint32_t>& pieceStarts) {
  if (trails_.size() <= index) trails_.resize(index + 1);
  trails_[index].points = points;
  trails_[index].pieceStarts = pieceStarts;
  pointsChanged_ = true;
}

void Trail3dPass::removeTrailsFrom(std::size_t n) {
  if (trails_.size() <= n) return;
  trails_.resize(n);
  pointsChanged_ = true;
}

void Trail3dPass::upload(const std::vector<Layer>& layers) {
  // Every trail's points once, then one table row per segment of each layer.
  pointScratch_.clear();
  std::vector<GLint> firstPoint(trails_.size(), 0);
  for (std::size_t i = 0; i < trails_.size(); ++i) {
    firstPoint[i] = GLint(pointScratch_.size() / 4);
    pointScratch_.insert(pointScratch_.end(), trails_[i].points.begin(), trails_[i].points.end());
  }
  tableScratch_.clear();
  layerStart_.clear();
  for (std::size_t l = 0; l < layers.size(); ++l) {
    layerStart_.push_back(GLsizei(tableScratch_.size() / 2));
    const Trail& trail = trails_[layers[l].trail];
    const GLint first = firstPoint[layers[l].trail];
    auto nextStart = trail.pieceStarts.begin();
    for (GLsizei k = 0; k + 1 < pointsOf(trail.points); ++k) {  // segment k joins points k and k + 1
      while (nextStart != trail.pieceStarts.end() && GLsizei(*nextStart) <= k) ++nextStart;
      if (nextStart != trail.pieceStarts.end() && GLsizei(*nextStart) == k + 1) continue;  // a gap
      tableScratch_.push_back(first + k);
      tableScratch_.push_back(std::int32_t(l));
    }
  }
  layerStart_.push_back(GLsizei(tableScratch_.size() / 2));
  glBindBuffer(GL_TEXTURE_BUFFER, points_.id());
  glBufferData(GL_TEXTURE_BUFFER, GLsizeiptr(pointScratch_.size() * sizeof(float)), pointScratch_.data(),
               GL_DYNAMIC_DRAW);
  glBindBuffer(GL_TEXTURE_BUFFER, table_.id());
  glBufferData(GL_TEXTURE_BUFFER, GLsizeiptr(tableScratch_.size() * sizeof(std::int32_t)),
               tableScratch_.data(), GL_DYNAMIC_DRAW);
  glBindBuffer(GL_TEXTURE_BUFFER, 0);
  uploadedLayers_ = layers;
  pointsChanged_ = false;
}

void Trail3dPass::drawLayers(const std::vector<Layer>& layers, std::size_t first, std::size_t count,
                             const std::vector<TrailStyle>& styles) {
  colorScratch_.clear();
  halfWidthScratch_.clear();
  dashScratch_.clear();
  for (std::size_t l = first; l < first + count; ++l) {
    const TrailStyle& style = styles[layers[l].trail];
    const float halfWidth = 0.5f * style.width + 0.5f + (layers[l].halo ? style.haloWidth : 0.0f);
    const std::array<float, 4> color =
        layers[l].halo ? std::array<float, 4>{0, 0, 0, style.haloOpacity} : style.color;
    colorScratch_.insert(colorScratch_.end(), color.begin(), color.end());
    halfWidthScratch_.push_back(halfWidth);
    const std::array<float, 4> dash = dashPixels(style.dash, style.width);
    dashScratch_.insert(dashScratch_.end(), dash.begin(), dash.end());
  }
  glUniform4fv(colorsUniform_, GLsizei(count), colorScratch_.data());
  glUniform1fv(halfWidthsUniform_, GLsizei(count), halfWidthScratch_.data());
  glUniform4fv(dashesUniform_, GLsizei(count), dashScratch_.data());
  glUniform1i(program_.uniform("u_firstLayer"), GLint(first));
  const GLsizei begin = layerStart_[first], end = layerStart_[first + count];
  if (end > begin) glDrawArrays(GL_TRIANGLES, 6 * begin, 6 * (end - begin));
}

void Trail3dPass::draw(const sim::Camera& camera, const Viewport& viewport,
                       const std::vector<TrailStyle>& styles, GLuint surfaceDepth) {
  layers_.clear();
  for (std::size_t i = 0; i < trails_.size() && i < styles.size(); ++i) {
    const TrailStyle& style = styles[i];
    if (!style.visible || pointsOf(trails_[i].points) < 2) continue;
    if (style.haloWidth > 0 && style.haloOpacity > 0) layers_.push_back({i, true});
    layers_.push_back({i, false});
  }
  if (layers_.empty()) return;
  const bool sameLayers =
      std::equal(layers_.begin(), layers_.end(), uploadedLayers_.begin(), uploadedLayers_.end(),
                 [](const Layer& a, const Layer& b) { return a.trail == b.trail && a.halo == b.halo; });
  if (pointsChanged_ || !sameLayers) upload(layers_);

  glViewport(viewport.x, viewport.y, viewport.width, viewport.height);
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_DEPTH_TEST);  // the shader compares with the surface's depth
  program_.use();
  glActiveTexture(GL_TEXTURE2);
  glBindTexture(GL_TEXTURE_2D, surfaceDepth);
  glActiveTexture(GL_TEXTURE1);
  glBindTexture(GL_TEXTURE_BUFFER, tableTexture_.id());
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_BUFFER, pointsTexture_.id());
  glUniform1i(program_.uniform("t_points"), 0);
  glUniform1i(program_.uniform("t_segments"), 1);
  glUniform1i(program_.uniform("t_surfaceDepth"), 2);
  glUniform2i(program_.uniform("u_viewportOrigin"), viewport.x, viewport.y);
  glUniform1f(program_.uniform("u_hiddenOpacity"), kHiddenOpacity);
  glBindVertexArray(emptyVao_.id());
  const Eigen::Matrix4f viewProjection =
      camera.viewProjection(double(viewport.width) / viewport.height).cast<float>();
  glUniformMatrix4fv(program_.uniform("u_viewProjection"), 1, GL_FALSE, viewProjection.data());
  glUniform2f(program_.uniform("u_viewportSize"), float(viewport.width), float(viewport.height));
  glUniform1f(program_.uniform("u_depthBias"), kDepthBias);
  glUniform1f(program_.uniform("u_pixelsPerUnit"),
              float(camera.pixelsPerUnit(viewport.width, viewport.height)));
  for (std::size_t first = 0; first < layers_.size(); first += kSlots)
    drawLayers(layers_, first, std::min(kSlots, layers_.size() - first), styles);
  glBindVertexArray(0);
  glActiveTexture(GL_TEXTURE2);
  glBindTexture(GL_TEXTURE_2D, 0);
  glActiveTexture(GL_TEXTURE1);
  glBindTexture(GL_TEXTURE_BUFFER, 0);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_BUFFER, 0);
  glUseProgram(0);
}

}  // namespace lv::render
