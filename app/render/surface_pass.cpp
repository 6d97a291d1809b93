// See surface_pass.h.
#include "app/render/surface_pass.h"

#include "app/render/colormap_texture.h"
#include "app/render/gl_object.h"
#include "app/render/shader_library.h"
#include "app/render/texture_target.h"

#include <cassert>
#include <cmath>

namespace lv::render {
namespace {

// Saves the draw framebuffer and viewport on construction, restores them on destruction.
class FramebufferScope {
 public:
  FramebufferScope() {
    glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &framebuffer_);
    glGetIntegerv(GL_VIEWPORT, viewport_);
  }
  ~FramebufferScope() {
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, GLuint(framebuffer_));
    glViewport(viewport_[0], viewport_[1], viewport_[2], viewport_[3]);
  }
  FramebufferScope(const FramebufferScope&) = delete;
  FramebufferScope& operator=(const FramebufferScope&) = delete;

 private:
  GLint framebuffer_ = 0;
  GLint viewport_[4] = {0, 0, 0, 0};
};

}  // namespace

bool SurfacePass::PictureKey::operator==(const PictureKey& o) const {
  return formula == o.formula && xmin == o.xmin && xmax == o.xmax && ymin == o.ymin && ymax == o.ymax &&
         width == o.width && height == o.height && rowsTopDown == o.rowsTopDown && colormap == o.colormap &&
         logScale == o.logScale && contourCount == o.contourCount && contourOpacity == o.contourOpacity;
}

SurfacePass::SurfacePass() : emptyVao_(GlVertexArray::generate()) {}

bool SurfacePass::setFormula(const landscapes::Formula& formula, std::string* error) {
  return setFunction(
      formula.glsl(), [formula](const Eigen::Vector2d& p) { return formula.value(p); }, error);
}

bool SurfacePass::setFunction(const std::string& glsl, std::function<double(const Eigen::Vector2d&)> value,
                              std::string* error) {
  const std::string vertex = assembleShader({shaderText("fullscreen.vert.glsl")});
  GlProgram surface = GlProgram::build(
      {vertex, assembleShader({shaderText("view.glsl"), glsl, shaderText("surface.frag.glsl")}), ""}, error);
  if (!surface) return false;
  GlProgram values = GlProgram::build(
      {vertex, assembleShader({shaderText("view.glsl"), glsl, shaderText("surface_value.frag.glsl")}), ""},
      error);
  if (!values) return false;
  surfaceProgram_ = std::move(surface);
  valueProgram_ = std::move(values);
  value_ = std::move(value);
  ++formulaGeneration_;
  return true;
}

void SurfacePass::setViewUniforms(const GlProgram& program, const View& view, int width, int height) const {
  glUniform2f(program.uniform("u_viewMin"), float(view.xmin), float(view.ymin));
  glUniform2f(program.uniform("u_pixelSize"), float((view.xmax - view.xmin) / width),
              float((view.ymax - view.ymin) / height));
  glUniform2f(program.uniform("u_viewportOrigin"), 0.0f, 0.0f);
}

SurfacePass::PictureKey SurfacePass::pictureKey(const View& view, int width, int height,
                                                const SurfaceStyle& style, bool topDown) const {
  return {formulaGeneration_,
          view.xmin,
          view.xmax,
          view.ymin,
          view.ymax,
          width,
          height,
          topDown,
          style.colormap,
          style.logScale,
          style.contourCount,
          style.contourOpacity};
}

void SurfacePass::countPicture(const PictureKey& key) {
  if (counted_ && key == countedKey_) return;
  countedKey_ = key;
  counted_ = true;
  ++renderCount_;
}

void SurfacePass::render(const View& view, const Viewport& viewport, const SurfaceStyle& style,
                         bool topDown) {
  if (!surfaceProgram_ || viewport.width <= 0 || viewport.height <= 0) return;
  countPicture(pictureKey(view, viewport.width, viewport.height, style, topDown));
  if (!rangeValid_ || rangeFormula_ != formulaGeneration_ || rangeView_.xmin != view.xmin ||
      rangeView_.xmax != view.xmax || rangeView_.ymin != view.ymin || rangeView_.ymax != view.ymax) {
    range_ = estimateValueRange(value_, view);
    rangeFormula_ = formulaGeneration_;
    rangeView_ = view;
    rangeValid_ = true;
  }
  if (!colormap_ || colormapName_ != style.colormap) {
    colormap_ = makeColormapTexture(style.colormap);
    colormapName_ = style.colormap;
  }
  glViewport(viewport.x, viewport.y, viewport.width, viewport.height);
  glDisable(GL_BLEND);
  glDisable(GL_DEPTH_TEST);
  const GlProgram& p = surfaceProgram_;
  p.use();
  setViewUniforms(p, topDown ? rowsTopDown(view) : view, viewport.width, viewport.height);
  glUniform2f(p.uniform("u_viewportOrigin"), float(viewport.x), float(viewport.y));
  const double logLo = std::log(range_.eps);
  glUniform1i(p.uniform("u_logScale"), style.logScale ? 1 : 0);
  glUniform1f(p.uniform("u_lo"), float(range_.lo));
  glUniform1f(p.uniform("u_hi"), float(range_.hi));
  glUniform1f(p.uniform("u_eps"), float(range_.eps));
  glUniform1f(p.uniform("u_logLo"), float(logLo));
  glUniform1f(p.uniform("u_logSpan"), float(std::log(range_.hiLog - range_.lo + range_.eps) - logLo));
  glUniform1f(p.uniform("u_contourCount"), float(std::max(style.contourCount, 0)));
  glUniform1f(p.uniform("u_contourOpacity"), style.contourOpacity);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, colormap_.id());
  glUniform1i(p.uniform("t_colormap"), 0);
  glBindVertexArray(emptyVao_.id());
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
  glBindTexture(GL_TEXTURE_2D, 0);
  glUseProgram(0);
}

void SurfacePass::draw(const View& view, const Viewport& viewport, const SurfaceStyle& style) {
  if (!surfaceProgram_ || viewport.width <= 0 || viewport.height <= 0) return;
  GLint drawFramebuffer = 0, readFramebuffer = 0, sampleBuffers = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &drawFramebuffer);
  glGetIntegerv(GL_SAMPLE_BUFFERS, &sampleBuffers);
  glDisable(GL_SCISSOR_TEST);
  // The window (single-sampled framebuffer 0) gets a copy; other targets, multisampled ones
  // included, a shaded blit.
  const bool window = drawFramebuffer == 0 && sampleBuffers == 0;
  const PictureKey key = pictureKey(view, viewport.width, viewport.height, style, window);
  if (!cacheValid_ || !(key == cacheKey_)) {
    FramebufferScope scope;
    cache_.resize(viewport.width, viewport.height);
    cache_.bindForDrawing();
    render(view, {0, 0, viewport.width, viewport.height}, style, window);
    cacheKey_ = key;
    cacheValid_ = true;
  }
  glViewport(viewport.x, viewport.y, viewport.width, viewport.height);
  glDisable(GL_BLEND);
  if (!window) {
    blit_.draw(cache_.texture(), viewport, viewport.x, viewport.y);
    return;
  }
  // Rows top-down onto the window's bottom-up coordinates: a flipped blit, which Mesa does as a
  // memory copy because its window rows are top-down too.
  glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &readFramebuffer);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, cache_.framebuffer());
  glBlitFramebuffer(0, viewport.height, viewport.width, 0, viewport.x, viewport.y,
                    viewport.x + viewport.width, viewport.y + viewport.height, GL_COLOR_BUFFER_BIT,
                    GL_NEAREST);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, GLuint(readFramebuffer));
}

bool SurfacePass::renderValues(const View& view, int width, int height, std::vector<float>* values) {
  if (!valueProgram_ || width <= 0 || height <= 0 || !values) return false;
  FramebufferScope scope;
  GLint readFramebuffer = 0;
  glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &readFramebuffer);
  GlTexture target;
  GlFramebuffer fbo;
  allocateColorTarget(target, fbo, width, height, GL_R32F, GL_RED, GL_FLOAT);
  glViewport(0, 0, width, height);
  glDisable(GL_BLEND);
  valueProgram_.use();
  setViewUniforms(valueProgram_, view, width, height);
  glBindVertexArray(emptyVao_.id());
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
  glUseProgram(0);

  std::vector<float> bottomUp(std::size_t(width) * std::size_t(height));
  glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo.id());
  glPixelStorei(GL_PACK_ALIGNMENT, 4);
  glReadPixels(0, 0, width, height, GL_RED, GL_FLOAT, bottomUp.data());
  glBindFramebuffer(GL_READ_FRAMEBUFFER, GLuint(readFramebuffer));
  values->resize(bottomUp.size());
  for (int row = 0; row < height; ++row) {
    std::copy_n(bottomUp.begin() + std::ptrdiff_t(row) * width, width,
                values->begin() + std::ptrdiff_t(height - 1 - row) * width);
  }
  return true;
}

}  // namespace lv::render
