// The 3D surface pass: a height-field grid over the view rectangle whose heights the vertex shader
// computes from the landscape's emitted GLSL `f` (the 2D surface's function) through the colour
// scale (sim::HeightField's mapping), coloured by the same colormap and contours, lit from exact
// normals (Formula::glslDerivatives' f_grad). Draws with the depth test into whatever the caller
// bound (Canvas3d gives it a depth buffer). A data surface of many rows per value is drawn from a
// value grid (surface_values.h) with nodes at best as far apart as the full mesh's vertices, and lit
// from the interpolant's gradient: its error, fourth order in the node spacing, is far below the flat
// triangles' own. The window gets that grid as the 2D view does: coarse at once, then refined over
// the frames after.
#pragma once

#include "app/render/color_scale_uniforms.h"
#include "app/render/data_texture.h"
#include "app/render/gl_object.h"
#include "app/render/gl_program.h"
#include "app/render/surface_pass.h"
#include "app/render/surface_values.h"
#include "app/render/viewport.h"
#include "app/sim/camera.h"
#include "app/sim/height_field.h"
#include "landscapes/finite_sum.h"
#include "landscapes/formula.h"

#include <string>
#include <vector>

namespace lv::render {

/// Needs a current GL context for its whole life.
class Surface3dPass {
 public:
  /// Cells per side of the full picture's mesh (Canvas3d's; its moving pictures use coarser ones).
  static constexpr int kFullGridCells = sim::kFullMeshCells;

  Surface3dPass() = default;

  /// Compiles the programs for `formula`. False with the driver's log in `*error` on failure; the
  /// previous program stays.
  bool setFormula(const landscapes::Formula& formula, std::string* error = nullptr);
  /// As setFormula for a data landscape: the full-data mean's heights and normals, its rows bound
  /// at every draw.
  bool setFiniteSum(const landscapes::FiniteSum& sum, std::string* error = nullptr);
  bool hasFormula() const { return static_cast<bool>(program_); }

  /// Before drawing `view`: a data surface read from a value grid makes sure the grid covers it,
  /// `interactive` (the window) within a frame's budget and refined over the calls after. True when
  /// a finer grid just replaced a coarser one (pictures drawn before are stale). No-op (false) else.
  bool prepare(const landscapes::Rect& view, bool interactive);
  /// True while a finer value grid is being evaluated: the window draws frames until it is done.
  bool refining() const { return values_.refining(); }
  /// Mesh cells (of kFullGridCells per side) between the value grid's nodes that draw() reads
  /// `view` from; 0 when it evaluates f exactly (tests).
  int gridCells(const landscapes::Rect& view) const;

  /// Draws the surface of `field` seen by `camera` into the bound framebuffer at `viewport` with the
  /// depth test on (depth writes on), from the value grid when prepare() made one that covers it. `style`
  /// gives the colormap and contour opacity, field.scale the rest; `gridSize` cells per side (≥ 1; a coarse
  /// grid for pictures drawn while the camera moves). Leaves the depth test enabled and program/texture/VAO
  /// bindings at 0.
  void draw(const sim::Camera& camera, const sim::HeightField& field, const SurfaceStyle& style,
            const Viewport& viewport, int gridSize);

 private:
  /// A grid's triangles: its VAO holds the index buffer; positions come from gl_VertexID.
  struct Grid {
    int size = 0;
    GlVertexArray vao;
    GlBuffer indices;
    GLsizei indexCount = 0;
  };
  const Grid& grid(int size);
  /// Builds the program from `f` (GLSL of float f(vec2)) and `derivatives` (f_grad).
  bool build(const std::string& f, const std::string& derivatives, std::string* error);

  GlProgram program_;
  GlProgram gridProgram_;  // the surface from a value grid (built with the first data surface)
  SurfaceValues values_;
  std::vector<Grid> grids_;  // one per size drawn: a full and a coarse one
  ColormapCache colormap_;
};

/// The light of the 3D view, towards the light in model space (unit, z > 0): from the upper left
/// behind a default camera.
sim::Vec3 surfaceLight();

}  // namespace lv::render
