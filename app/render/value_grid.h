// A costly surface shaded from its values on a grid (used by SurfacePass). A data landscape
// averages its rows at every value, so shading it at every pixel costs pixels × rows evaluations:
// about a minute for 10 000 rows at 1280x720 on a software renderer, for every zoom. The grid
// evaluates f once per node, a node every few pixels, and the surface shader interpolates between
// them (shaders/value_grid.glsl: Catmull-Rom, so contours bend smoothly).
//
// Node (i, j) lies at world (i·step.x, j·step.y): grids of one step share their nodes, so strips
// shaded from different grids of one view scale meet without a seam. The window's grid holds a
// margin around the view, which a pan then reuses. The window stays within a budget of evaluations
// per frame: the first grid of a view is as coarse as that budget needs, and the frames after
// halve its cells a band of rows at a time until they are kFinestCell pixels, or until a finer grid
// would cost more than kRefineTerms in all (a mean of thousands of rows is smooth: 16-pixel cells
// of the 10 000-row logistic regression differ from the exact picture in 2 pixels of 576 000, at 3%
// tolerance). An image, drawn once, gets the finest grid at once (within a far larger budget).
#pragma once

#include "app/render/data_texture.h"
#include "app/render/gl_object.h"
#include "app/render/gl_program.h"
#include "app/render/viewport.h"

#include <Eigen/Core>

#include <cstddef>
#include <cstdint>

namespace lv::render {

/// Runs `values` (a program writing f at each fragment, SurfacePass's value program) averaging
/// `rows` over the bound framebuffer's viewport and scissor, with `vao` (attribute-less) bound:
/// fragment (a, b)'s centre is the world point viewMin + (a + 0.5, b + 0.5)·pixelSize.
void evaluateValues(const GlProgram& values, const DataRows& rows, GLuint vao, const Eigen::Vector2d& viewMin,
                    const Eigen::Vector2d& pixelSize);

/// Needs a current GL context for its whole life.
class ValueGrid {
 public:
  static constexpr int kFinestCell = 4;     ///< pixels between nodes, refined
  static constexpr int kCoarsestCell = 64;  ///< the coarsest a budget may make them
  /// Per-sample evaluations (nodes × terms) one window frame may spend: ~30 ms on llvmpipe, 2 cores.
  static constexpr double kFrameTerms = 4e6;
  /// What the window's refinement of one view may spend in all (~2 s there).
  static constexpr double kRefineTerms = 2.5e8;
  /// The same for an image drawn once.
  static constexpr double kImageTerms = 2e9;

  ValueGrid();

  /// Forgets every grid: the values changed.
  void clear();
  /// Makes a grid cover `view` drawn at width × height pixels with `values` (a program writing f at
  /// each fragment, as SurfacePass's value program; `rows` what it averages; `terms` per-sample
  /// terms per value): keeps the current grid when it was made at this view's pixel size and
  /// covers it, else evaluates a new one. `interactive` (the window): within kFrameTerms, with a
  /// margin for panning, then refines a band of rows per call. Else the finest within kImageTerms.
  /// Restores the bound draw framebuffer and the scissor. True when a refinement just finished:
  /// pictures shaded from the grid before are coarser than they need to be.
  bool prepare(const View& view, int width, int height, std::size_t terms, bool interactive,
               const GlProgram& values, const DataRows& rows);
  /// True while a finer grid is being evaluated (the window keeps drawing frames until it is done).
  bool refining() const { return active_.cellPixels > active_.finestCell; }
  /// True when the grid was made for `view`'s pixel size at width × height and covers the view.
  bool covers(const View& view, int width, int height) const;
  /// Pixels between the current grid's nodes (0: none).
  int cellPixels() const { return active_.cellPixels; }
  /// Binds the grid as shaders/value_grid.glsl reads it (t_values on texture `unit`, u_gridOrigin,
  /// u_gridStep) for `program`, which is in use. Leaves unit 0 active.
  void bind(const GlProgram& program, int unit) const;
  /// Empties texture `unit` again; leaves unit 0 active.
  static void unbind(int unit);

 private:
  struct Grid {
    GlTexture texture;
    GlFramebuffer framebuffer;
    Eigen::Vector2d pixel{0, 0};          // world units per pixel of the view it was made for
    Eigen::Vector2d step{0, 0};           // world units between nodes
    std::int64_t firstX = 0, firstY = 0;  // the node at texel (0, 0)
    int width = 0, height = 0;            // nodes
    int cellPixels = 0;
    int filledRows = 0;  // rows of nodes evaluated so far, bottom up
    int finestCell = 0;  // refined (in the window) until its cells are this many pixels
  };

  /// A grid of `cellPixels` for `view` (pixel size `pixel`) with `margin` of the view's extent on
  /// every side, allocated, nothing evaluated yet.
  static Grid layOut(const View& view, const Eigen::Vector2d& pixel, int cellPixels, double margin,
                     int finestCell);
  /// The grid of half the cells over the same nodes' extent.
  static Grid halved(const Grid& coarse);
  /// Evaluates node rows [grid.filledRows, rowEnd).
  void fill(Grid& grid, int rowEnd, const GlProgram& values, const DataRows& rows) const;

  Grid active_;   // what the surface is shaded from
  Grid pending_;  // the finer grid being evaluated, when refining
  GlVertexArray emptyVao_;
};

}  // namespace lv::render
