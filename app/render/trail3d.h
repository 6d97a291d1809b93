// 3D trails: each run's path as a polyline of model-space points (lifted onto the surface by the
// caller, sim::HeightField), drawn as screen-space quads of the 2D trail's width with a dark halo.
// Every trail is drawn twice: faint with no depth test (a path behind a hill still shows through,
// never lost) and then fully where the surface does not hide it.
#pragma once

#include "app/render/gl_object.h"
#include "app/render/gl_program.h"
#include "app/render/trail_pass.h"
#include "app/render/viewport.h"
#include "app/sim/camera.h"

#include <vector>

namespace lv::render {

/// Needs a current GL context for its whole life.
class Trail3dPass {
 public:
  Trail3dPass();
  /// Trail `index` gets `points` (model space, x y z and the path's model length up to the point,
  /// each finite). Uploads them.
  void setTrail(std::size_t index, const std::vector<float>& points);
  /// Drops trails index >= n.
  void removeTrailsFrom(std::size_t n);
  std::size_t trailCount() const { return trails_.size(); }

  /// Draws every visible trail (styles[i]: width, halo, colour and dashes, sized in pixels at the
  /// camera target's depth) into the
  /// bound framebuffer at `viewport`, which must have the surface's depth. Leaves blending enabled,
  /// depth writes on and bindings at 0.
  void draw(const sim::Camera& camera, const Viewport& viewport, const std::vector<TrailStyle>& styles);

 private:
  struct Trail {
    GlBuffer points;    // x y z and length per point
    GlTexture texture;  // the buffer as a GL_TEXTURE_BUFFER of RGBA32F
    GLsizei segments = 0;
  };
  void drawTrail(const Trail& trail, const std::array<float, 4>& color, float halfWidth,
                 const DashPattern& dash);

  GlProgram program_;
  GLint colorUniform_ = -1, halfWidthUniform_ = -1, dashUniform_ = -1;
  std::vector<Trail> trails_;
  GlVertexArray emptyVao_ = GlVertexArray::generate();  // the vertices come from gl_VertexID
};

}  // namespace lv::render
