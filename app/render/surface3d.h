// The 3D surface pass: a height-field grid over the view rectangle whose heights the vertex shader
// computes from the landscape's emitted GLSL `f` (the 2D surface's function) through the colour
// scale (sim::HeightField's mapping), coloured by the same colormap and contours, lit from exact
// normals (Formula::glslDerivatives' f_grad). Draws with the depth test into whatever the caller
// bound (Canvas3d gives it a depth buffer).
#pragma once

#include "app/render/color_scale_uniforms.h"
#include "app/render/gl_object.h"
#include "app/render/gl_program.h"
#include "app/render/surface_pass.h"
#include "app/render/viewport.h"
#include "app/sim/camera.h"
#include "app/sim/height_field.h"
#include "landscapes/formula.h"

#include <string>

namespace lv::render {

/// Needs a current GL context for its whole life.
class Surface3dPass {
 public:
  /// `gridSize` cells per side (≥ 1).
  explicit Surface3dPass(int gridSize = 256);

  /// Compiles the programs for `formula`. False with the driver's log in `*error` on failure; the
  /// previous program stays.
  bool setFormula(const landscapes::Formula& formula, std::string* error = nullptr);
  bool hasFormula() const { return static_cast<bool>(program_); }

  /// Draws the surface of `field` seen by `camera` into the bound framebuffer at `viewport` with the
  /// depth test on (depth writes on). `style` gives the colormap and contour opacity, field.scale
  /// the rest. Leaves the depth test enabled and program/texture/VAO bindings at 0.
  void draw(const sim::Camera& camera, const sim::HeightField& field, const SurfaceStyle& style,
            const Viewport& viewport);

 private:
  int gridSize_;
  GlProgram program_;
  GlVertexArray vao_;  // holds the grid's index buffer; positions come from gl_VertexID
  GlBuffer indices_;
  GLsizei indexCount_ = 0;
  ColormapCache colormap_;
};

/// The light of the 3D view, towards the light in model space (unit, z > 0): from the upper left
/// behind a default camera.
sim::Vec3 surfaceLight();

}  // namespace lv::render
