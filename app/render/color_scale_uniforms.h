// The uniforms of shaders/colormap_shading.glsl, shared by the 2D and 3D surfaces: one place turns
// a sim::ColorScale and a colormap into what the shaders read.
#pragma once

#include "app/render/gl_object.h"
#include "app/render/gl_program.h"
#include "app/sim/color_scale.h"

#include <string>

namespace lv::render {

/// A colormap texture made on first use and again when the name changes.
class ColormapCache {
 public:
  /// The texture of `name` (see colormap_texture.h).
  GLuint texture(const std::string& name);

 private:
  GlTexture texture_;
  std::string name_;
};

/// Sets colormap_shading.glsl's uniforms of the program in use: `scale` and its contour count,
/// `contourOpacity`, and t_colormap = texture unit 0, to which `colormap` is bound.
void setColorScaleUniforms(const GlProgram& program, const sim::ColorScale& scale, float contourOpacity,
                           GLuint colormap);

}  // namespace lv::render
