// Markers drawn as anti-aliased signed-distance shapes with a dark outline, sized in pixels:
// discs, squares, triangles and diamonds (run heads: a shape per run tells runs apart without
// colour), rings (starts), stars (known minima) and arrows (gradient, step). The few
// instances are streamed every frame.
#pragma once

#include "app/render/gl_object.h"
#include "app/render/gl_program.h"
#include "app/render/quad_program.h"
#include "app/render/viewport.h"

#include <Eigen/Core>

#include <array>
#include <vector>

namespace lv::render {

/// The shader's shape codes. Square, Triangle (pointing up) and Diamond cover about a disc's area.
enum class MarkerKind { Disc = 0, Ring = 1, Star = 2, Arrow = 3, Square = 4, Triangle = 5, Diamond = 6 };

/// One marker. Point kinds sit at `at`; an Arrow goes from `at` to `to` (world coordinates).
struct Marker {
  MarkerKind kind = MarkerKind::Disc;
  Eigen::Vector2d at = Eigen::Vector2d::Zero();
  Eigen::Vector2d to = Eigen::Vector2d::Zero();  ///< arrows only
  std::array<float, 4> color{1, 1, 1, 1};        ///< fill, sRGB + straight alpha
  float radius = 5.0f;                           ///< pixels (arrows: half-width of the head)
  float outline = 1.5f;                          ///< dark outline width, pixels
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
