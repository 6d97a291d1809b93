// Markers drawn as anti-aliased signed-distance shapes with a dark outline, sized in pixels:
// every figure::MarkerShape (run heads: a shape per run tells runs apart without colour), rings
// (starts), stars (known minima) and arrows (gradient, step). The few instances are streamed every
// frame.
#pragma once

#include "app/figure/figure.h"
#include "app/render/gl_object.h"
#include "app/render/gl_program.h"
#include "app/render/quad_program.h"
#include "app/render/viewport.h"

#include <Eigen/Core>

#include <array>
#include <vector>

namespace lv::render {

/// What a marker is: a filled figure::MarkerShape (a run's head), a ring (a start), a star (a known
/// minimum) or an arrow.
enum class MarkerKind { Shape, Ring, Star, Arrow };

/// One marker. Point kinds sit at `at`; an Arrow goes from `at` to `to` (world coordinates).
struct Marker {
  MarkerKind kind = MarkerKind::Shape;
  Eigen::Vector2d at = Eigen::Vector2d::Zero();
  Eigen::Vector2d to = Eigen::Vector2d::Zero();  ///< arrows only
  std::array<float, 4> color{1, 1, 1, 1};        ///< fill, sRGB + straight alpha
  float radius = 5.0f;                           ///< pixels (arrows: half-width of the head)
  float outline = 1.5f;                          ///< dark outline width, pixels
  /// Shape markers only, drawn as cairo export draws them: Square, Triangle (pointing up), Diamond
  /// and Cross (a plus sign of bars 0.7 radius wide) cover about a disc's area.
  figure::MarkerShape shape = figure::MarkerShape::Disc;
};

/// Needs a current GL context for its whole life.
class MarkerPass {
 public:
  MarkerPass();
  /// Draws `markers` in order (later on top) into the bound framebuffer at `viewport`. Markers with
  /// non-finite coordinates are skipped. A `view` with ymin > ymax (rowsTopDown()) draws into a
  /// target whose rows are top-down, shapes kept upright. Leaves blending enabled and bindings at 0.
  void draw(const View& view, const Viewport& viewport, const std::vector<Marker>& markers);

 private:
  GlProgram program_;
  GlBuffer instances_;
  GlVertexArray vao_;
  QuadViewUniforms view_;
  std::vector<float> data_;  // instance data, reused every frame
};

}  // namespace lv::render
