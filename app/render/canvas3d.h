// The 3D picture of a scene: the lit height field (surface3d.h), every run's trail lifted onto it
// (trail3d.h), start rings, heads and known minima as markers projected with the same camera. The
// surface is drawn multisampled into a depth target (depth_target.h) and resolved, depth too, to
// one sample a pixel; the marks are drawn over a copy of it in the caller's viewport, the trails
// comparing their depth with the surface's. The colour scale is the 2D canvas's, so both views
// colour every value alike.
//
// The window (CanvasTarget::Window) keeps the full surface and draws only the marks on it each
// frame. While the camera turns or the surface changes, each frame gets an interim picture instead:
// a third of the resolution, a coarser grid and coarser trails without their sub-pixel halos,
// upscaled (under llvmpipe the cost is per triangle); once the scene has rested a couple of frames
// the full surface is drawn again, as the 2D canvas does while zooming. A software renderer cannot
// shade the full surface at frame rate. While only trails and markers change (runs stepping live),
// the kept surface serves, so the runs race on the full picture.
#pragma once

#include "app/render/canvas.h"
#include "app/render/depth_target.h"
#include "app/render/marker_pass.h"
#include "app/render/surface3d.h"
#include "app/render/trail3d.h"
#include "app/sim/camera.h"
#include "app/sim/height_field.h"
#include "app/sim/lifted_trail.h"
#include "app/sim/mesh_heights.h"

#include <Eigen/Core>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lv::render {

/// Needs a current GL context for its whole life.
class Canvas3d {
 public:
  /// Compiles the 3D surface for `formula` unless `revision` is the one tried last. False when it
  /// failed: landscapeError() has the log and the previous surface stays.
  bool setLandscape(const landscapes::Formula& formula, std::uint64_t revision);
  /// As above for a data landscape: the full-data mean's surface.
  bool setLandscape(const landscapes::FiniteSum& sum, std::uint64_t revision);
  const std::string& landscapeError() const { return landscapeError_; }
  /// Trail `index` shows the path through `points` lifted onto `field`; nothing is redone unless
  /// `revision` (sim::TrajectoryGeneration), the length or the field changed. The trail is lifted
  /// when a picture needs it, in that picture's detail: `points` must stay alive and unchanged until
  /// the next draw().
  void syncTrail(std::size_t index, const std::vector<Eigen::Vector2d>& points, std::uint64_t revision,
                 const sim::HeightField& field);
  void removeTrailsFrom(std::size_t n);

  /// Draws the picture into the bound draw framebuffer at `viewport`: surface, trails (styles[i]),
  /// start rings and heads (style's flags and radii), minima stars. `target` Image always draws the
  /// full picture; Window draws an interim one while the scene changes (see above). Leaves that
  /// framebuffer bound, blending enabled, the depth test off.
  void draw(CanvasTarget target, const Viewport& viewport, const sim::Camera& camera,
            const sim::HeightField& field, const CanvasStyle& style, const std::vector<TrailStyle>& styles,
            const std::vector<Eigen::Vector2d>& minima);
  /// True while the window shows an interim picture or the surface's value grid is being refined:
  /// frames are still due to replace the picture.
  bool settling() const { return shown_ == Shown::Interim || surface_.refining(); }
  /// The 3D surface pass (tests).
  const Surface3dPass& surface() const { return surface_; }

  /// Multisampling of the full picture (0 or 1: none); 4 by default.
  void setSamples(int samples) { samples_ = samples; }

 private:
  /// Everything a window picture depends on; another value means another picture.
  struct PictureKey {
    sim::Camera camera;
    int width = 0, height = 0;
    sim::HeightField field;
    CanvasStyle style;
    std::vector<TrailStyle> styles;
    std::vector<Eigen::Vector2d> minima;
    std::uint64_t landscape = 0;  // landscapeContent_ when drawn
    std::uint64_t trails = 0;     // trailContent_ when drawn
  };
  /// Interim: what the window shows is due to be replaced by the full picture (an interim picture, or
  /// a full one whose surface's value grid got finer).
  enum class Shown { None, Interim, Full };
  /// The full picture, or the interim one: a third of the resolution (line widths and marker sizes
  /// scaled to it), one sample, a coarser grid and coarser trails.
  enum class Detail { Interim, Full };
  /// Draws the surface alone into `into` at width × height in `detail`, one sample a pixel (the
  /// full detail multisampled in picture_, then resolved, depth too).
  void drawSurface(DepthTarget& into, Detail detail, int width, int height, const sim::Camera& camera,
                   const sim::HeightField& field, const CanvasStyle& style);
  /// Copies `ground`'s surface onto `destination` at `viewport` (the same size) and draws the trails
  /// (faint where `ground`'s depth hides them) and markers over it, in `detail`.
  void drawMarks(const DepthTarget& ground, Detail detail, GLuint destination, const Viewport& viewport,
                 const sim::Camera& camera, const sim::HeightField& field, const CanvasStyle& style,
                 const std::vector<TrailStyle>& styles, const std::vector<Eigen::Vector2d>& minima);
  /// Draws the full surface of `key` alone into ground_ (multisampled in picture_, then resolved).
  void drawGround(const PictureKey& key);
  /// Whether the pictures of `a` and `b` have the same surface (they may differ in trails and marks).
  static bool sameSurface(const PictureKey& a, const PictureKey& b);
  /// Whether ground_ holds the surface `key` shows.
  bool groundShows(const PictureKey& key) const;
  /// Copies `picture` onto `destination` at `viewport`, stretched to fill it.
  void copy(const DepthTarget& picture, GLuint destination, const Viewport& viewport);
  bool samePicture(const PictureKey& key) const;
  PictureKey groundKey_;  // what ground_ shows, when hasGround_
  bool hasGround_ = false;
  struct TrailCache {
    bool synced = false;
    std::uint64_t revision = 0;
    std::size_t length = 0;
    sim::HeightField field;
    const std::vector<Eigen::Vector2d>* source = nullptr;  // until the next draw()
    bool interimStale = true, fullStale = true;
    std::optional<sim::Vec3> first, last;  // model points of the start and the head
  };
  /// The vertex heights of `field`'s mesh in `detail` (its grid), kept across frames and trails
  /// while field, grid and landscape stay.
  sim::MeshHeights& mesh(Detail detail, const sim::HeightField& field);
  /// Lifts the trails changed since they were last lifted in `detail`.
  void liftStaleTrails(Detail detail);
  void addMarker(const sim::Camera& camera, const Viewport& viewport, const sim::Vec3& at, MarkerKind kind,
                 const std::array<float, 4>& color, float radius, float outline,
                 figure::MarkerShape shape = figure::MarkerShape::Disc);

  Surface3dPass surface_;
  Trail3dPass trails_, interimTrails_;  // the same trails in the full and the interim picture's detail
  MarkerPass markers_;
  // picture_: a full surface multisampled, before its resolve; ground_: the window's full surface
  // alone, one sample; imageGround_: an image's; interimGround_: the window's interim surface alone;
  // interim_: the window's interim picture (interimGround_ with its marks).
  DepthTarget picture_, ground_, imageGround_, interimGround_, interim_;
  GlProgram copy_;
  GlVertexArray emptyVao_ = GlVertexArray::generate();
  /// Compiles with `compile` unless `revision` is the one tried last; `value` becomes the CPU function.
  bool compileLandscape(std::uint64_t revision, const std::function<bool(std::string*)>& compile,
                        sim::ValueAt value);

  sim::ValueAt value_;  // the landscape's f on the CPU; empty before one
  sim::LiftedTrail lifted_;
  sim::MeshHeights fullMesh_, interimMesh_;  // what trails and markers stand on in each detail
  std::uint64_t landscapeRevision_ = 0;
  bool hasLandscape_ = false;
  std::string landscapeError_;
  std::vector<TrailCache> caches_;
  std::vector<Marker> markerScratch_;
  std::vector<TrailStyle> scaledStyles_;
  int samples_ = 4;
  std::uint64_t landscapeContent_ = 0;  // counts changes of the compiled landscape
  std::uint64_t trailContent_ = 0;      // counts changes of the trails' points
  PictureKey shownKey_;                 // what the window's picture shows
  PictureKey keyScratch_;               // this frame's, kept so that a frame allocates nothing
  Shown shown_ = Shown::None;
  int restingFrames_ = 0;  // window frames since shownKey_ last changed
};

}  // namespace lv::render
