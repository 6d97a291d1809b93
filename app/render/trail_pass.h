// Optimizer trails: each run's trajectory as a thick, round-joined, anti-aliased polyline with a
// dark halo. Points live in one GPU buffer per trail, appended incrementally (only new points are
// uploaded; capacity doubles with a GPU-side copy); the view is a uniform, so panning and zooming
// never touch the buffers. A CPU copy of what was uploaded lets caches (trail_layers.h) draw and
// bound just the segments appended since they last looked.
#pragma once

#include "app/render/gl_object.h"
#include "app/render/gl_program.h"
#include "app/render/viewport.h"

#include <Eigen/Core>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace lv::render {

/// How one trail is drawn.
struct TrailStyle {
  std::array<float, 4> color{0.95f, 0.3f, 0.2f, 1.0f};  ///< sRGB + straight alpha
  bool visible = true;
  float width = 2.5f;        ///< core line width, pixels
  float haloWidth = 1.5f;    ///< dark outline on each side, pixels; 0 = none
  float haloOpacity = 0.7f;  ///< how dark the halo makes what is under it, 0..1
};

/// Which of a trail's two passes to draw: the halo (GL_MIN darkening) and the core (alpha blended).
enum class TrailParts { Both, Halos, Cores };

/// Upload counters, for tests and the performance overlay.
struct TrailUploadStats {
  std::uint64_t bytes = 0;        ///< bytes sent with glBufferSubData since construction
  std::uint64_t calls = 0;        ///< number of such uploads
  std::uint64_t fullUploads = 0;  ///< trails restarted from scratch (new generation or shrink)
};

/// Needs a current GL context for its whole life.
class TrailPass {
 public:
  TrailPass();

  /// Makes trail `index` show `points`. Points beyond those already seen are appended; a changed
  /// `generation` (e.g. the run was recomputed) or fewer points than seen re-uploads from scratch.
  /// Non-finite points (and |coordinate| > 1e30, beyond float) are skipped, never uploaded.
  void sync(std::size_t index, const std::vector<Eigen::Vector2d>& points, std::uint64_t generation);
  /// Drops trails index >= n (their buffers are freed).
  void removeTrailsFrom(std::size_t n);
  std::size_t trailCount() const { return trails_.size(); }

  /// Points on the GPU for trail `index` (0 if none).
  std::size_t pointCount(std::size_t index) const;
  /// First / last uploaded point of trail `index` (for start and head markers).
  std::optional<Eigen::Vector2d> firstPoint(std::size_t index) const;
  std::optional<Eigen::Vector2d> lastPoint(std::size_t index) const;
  /// The uploaded points of trail `index` as floats x0, y0, x1, y1, ... (what the GPU holds).
  const std::vector<float>& uploadedPoints(std::size_t index) const;
  /// Changes whenever trail `index` starts over (new generation, fewer points, or a new trail): a
  /// picture of it must then be redrawn rather than appended to. Unique within this pass.
  std::uint64_t version(std::size_t index) const;

  /// Draws every trail i with styles[i] (trails without a style, or invisible, are skipped) into the
  /// bound framebuffer at `viewport`. Leaves blending enabled (straight alpha) and bindings at 0.
  void draw(const View& view, const Viewport& viewport, const std::vector<TrailStyle>& styles);
  /// As draw(), but only the segments of trail i from uploaded point `firstPoints[i]` on (all when
  /// `firstPoints` is null; trails past its end are skipped), and only the passes in `parts`.
  void drawSegments(const View& view, const Viewport& viewport, const std::vector<TrailStyle>& styles,
                    const std::vector<std::size_t>* firstPoints, TrailParts parts);

  const TrailUploadStats& stats() const { return stats_; }

 private:
  struct Trail {
    GlBuffer buffer;
    GlVertexArray vao;
    std::size_t capacity = 0;         // points the buffer can hold
    std::size_t uploaded = 0;         // points in the buffer
    std::size_t consumed = 0;         // source points examined (uploaded or skipped)
    std::size_t attributeOffset = 0;  // first point the VAO's attributes read
    std::uint64_t generation = 0;
    std::uint64_t version = 0;
    std::vector<float> points;  // CPU copy of the buffer's contents
    Eigen::Vector2d first = Eigen::Vector2d::Zero(), last = Eigen::Vector2d::Zero();
  };

  void reserve(Trail& trail, std::size_t points);

  GlProgram program_;
  GLint viewMinUniform_ = -1, viewSizeUniform_ = -1, viewportSizeUniform_ = -1;
  GLint colorUniform_ = -1, halfWidthUniform_ = -1, haloUniform_ = -1;
  std::vector<Trail> trails_;
  std::uint64_t versions_ = 0;
  TrailUploadStats stats_;
};

}  // namespace lv::render
