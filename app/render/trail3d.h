// 3D trails: each run's path as a polyline of model-space points (lifted onto the surface by the
// caller, sim::HeightField), drawn as screen-space quads of the 2D trail's width with a dark halo.
// Each fragment compares its depth with the surface's (a depth texture, not the depth test): in
// front it is drawn fully, behind a hill faintly (a path there still shows through, never lost).
// One pass, where a depth-tested pair of passes (faint everywhere, then full in front) cost twice
// the triangles, and the picture it draws on needs no depth buffer: the window takes it directly.
//
// All trails share one point buffer and are one draw: the segments are listed in drawing
// order (trail 0's halo, trail 0, trail 1's halo, ...) with the style slot each uses, and the styles
// are uniform arrays set once a pass. A software renderer pays dearly for every draw that follows a
// uniform change (about half a millisecond each under llvmpipe: 32 draws a frame cost more than
// the whole surface), so per-trail draws made the orbiting camera slow.
#pragma once

#include "app/render/gl_object.h"
#include "app/render/gl_program.h"
#include "app/render/trail_pass.h"
#include "app/render/viewport.h"
#include "app/sim/camera.h"

#include <cstdint>
#include <vector>

namespace lv::render {

/// Needs a current GL context for its whole life.
class Trail3dPass {
 public:
  Trail3dPass();
  /// Trail `index` gets `points` (model space, x y z and the path's model length up to the point,
  /// each finite) in pieces beginning at `pieceStarts` (ascending point indices: no segment ends at
  /// one), uploaded at the next draw.
  void setTrail(std::size_t index, const std::vector<float>& points,
                const std::vector<std::uint32_t>& pieceStarts);
  /// Drops trails index >= n.
  void removeTrailsFrom(std::size_t n);
  std::size_t trailCount() const { return trails_.size(); }

  /// Draws every visible trail (styles[i]: width, halo, colour and dashes, sized in pixels at the
  /// camera target's depth) into the bound framebuffer at `viewport`, over the surface whose depth
  /// is the texture `surfaceDepth` (a GL_TEXTURE_2D of viewport's size, not attached to that
  /// framebuffer). Leaves blending enabled, the depth test off and bindings at 0.
  void draw(const sim::Camera& camera, const Viewport& viewport, const std::vector<TrailStyle>& styles,
            GLuint surfaceDepth);

 private:
  /// One line of the drawing order: a trail's halo or the trail itself, in style slot `slot`.
  struct Layer {
    std::size_t trail = 0;
    bool halo = false;
  };
  /// Uploads the points and the segment table (first point, slot) for `layers`, in that order.
  void upload(const std::vector<Layer>& layers);
  /// Sets the style arrays for layers [first, first + count) and draws their segments.
  void drawLayers(const std::vector<Layer>& layers, std::size_t first, std::size_t count,
                  const std::vector<TrailStyle>& styles);

  GlProgram program_;
  GLint colorsUniform_ = -1, halfWidthsUniform_ = -1, dashesUniform_ = -1;
  struct Trail {
    std::vector<float> points;  // 4 floats a point
    std::vector<std::uint32_t> pieceStarts;
  };
  std::vector<Trail> trails_;
  std::vector<Layer> layers_, uploadedLayers_;
  bool pointsChanged_ = true;
  std::vector<GLsizei> layerStart_;  // per uploaded layer: its first segment in the table, then the end
  GlBuffer points_ = GlBuffer::generate(), table_ = GlBuffer::generate();
  GlTexture pointsTexture_ = GlTexture::generate(), tableTexture_ = GlTexture::generate();
  std::vector<float> pointScratch_;
  std::vector<std::int32_t> tableScratch_;
  std::vector<float> colorScratch_, halfWidthScratch_, dashScratch_;
  GlVertexArray emptyVao_ = GlVertexArray::generate();  // the vertices come from gl_VertexID
};

}  // namespace lv::render
