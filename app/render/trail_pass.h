// Optimizer trails: each run's trajectory as a thick, round-joined, anti-aliased polyline with a
// dark halo, in any of the figure's dash patterns (figure/dash.h). A trail's vertices are its trajectory
// thinned for the view (sim/polyline_lod.h: a quarter pixel; radially for still pictures, by sleeve fitting
// for the live window), so drawing costs what the line covers on screen, not its step count. They live in one
// GPU buffer per trail, appended incrementally (capacity doubles with a GPU-side copy); the view is a
// uniform, so panning never touches the buffers, and zooming re-thins only when the pixel size changes by
// more than 2×. The CPU keeps only the thinned vertices (what the GPU holds, a few per pixel covered), never
// a second copy of the trajectory.
#pragma once

#include "app/figure/figure.h"
#include "app/render/gl_object.h"
#include "app/render/gl_program.h"
#include "app/render/quad_program.h"
#include "app/render/marker_pass.h"
#include "app/render/viewport.h"
#include "app/sim/polyline_lod.h"

#include <Eigen/Core>

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace lv::render {

/// The pixel lengths the trail shaders take for `pattern` on a line `width` pixels wide
/// (shaders/dash.glsl): figure::dashSequence's round-cap lengths times the width, a two-length
/// sequence followed by zeros, all zero for a solid line.
std::array<float, 4> dashPixels(figure::DashPattern pattern, float width);

/// How one trail is drawn.
struct TrailStyle {
  std::array<float, 4> color{0.95f, 0.3f, 0.2f, 1.0f};  ///< sRGB + straight alpha
  bool visible = true;
  float width = 2.5f;                                     ///< core line width, pixels
  float haloWidth = 1.5f;                                 ///< dark outline on each side, pixels; 0 = none
  float haloOpacity = 0.7f;                               ///< how dark the halo makes what is under it, 0..1
  figure::DashPattern dash = figure::DashPattern::Solid;  ///< lengths in widths: figure::dashSequence
  figure::MarkerShape head = figure::MarkerShape::Disc;   ///< the head marker's shape
  bool markers = true;  ///< start and head markers drawn (not for an ensemble's members)
  bool operator==(const TrailStyle& o) const;
};

/// Which of a trail's two passes to draw: the halo (GL_MIN darkening) and the core (alpha blended).
enum class TrailParts { Both, Halos, Cores };

/// Upload counters, for tests and the performance overlay.
struct TrailUploadStats {
  std::uint64_t bytes = 0;        ///< bytes sent with glBufferSubData since construction
  std::uint64_t calls = 0;        ///< number of such uploads
  std::uint64_t fullUploads = 0;  ///< trails rebuilt from scratch (new revision, shrink, re-thinning)
};

/// How a trail's vertices are chosen from its points (sim/polyline_lod.h).
enum class TrailThinning {
  Radial,  ///< a vertex every tolerance along the path: what still pictures draw
  Sleeve,  ///< a vertex only where the path leaves a tolerance-wide sleeve: far fewer, the live window's
};

/// Floats per vertex in vertexData(): x, y and the arc length from the first vertex (world units).
constexpr std::size_t kTrailVertexFloats = 3;

/// Needs a current GL context for its whole life.
class TrailPass {
 public:
  TrailPass();

  /// Makes trail `index` show `points` (the trajectory, borrowed for this call only), thinned at
  /// `tolerance` world units (0: every point; see sim::thinningTolerance). Points beyond those
  /// already seen are appended; a changed `revision` (sim's Run::generation: the run was
  /// recomputed), fewer points than seen, another `thinning` or a tolerance changed by more than 2×
  /// rebuilds the trail. Non-finite points (and |coordinate| > 1e30, beyond float) are skipped, never
  /// uploaded.
  void sync(std::size_t index, const std::vector<Eigen::Vector2d>& points, std::uint64_t revision,
            double tolerance = 0, TrailThinning thinning = TrailThinning::Radial);
  /// Drops trails index >= n (their buffers are freed).
  void removeTrailsFrom(std::size_t n);
  std::size_t trailCount() const { return trails_.size(); }

  /// Vertices on the GPU for trail `index` (0 if none).
  std::size_t pointCount(std::size_t index) const;
  /// The first of them that later points never change: the rest (at most one, the head when the
  /// thinner has not kept it) is provisional and replaced as the trail grows.
  std::size_t stableCount(std::size_t index) const;
  /// First / last finite point of trail `index`, exact (for start and head markers).
  std::optional<Eigen::Vector2d> firstPoint(std::size_t index) const;
  std::optional<Eigen::Vector2d> lastPoint(std::size_t index) const;
  /// The vertices of trail `index` as kTrailVertexFloats floats each (what the GPU holds).
  const std::vector<float>& vertexData(std::size_t index) const;
  /// The revision and tolerance trail `index` was last built for: a picture of it must be redrawn
  /// rather than appended to when either changes or its vertex count shrinks.
  std::uint64_t revision(std::size_t index) const;
  double tolerance(std::size_t index) const;

  /// Draws every trail i with styles[i] (trails without a style, or invisible, are skipped) into the
  /// bound framebuffer at `viewport`. Leaves blending enabled (straight alpha) and bindings at 0.
  void draw(const View& view, const Viewport& viewport, const std::vector<TrailStyle>& styles);
  /// As draw(), but only the segments of trail i from vertex `firstVertices[i]` on (all when
  /// `firstVertices` is null; trails past its end are skipped) up to vertex `endVertices[i]`
  /// (exclusive; all when null), and only the passes in `parts`.
  void drawSegments(const View& view, const Viewport& viewport, const std::vector<TrailStyle>& styles,
                    const std::vector<std::size_t>* firstVertices, TrailParts parts,
                    const std::vector<std::size_t>* endVertices = nullptr);

  const TrailUploadStats& stats() const { return stats_; }

 private:
  struct Trail {
    GlBuffer buffer;
    GlVertexArray vao;
    std::size_t capacity = 0;         // vertices the buffer can hold
    std::size_t uploaded = 0;         // vertices in the buffer
    std::size_t kept = 0;             // vertices kept by the thinner (the rest: the head, provisional)
    std::size_t consumed = 0;         // source points examined (kept, thinned out or skipped)
    std::size_t attributeOffset = 0;  // first vertex the VAO's attributes read
    bool built = false;
    std::uint64_t revision = 0;
    TrailThinning thinning = TrailThinning::Radial;
    double tolerance = 0;
    sim::PolylineThinner thinner;        // Radial
    sim::PolylineSimplifier simplifier;  // Sleeve
    bool headKept = true;                // the last finite point is a kept vertex
    double length = 0;                   // arc length at the last kept vertex
    std::vector<float> vertices;         // what the buffer holds
    std::optional<Eigen::Vector2d> first, last, lastKept;
  };

  void reserve(Trail& trail, std::size_t vertices);

  GlProgram program_;
  QuadViewUniforms view_;
  GLint colorUniform_ = -1, halfWidthUniform_ = -1, haloUniform_ = -1, dashUniform_ = -1,
        pixelsPerUnitUniform_ = -1;
  std::vector<Trail> trails_;
  TrailUploadStats stats_;
};

}  // namespace lv::render
