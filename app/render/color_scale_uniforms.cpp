// See color_scale_uniforms.h.
#include "app/render/color_scale_uniforms.h"

#include "app/render/colormap_texture.h"

#include <algorithm>
#include <cmath>

namespace lv::render {

GLuint ColormapCache::texture(const std::string& name) {
  if (!texture_ || name_ != name) {
    texture_ = makeColormapTexture(name);
    name_ = name;
  }
  return texture_.id();
}

void setColorScaleUniforms(const GlProgram& p, const sim::ColorScale& scale, float contourOpacity,
                           GLuint colormap) {
  const double logLo = std::log(scale.eps);
  glUniform1i(p.uniform("u_logScale"), scale.logScale ? 1 : 0);
  glUniform1f(p.uniform("u_lo"), float(scale.lo));
  glUniform1f(p.uniform("u_hi"), float(scale.hi));
  glUniform1f(p.uniform("u_eps"), float(scale.eps));
  glUniform1f(p.uniform("u_logLo"), float(logLo));
  glUniform1f(p.uniform("u_logSpan"), float(std::log(scale.hi - scale.lo + scale.eps) - logLo));
  glUniform1f(p.uniform("u_contourCount"), float(std::max(scale.contourCount, 0)));
  glUniform1f(p.uniform("u_contourOpacity"), contourOpacity);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, colormap);
  glUniform1i(p.uniform("t_colormap"), 0);
}

}  // namespace lv::render
