// The landscape surface: a fragment shader evaluates the landscape's spliced GLSL `f` at every
// pixel and colours it (linear or log scale, colormap, anti-aliased contours, grey where f is not
// finite). The picture is cached in a texture the size of the viewport and re-rendered only when
// the formula, view, size or style changes; every other frame is a blit.
#pragma once

#include "app/render/gl_framebuffer.h"
#include "app/render/gl_program.h"
#include "app/render/gl_texture.h"
#include "app/render/gl_vertex_array.h"
#include "app/render/value_range.h"
#include "app/render/view.h"
#include "landscapes/formula.h"

#include <Eigen/Core>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace lv::render {

/// How the surface is coloured.
struct SurfaceStyle {
  std::string colormap = "viridis";  ///< one of colormapNames(); unknown names fall back to viridis
  bool logScale = true;              ///< t = log(f - fmin + eps) normalised, else linear
  int contourCount = 20;             ///< contour lines over the colour range; 0 = none
  float contourOpacity = 0.35f;      ///< 0..1
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
  /// re-rendering the cache first if anything changed. Leaves blending disabled and
  /// program/texture/VAO bindings at 0; restores the framebuffer binding and viewport.
  void draw(const View& view, const Viewport& viewport, const SurfaceStyle& style);

  /// Parity/debug: raw f at the centre of every pixel of a width×height image of `view`, into an
  /// R32F target; `values` gets width*height floats, top row first. False if no formula.
  bool renderValues(const View& view, int width, int height, std::vector<float>* values);

  /// The value range of the last re-render.
  const ValueRange& valueRange() const { return range_; }
  /// How many times the cached picture was re-rendered (tests check the cache).
  std::uint64_t renderCount() const { return renderCount_; }

 private:
  struct CacheKey {
    std::uint64_t formula = 0;
    double xmin = 0, xmax = 0, ymin = 0, ymax = 0;
    int width = 0, height = 0;
    std::string colormap;
    bool logScale = false;
    int contourCount = 0;
    float contourOpacity = 0;
    bool operator==(const CacheKey& other) const;
  };

  void renderCache(const View& view, const SurfaceStyle& style);
  void setViewUniforms(const GlProgram& program, const View& view, int width, int height) const;

  GlProgram surfaceProgram_;
  GlProgram valueProgram_;
  GlProgram blitProgram_;
  GlVertexArray emptyVao_;  // core profile needs a bound VAO even without attributes
  std::function<double(const Eigen::Vector2d&)> value_;
  std::uint64_t formulaGeneration_ = 0;

  GlTexture colormap_;
  std::string colormapName_;
  GlTexture cache_;
  GlFramebuffer cacheFbo_;
  int cacheWidth_ = 0, cacheHeight_ = 0;
  bool cacheValid_ = false;
  CacheKey key_;
  ValueRange range_;
  std::uint64_t renderCount_ = 0;
};

}  // namespace lv::render
