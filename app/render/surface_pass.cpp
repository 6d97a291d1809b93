// See surface_pass.h.
#include "app/render/surface_pass.h"

#include "app/render/color_scale_uniforms.h"
#include "app/render/data_texture.h"
#include "app/render/gl_object.h"
#include "app/render/shader_library.h"
#include "app/render/texture_target.h"

#include <cassert>
#include <cmath>

namespace lv::render {

bool SurfacePass::PictureKey::operator==(const PictureKey& o) const {
  return formula == o.formula && view == o.view && width == o.width && height == o.height &&
         rowsTopDown == o.rowsTopDown && style == o.style && scale == o.scale;
}

SurfacePass::SurfacePass() : emptyVao_(GlVertexArray::generate()) {}

bool SurfacePass::setFormula(const landscapes::Formula& formula, std::string* error) {
  return setFunction(
      formula.glsl(), [formula](const Eigen::Vector2d& p) { return formula.value(p); }, error);
}

bool SurfacePass::setFiniteSum(const landscapes::FiniteSum& sum, std::string* error) {
  if (!setFunction(
          sum.glsl(), [sum](const Eigen::Vector2d& p) { return sum.value(p); }, error))
    return false;
  values_.setFiniteSum(sum);
  if (!gridProgram_) {
    // Independent of the landscape: the grid stands in for its f. Without it, every pixel is exact.
    gridProgram_ = GlProgram::build(
        {assembleShader({shaderText("fullscreen.vert.glsl")}),
         assembleShader({shaderText("view.glsl"), shaderText("value_grid.glsl"),
                         shaderText("colormap_shading.glsl"), shaderText("surface.frag.glsl")}),
         ""},
        nullptr);
  }
  return true;
}

void SurfacePass::setDataRows(const std::uint32_t* rows, std::size_t count) {
  if (!values_.data() || (rows && count == 0)) return;
  const landscapes::FiniteSum sum = *values_.data();
  if (!rows) {
    value_ = [sum](const Eigen::Vector2d& p) { return sum.value(p); };
  } else {
    value_ = [sum, batch = std::vector<std::uint32_t>(rows, rows + count)](const Eigen::Vector2d& p) {
      return sum.batchValue(p, batch.data(), batch.size());
    };
  }
  values_.setRows(rows, count);
  ++formulaRevision_;
}

void SurfacePass::prepare(const View& view, int width, int height, bool interactive) {
  if (gridProgram_ && values_.prepare(view, width, height, interactive)) ++formulaRevision_;
}

bool SurfacePass::setFunction(const std::string& glsl, std::function<double(const Eigen::Vector2d&)> value,
                              std::string* error) {
  const std::string vertex = assembleShader({shaderText("fullscreen.vert.glsl")});
  GlProgram surface =
      GlProgram::build({vertex,
                        assembleShader({shaderText("view.glsl"), glsl, shaderText("colormap_shading.glsl"),
                                        shaderText("surface.frag.glsl")}),
                        ""},
                       error);
  if (!surface) return false;
  surfaceProgram_ = std::move(surface);
  values_.setFunction(glsl);
  value_ = std::move(value);
  ++formulaRevision_;
  return true;
}

sim::ColorScale SurfacePass::fitScale(const View& view, const SurfaceStyle& style) const {
  sim::ColorScaleFit fit;
  fit.samples = sim::fitSamples(values_.terms());
  return sim::fitColorScale(value_, view, style.logScale, style.contourCount, fit);
}

void SurfacePass::setViewUniforms(const GlProgram& program, const View& view, int width, int height) const {
  glUniform2f(program.uniform("u_viewMin"), float(view.xmin), float(view.ymin));
  glUniform2f(program.uniform("u_pixelSize"), float((view.xmax - view.xmin) / width),
              float((view.ymax - view.ymin) / height));
  glUniform2f(program.uniform("u_viewportOrigin"), 0.0f, 0.0f);
}

void SurfacePass::draw(const View& view, const Viewport& viewport, const SurfaceStyle& style,
                       const sim::ColorScale& scale, bool topDown) {
  if (!surfaceProgram_ || viewport.width <= 0 || viewport.height <= 0) return;
  const PictureKey key{formulaRevision_, view, viewport.width, viewport.height, topDown, style, scale};
  if (renderCount_ == 0 || !(key == countedKey_)) {
    countedKey_ = key;
    ++renderCount_;
  }
  glViewport(viewport.x, viewport.y, viewport.width, viewport.height);
  glDisable(GL_BLEND);
  glDisable(GL_DEPTH_TEST);
  const bool fromGrid = gridCellPixels(view, viewport.width, viewport.height) > 0;
  const GlProgram& p = fromGrid ? gridProgram_ : surfaceProgram_;
  p.use();
  setViewUniforms(p, topDown ? rowsTopDown(view) : view, viewport.width, viewport.height);
  glUniform2f(p.uniform("u_viewportOrigin"), float(viewport.x), float(viewport.y));
  setColorScaleUniforms(p, scale, style.contourOpacity, colormap_.texture(style.colormap));
  values_.bind(p, fromGrid);
  glBindVertexArray(emptyVao_.id());
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
  SurfaceValues::unbind();
  glBindTexture(GL_TEXTURE_2D, 0);
  glUseProgram(0);
}

bool SurfacePass::renderValues(const View& view, int width, int height, std::vector<float>* values) {
  if (!surfaceProgram_ || width <= 0 || height <= 0 || !values) return false;
  GlTexture target;
  GlFramebuffer fbo;
  allocateColorTarget(target, fbo, width, height, GL_R32F, GL_RED, GL_FLOAT);
  glViewport(0, 0, width, height);
  if (!values_.evaluate(view, width, height)) {
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return false;
  }

  std::vector<float> bottomUp(std::size_t(width) * std::size_t(height));
  glBindFramebuffer(GL_READ_FRAMEBUFFER, fbo.id());
  glPixelStorei(GL_PACK_ALIGNMENT, 4);
  glReadPixels(0, 0, width, height, GL_RED, GL_FLOAT, bottomUp.data());
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  values->resize(bottomUp.size());
  for (int row = 0; row < height; ++row) {
    std::copy_n(bottomUp.begin() + std::ptrdiff_t(row) * width, width,
                values->begin() + std::ptrdiff_t(height - 1 - row) * width);
  }
  return true;
}

}  // namespace lv::render
