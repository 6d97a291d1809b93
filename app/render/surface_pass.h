// The landscape surface: a fragment shader evaluates the landscape's spliced GLSL `f` at every
// pixel and colours it through a sim::ColorScale (linear or log, the contour levels) and a colormap,
// with anti-aliased contours and grey where f is not finite. Shades straight into whatever the
// caller bound, whole or within a scissor: caching pictures is the Canvas's job (canvas.h).
// A data surface of many rows per value is shaded from a grid of its values instead, which prepare()
// makes (surface_values.h); every other surface is exact at every pixel.
#pragma once

#include "app/render/color_scale_uniforms.h"
#include "app/render/data_texture.h"
#include "app/render/gl_object.h"
#include "app/render/gl_program.h"
#include "app/render/surface_values.h"
#include "app/render/viewport.h"
#include "app/sim/color_scale.h"
#include "landscapes/finite_sum.h"
#include "landscapes/formula.h"

#include <Eigen/Core>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace lv::render {

/// How the surface is coloured. The scale itself (range, eps) is a sim::ColorScale fitted from
/// these settings (see CanvasStyle for who fits it and when).
struct SurfaceStyle {
  std::string colormap = "viridis";  ///< one of sim::colormapNames(); unknown names fall back to viridis
  bool logScale = true;              ///< t = log(f - lo + eps) normalised, else linear
  int contourCount = 20;             ///< contour lines over the colour range; 0 = none
  float contourOpacity = 0.35f;      ///< 0..1
  bool operator==(const SurfaceStyle& other) const {
    return colormap == other.colormap && logScale == other.logScale && contourCount == other.contourCount &&
           contourOpacity == other.contourOpacity;
  }
};

/// Owns the surface programs and the colormap texture. Needs a current GL context for its whole life.
class SurfacePass {
 public:
  SurfacePass();

  /// Compiles the surface for `formula`. On failure returns false, fills `*error` with the
  /// driver's log, and keeps the previous program and function.
  bool setFormula(const landscapes::Formula& formula, std::string* error = nullptr);
  /// As setFormula, from raw GLSL defining `float f(vec2 p)` and the matching CPU function (what
  /// colour scales are fitted to).
  bool setFunction(const std::string& glsl, std::function<double(const Eigen::Vector2d&)> value,
                   std::string* error = nullptr);
  /// Compiles the surface of a data landscape (the full-data mean, FiniteSum::glsl()) and binds
  /// its rows as the texture t_data at every draw. Failure as setFormula.
  bool setFiniteSum(const landscapes::FiniteSum& sum, std::string* error = nullptr);
  /// Which rows the data surface averages: `rows[0..count)` (repeats count again; the current
  /// mini-batch), or every row when `rows` is null. Re-uploads the texture without compiling and
  /// bumps revision(). No-op unless the surface is a data landscape.
  void setDataRows(const std::uint32_t* rows, std::size_t count);
  /// True once a formula has compiled.
  bool hasFormula() const { return static_cast<bool>(surfaceProgram_); }
  /// Grows whenever what draw() shades changes (a compile, other data rows, a finer value grid): a
  /// picture made before it changed is stale.
  std::uint64_t revision() const { return formulaRevision_; }

  /// Before drawing `view` at width × height: a data surface shaded from a value grid makes sure the
  /// grid covers it (SurfaceValues::prepare; `interactive` for the window, which refines it over the
  /// frames after, bumping revision() each time it is finer). No-op for other surfaces.
  void prepare(const View& view, int width, int height, bool interactive);
  /// True while a finer value grid is being evaluated: the window draws frames until it is done.
  bool refining() const { return values_.refining(); }
  /// Pixels between the value grid's nodes that draw() shades `view` from at width × height; 0 when
  /// it shades every pixel exactly (tests).
  int gridCellPixels(const View& view, int width, int height) const {
    return gridProgram_ ? values_.gridCellPixels(view, width, height) : 0;
  }
  /// The CPU function of the compiled surface (empty before the first).
  const std::function<double(const Eigen::Vector2d&)>& value() const { return value_; }
  /// The scale sim::fitColorScale gives for `view` with `style`'s scale and contours.
  sim::ColorScale fitScale(const View& view, const SurfaceStyle& style) const;

  /// Shades the surface of `view` (from the value grid when prepare() made one that covers it)
  /// coloured by `scale` (its logScale and contourCount; `style` gives
  /// the colormap and contour opacity) into the bound draw framebuffer at `viewport`, rows bottom-up
  /// or, with `topDown`, top-down (see texture_target.h), within whatever scissor the caller set.
  /// Leaves blending disabled and program/texture/VAO bindings at 0; sets the viewport.
  void draw(const View& view, const Viewport& viewport, const SurfaceStyle& style,
            const sim::ColorScale& scale, bool topDown = false);

  /// Parity/debug: raw f at the centre of every pixel of a width×height image of `view`, into an
  /// R32F target; `values` gets width*height floats, top row first. False if no formula. Leaves
  /// framebuffer 0 bound.
  bool renderValues(const View& view, int width, int height, std::vector<float>* values);

  /// How many different pictures were shaded (formula, view, size, style, scale or row order
  /// changed); a repeat, or parts of the same picture, do not count (tests and benchmarks check the
  /// canvas's cache with it).
  std::uint64_t renderCount() const { return renderCount_; }

 private:
  struct PictureKey {
    std::uint64_t formula = 0;
    View view;
    int width = 0, height = 0;
    bool rowsTopDown = false;
    SurfaceStyle style;
    sim::ColorScale scale;
    bool operator==(const PictureKey& other) const;
  };

  void setViewUniforms(const GlProgram& program, const View& view, int width, int height) const;

  GlProgram surfaceProgram_;
  GlProgram gridProgram_;   // the surface shaded from a value grid (compiled with the first data surface)
  GlVertexArray emptyVao_;  // core profile needs a bound VAO even without attributes
  std::function<double(const Eigen::Vector2d&)> value_;
  std::uint64_t formulaRevision_ = 0;
  ColormapCache colormap_;
  SurfaceValues values_;
  PictureKey countedKey_;  // the picture counted last in renderCount_
  std::uint64_t renderCount_ = 0;
};

}  // namespace lv::render
