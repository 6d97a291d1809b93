// A surface's values f as its shaders read them: the 2D surface (SurfacePass) and the 3D one
// (Surface3dPass) each hold one, and differ only in the program that shades from it and the node
// spacing they ask for. Most surfaces are exact: the shader evaluates f wherever it needs it (a
// formula's GLSL, or a data landscape's mean over its rows, which bind() makes readable as t_data).
// A data surface that sums more than kExactTerms rows per value would cost pixels × rows there, so
// it is read from a value grid instead (value_grid.h: evaluated within a budget, refined over the
// window's frames).
#pragma once

#include "app/render/data_texture.h"
#include "app/render/gl_object.h"
#include "app/render/gl_program.h"
#include "app/render/value_grid.h"
#include "app/render/viewport.h"
#include "landscapes/finite_sum.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace lv::render {

/// Needs a current GL context for its whole life.
class SurfaceValues {
 public:
  /// Data surfaces of more per-sample terms per value than this are read from a value grid.
  static constexpr std::size_t kExactTerms = 16;

  /// f is `glsl` (GLSL defining `float f(vec2 p)`, already known to compile): a formula, exact.
  void setFunction(std::string glsl);
  /// f is the mean of every row of `sum`.
  void setFiniteSum(const landscapes::FiniteSum& sum);
  /// The data surface averages `rows[0..count)` (repeats count again; a mini-batch), or every row
  /// when `rows` is null. No-op for a formula or an empty batch.
  void setRows(const std::uint32_t* rows, std::size_t count);
  /// The data landscape, or null for a formula.
  const landscapes::FiniteSum* data() const { return data_ ? &*data_ : nullptr; }
  /// Per-sample terms summed per value (1 for a formula).
  std::size_t terms() const { return terms_; }

  /// Before shading `view` at width × height (nodes every ValueGrid::kFinestCell of those pixels at
  /// best): a surface read from a grid makes sure the grid covers it (ValueGrid::prepare;
  /// `interactive` for the window). True when a finer grid just replaced a coarser one: what was
  /// shaded from it before is stale. No-op (false) for an exact surface.
  bool prepare(const View& view, int width, int height, bool interactive);
  /// True while a finer grid is being evaluated (the window keeps drawing frames until it is done).
  bool refining() const { return sampled() && grid_.refining(); }
  /// Pixels between the grid's nodes from which `view` at width × height is shaded; 0 when exact.
  int gridCellPixels(const View& view, int width, int height) const {
    return sampled() && grid_.covers(view, width, height) ? grid_.cellPixels() : 0;
  }
  /// Binds what a program in use reads for f: with `fromGrid` the grid (value_grid.glsl's uniforms),
  /// else the data rows (t_data; nothing for a formula).
  void bind(const GlProgram& program, bool fromGrid) const;
  /// Empties the texture units bind() used; leaves unit 0 active.
  static void unbind();

  /// Writes f at the centre of every pixel of `view` into the bound framebuffer's viewport (an R32F
  /// target; rows bottom-up). False when f's program does not build.
  bool evaluate(const View& view, int width, int height);

 private:
  bool sampled() const { return data_ && terms_ > kExactTerms; }
  /// The program writing f at each fragment, built on first use.
  const GlProgram& valueProgram();

  std::string glsl_;
  GlProgram valueProgram_;
  std::optional<landscapes::FiniteSum> data_;
  DataRows rows_;  // the rows a data surface averages now
  std::size_t terms_ = 1;
  ValueGrid grid_;
  GlVertexArray emptyVao_ = GlVertexArray::generate();  // evaluate() draws without attributes
};

}  // namespace lv::render
