// The landscape surface: a fragment shader evaluates the landscape's spliced GLSL `f` at every
// pixel and colours it (linear or log scale, colormap, anti-aliased contours, grey where f is not
// finite). The picture is cached in a texture the size of the viewport and re-rendered only when
// the formula, view, size or style changes; every other frame is a copy. Drawn into the window, the
// cache keeps its rows top-down so that the copy is a plain memory copy (see texture_target.h).
#pragma once

#include "app/render/blit_pass.h"
#include "app/render/gl_object.h"
#include "app/render/gl_program.h"
#include "app/render/texture_target.h"
#include "app/render/value_range.h"
#include "app/render/viewport.h"
#include "landscapes/formula.h"

#include <Eigen/Core>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace lv::render {

/// How the surface is coloured.
struct SurfaceStyle {
  std::string colormap = "viridis";  ///< one of sim::colormapNames(); unknown names fall back to viridis
  bool logScale = true;              ///< t = log(f - fmin + eps) normalised, else linear
  int contourCount = 20;             ///< contour lines over the colour range; 0 = none
  float contourOpacity = 0.35f;      ///< 0..1
  bool operator==(const SurfaceStyle& other) const {
    return colormap == other.colormap && logScale == other.logScale && contourCount == other.contourCount &&
           contourOpacity == other.contourOpacity;
  }
};

/// Owns the surface programs and the cached picture. Needs a current GL context for its whole life.
class SurfacePass {
 public:
  SurfacePass();

  /// Compiles the surface for `formula`. On failure returns false, fills `*error` with the
  /// driver's log, and keeps the previous program and function.
  bool setFormula(const landscapes::Formula& formula, std::string* error = nullptr);
  /// As setFormula, from raw GLSL defining `float f(vec2 p)` and the matching CPU function (used to
  /// estimate the value range).
  bool setFunction(const std::string& glsl, std::function<double(const Eigen::Vector2d&)> value,
                   std::string* error = nullptr);
  /// True once a formula has compiled.
  bool hasFormula() const { return static_cast<bool>(surfaceProgram_); }

  /// Draws the surface of `view` into the currently bound draw framebuffer at `viewport`,
  /// re-rendering the cache first if anything changed. Leaves blending disabled, the scissor test
  /// off and program/texture/VAO bindings at 0; keeps the framebuffer bindings and sets the viewport.
  void draw(const View& view, const Viewport& viewport, const SurfaceStyle& style);

  /// Shades the surface of `view` straight into the bound draw framebuffer at `viewport` (no
  /// cache), rows bottom-up or, with `topDown`, top-down (see texture_target.h), within whatever
  /// scissor the caller set. The colour range is estimated once per view and formula, so shading
  /// parts of a picture again gives exactly its pixels. Leaves blending disabled and
  /// program/texture/VAO bindings at 0; sets the viewport.
  void render(const View& view, const Viewport& viewport, const SurfaceStyle& style, bool topDown);
  /// Frees draw()'s cached picture (the next draw() shades it again): for callers that switch to
  /// render(), so that a large screenshot's cache does not linger.
  void releaseCache() {
    cache_.release();
    cacheValid_ = false;
  }
  bool hasCache() const { return static_cast<bool>(cache_); }
  /// Changes whenever setFormula()/setFunction() succeeds.
  std::uint64_t formulaGeneration() const { return formulaGeneration_; }

  /// Parity/debug: raw f at the centre of every pixel of a width×height image of `view`, into an
  /// R32F target; `values` gets width*height floats, top row first. False if no formula.
  bool renderValues(const View& view, int width, int height, std::vector<float>* values);

  /// The value range of the last re-render.
  const ValueRange& valueRange() const { return range_; }
  /// How many different pictures were shaded (formula, view, size, style or row order changed),
  /// by draw() or render(); a repeat, or parts of the same picture, do not count (tests and
  /// benchmarks check the caches with it).
  std::uint64_t renderCount() const { return renderCount_; }

 private:
  struct PictureKey {
    std::uint64_t formula = 0;
    double xmin = 0, xmax = 0, ymin = 0, ymax = 0;
    int width = 0, height = 0;
    bool rowsTopDown = false;
    std::string colormap;
    bool logScale = false;
    int contourCount = 0;
    float contourOpacity = 0;
    bool operator==(const PictureKey& other) const;
  };

  PictureKey pictureKey(const View& view, int width, int height, const SurfaceStyle& style,
                        bool topDown) const;
  /// Counts `key` in renderCount() unless it is the picture counted last.
  void countPicture(const PictureKey& key);
  void setViewUniforms(const GlProgram& program, const View& view, int width, int height) const;

  GlProgram surfaceProgram_;
  GlProgram valueProgram_;
  BlitPass blit_;
  GlVertexArray emptyVao_;  // core profile needs a bound VAO even without attributes
  std::function<double(const Eigen::Vector2d&)> value_;
  std::uint64_t formulaGeneration_ = 0;

  GlTexture colormap_;
  std::string colormapName_;
  TextureTarget cache_;
  bool cacheValid_ = false;
  PictureKey cacheKey_;    // what cache_ holds
  PictureKey countedKey_;  // the picture counted last in renderCount_
  bool counted_ = false;
  std::uint64_t rangeFormula_ = 0;  // range_ was estimated for this formula and view
  View rangeView_;
  bool rangeValid_ = false;
  ValueRange range_;
  std::uint64_t renderCount_ = 0;
};

}  // namespace lv::render
