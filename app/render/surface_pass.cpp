// See surface_pass.h.
#include "app/render/surface_pass.h"

#include "app/render/colormap.h"
#include "app/render/shader_library.h"

#include <cassert>
#include <cstdio>
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

// Allocates `texture` as width×height of `format` and attaches it to `fbo`.
void allocateTarget(GlTexture& texture, GlFramebuffer& fbo, int width, int height,
                    GLenum internalFormat, GLenum format, GLenum type) {
  if (!texture) texture = GlTexture::generate();
  if (!fbo) fbo = GlFramebuffer::generate();
  glBindTexture(GL_TEXTURE_2D, texture.id());
  glTexImage2D(GL_TEXTURE_2D, 0, GLint(internalFormat), width, height, 0, format, type, nullptr);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glBindTexture(GL_TEXTURE_2D, 0);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, fbo.id());
  glFramebufferTexture2D(GL_DRAW_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture.id(), 0);
  assert(glCheckFramebufferStatus(GL_DRAW_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE);
}

}  // namespace

bool SurfacePass::CacheKey::operator==(const CacheKey& o) const {
  return formula == o.formula && xmin == o.xmin && xmax == o.xmax && ymin == o.ymin &&
         ymax == o.ymax && width == o.width && height == o.height && colormap == o.colormap &&
         logScale == o.logScale && contourCount == o.contourCount &&
         contourOpacity == o.contourOpacity;
}

SurfacePass::SurfacePass() : emptyVao_(GlVertexArray::generate()) {
  std::string error;
  blitProgram_ = GlProgram::build({assembleShader({shaderText("fullscreen.vert.glsl")}),
                                   assembleShader({shaderText("blit.frag.glsl")}), ""},
                                  &error);
  // Embedded shaders are tested; a failure here means a driver below GL 3.3 core.
  if (!blitProgram_) std::fprintf(stderr, "lossviz: blit shader: %s\n", error.c_str());
  assert(blitProgram_ && "embedded blit shader must compile");
}

bool SurfacePass::setFormula(const landscapes::Formula& formula, std::string* error) {
  return setFunction(formula.glsl(),
                     [formula](const Eigen::Vector2d& p) { return formula.value(p); }, error);
}

bool SurfacePass::setFunction(const std::string& glsl,
                              std::function<double(const Eigen::Vector2d&)> value,
                              std::string* error) {
  const std::string vertex = assembleShader({shaderText("fullscreen.vert.glsl")});
  GlProgram surface = GlProgram::build(
      {vertex, assembleShader({shaderText("view.glsl"), glsl, shaderText("surface.frag.glsl")}), ""},
      error);
  if (!surface) return false;
  GlProgram values = GlProgram::build(
      {vertex,
       assembleShader({shaderText("view.glsl"), glsl, shaderText("surface_value.frag.glsl")}), ""},
      error);
  if (!values) return false;
  surfaceProgram_ = std::move(surface);
  valueProgram_ = std::move(values);
  value_ = std::move(value);
  ++formulaGeneration_;
  return true;
}

void SurfacePass::setViewUniforms(const GlProgram& program, const View& view, int width,
                                  int height) const {
  glUniform2f(program.uniform("u_viewMin"), float(view.xmin), float(view.ymin));
  glUniform2f(program.uniform("u_pixelSize"), float((view.xmax - view.xmin) / width),
              float((view.ymax - view.ymin) / height));
  glUniform2f(program.uniform("u_viewportOrigin"), 0.0f, 0.0f);
}

void SurfacePass::renderCache(const View& view, const SurfaceStyle& style) {
  range_ = estimateValueRange(value_, view);
  if (!colormap_ || colormapName_ != style.colormap) {
    colormap_ = makeColormapTexture(style.colormap);
    colormapName_ = style.colormap;
  }
  if (!cache_ || cacheWidth_ != key_.width || cacheHeight_ != key_.height) {
    allocateTarget(cache_, cacheFbo_, key_.width, key_.height, GL_RGBA8, GL_RGBA, GL_UNSIGNED_BYTE);
    cacheWidth_ = key_.width;
    cacheHeight_ = key_.height;
  }
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, cacheFbo_.id());
  glViewport(0, 0, key_.width, key_.height);
  glDisable(GL_BLEND);
  glDisable(GL_DEPTH_TEST);
  const GlProgram& p = surfaceProgram_;
  p.use();
  setViewUniforms(p, view, key_.width, key_.height);
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
  ++renderCount_;
}

void SurfacePass::draw(const View& view, const Viewport& viewport, const SurfaceStyle& style) {
  if (!surfaceProgram_ || viewport.width <= 0 || viewport.height <= 0) return;
  CacheKey key{formulaGeneration_, view.xmin, view.xmax, view.ymin, view.ymax,
               viewport.width,     viewport.height, style.colormap, style.logScale,
               style.contourCount, style.contourOpacity};
  {
    FramebufferScope scope;
    if (!cacheValid_ || !(key == key_)) {
      key_ = key;
      renderCache(view, style);
      cacheValid_ = true;
    }
  }
  glViewport(viewport.x, viewport.y, viewport.width, viewport.height);
  glDisable(GL_BLEND);
  glDisable(GL_DEPTH_TEST);
  blitProgram_.use();
  glUniform2f(blitProgram_.uniform("u_viewportOrigin"), float(viewport.x), float(viewport.y));
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, cache_.id());
  glUniform1i(blitProgram_.uniform("t_image"), 0);
  glBindVertexArray(emptyVao_.id());
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
  glBindTexture(GL_TEXTURE_2D, 0);
  glUseProgram(0);
}

bool SurfacePass::renderValues(const View& view, int width, int height, std::vector<float>* values) {
  if (!valueProgram_ || width <= 0 || height <= 0 || !values) return false;
  FramebufferScope scope;
  GLint readFramebuffer = 0;
  glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &readFramebuffer);
  GlTexture target;
  GlFramebuffer fbo;
  allocateTarget(target, fbo, width, height, GL_R32F, GL_RED, GL_FLOAT);
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
