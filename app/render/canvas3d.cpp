// See canvas3d.h.
#include "app/render/canvas3d.h"

#include "app/render/embedded_program.h"

#include <cmath>
#include <limits>
#include <optional>

namespace lv::render {
namespace {

constexpr float kBackground[3] = {0.08f, 0.08f, 0.1f};  // the window's clear colour
constexpr double kLift = 0.006;                         // model units a trail floats above the surface
constexpr int kFullGrid = Surface3dPass::kFullGridCells;
// The interim picture: a ninth of the pixels, one sample each, a fortieth of the grid's triangles
// (llvmpipe's cost is per triangle more than per pixel; at a third of the resolution a 40-cell grid
// shows the same shape as an 80-cell one).
constexpr int kInterimDownscale = 3;
constexpr int kInterimGrid = 40;
// How finely a trail is drawn, in fractions of the view's span: thinned below a pixel, long segments
// cut every two surface cells (where the surface may bend under them). The interim picture's trails
// are as coarse as its pixels and grid: a fifth of the segments.
constexpr sim::TrailDetail kFullDetail{1.0 / 1500, 2.0 / kFullGrid};
constexpr sim::TrailDetail kInterimDetail{kInterimDownscale / 1500.0, 2.0 / kInterimGrid};
constexpr int kRestFrames = 2;  // unchanged frames before the full picture replaces the interim one

// What of a CanvasStyle the 3D picture shows (its colour scale comes in the height field).
bool sameMarks(const CanvasStyle& a, const CanvasStyle& b) {
  return a.surface == b.surface && a.showMinima == b.showMinima && a.showStarts == b.showStarts &&
         a.showHeads == b.showHeads && a.headRadius == b.headRadius && a.startRadius == b.startRadius &&
         a.minimumRadius == b.minimumRadius;
}

}  // namespace

bool Canvas3d::compileLandscape(std::uint64_t revision, const std::function<bool(std::string*)>& compile,
                                sim::ValueAt value) {
  if (hasLandscape_ && revision == landscapeRevision_) return landscapeError_.empty();
  hasLandscape_ = true;
  landscapeRevision_ = revision;
  if (compile(&landscapeError_)) {
    landscapeError_.clear();
    value_ = std::move(value);
    ++landscapeContent_;
  } else if (landscapeError_.empty()) {
    landscapeError_ = "the 3D surface shader did not build";
  }
  return landscapeError_.empty();
}

bool Canvas3d::setLandscape(const landscapes::Formula& formula, std::uint64_t revision) {
  return compileLandscape(
      revision, [&](std::string* error) { return surface_.setFormula(formula, error); },
      [formula](const optim::Vec2& p) { return formula.value(p); });
}

bool Canvas3d::setLandscape(const landscapes::FiniteSum& sum, std::uint64_t revision) {
  return compileLandscape(
      revision, [&](std::string* error) { return surface_.setFiniteSum(sum, error); },
      [sum](const optim::Vec2& p) { return sum.value(p); });
}

void Canvas3d::syncTrail(std::size_t index, const std::vector<Eigen::Vector2d>& points,
                         std::uint64_t revision, const sim::HeightField& field) {
  if (caches_.size() <= index) caches_.resize(index + 1);
  TrailCache& cache = caches_[index];
  cache.source = &points;
  const std::size_t length = points.size();
  if (cache.synced && cache.revision == revision && cache.length == length && cache.field == field) return;
  cache.synced = true;
  cache.interimStale = cache.fullStale = true;
  ++trailContent_;
  cache.revision = revision;
  cache.length = length;
  cache.field = field;
}

sim::MeshHeights& Canvas3d::mesh(Detail detail, const sim::HeightField& field) {
  // Before any surface compiled there is no f: cut and clipped points sit at the bottom.
  static const sim::ValueAt noValue = [](const optim::Vec2&) {
    return std::numeric_limits<double>::quiet_NaN();
  };
  const bool full = detail == Detail::Full;
  sim::MeshHeights& heights = full ? fullMesh_ : interimMesh_;
  heights.use(field, full ? kFullGrid : kInterimGrid, value_ ? value_ : noValue, landscapeContent_);
  return heights;
}

void Canvas3d::liftStaleTrails(Detail detail) {
  const bool full = detail == Detail::Full;
  for (std::size_t i = 0; i < caches_.size(); ++i) {
    TrailCache& cache = caches_[i];
    bool& stale = full ? cache.fullStale : cache.interimStale;
    if (!stale) continue;
    sim::liftTrail(*cache.source, mesh(detail, cache.field), full ? kFullDetail : kInterimDetail, kLift,
                   &lifted_);
    (full ? trails_ : interimTrails_).setTrail(i, lifted_.points, lifted_.pieceStarts);
    cache.first = lifted_.first;
    cache.last = lifted_.last;
    stale = false;
  }
}

void Canvas3d::removeTrailsFrom(std::size_t n) {
  if (caches_.size() > n) ++trailContent_;
  trails_.removeTrailsFrom(n);
  interimTrails_.removeTrailsFrom(n);
  if (caches_.size() > n) caches_.resize(n);
}

void Canvas3d::addMarker(const sim::Camera& camera, const Viewport& viewport, const sim::Vec3& at,
                         MarkerKind kind, const std::array<float, 4>& color, float radius, float outline,
                         figure::MarkerShape shape) {
  const auto pixel = camera.project(at, viewport.width, viewport.height);
  if (!pixel) return;
  // Marker coordinates are the viewport's pixels with y up (the view passed to MarkerPass).
  const Eigen::Vector2d p(pixel->x(), viewport.height - pixel->y());
  markerScratch_.push_back({kind, p, p, color, radius, outline, shape});
}

bool Canvas3d::samePicture(const PictureKey& key) const {
  const PictureKey& shown = shownKey_;
  return sameSurface(key, shown) && sameMarks(key.style, shown.style) && key.styles == shown.styles &&
         key.minima == shown.minima && key.trails == shown.trails;
}

bool Canvas3d::sameSurface(const PictureKey& a, const PictureKey& b) {
  return a.camera == b.camera && a.width == b.width && a.height == b.height && a.field == b.field &&
         a.style.surface == b.style.surface && a.landscape == b.landscape;
}

bool Canvas3d::groundShows(const PictureKey& key) const { return hasGround_ && sameSurface(key, groundKey_); }

void Canvas3d::drawSurface(DepthTarget& into, Detail detail, int width, int height, const sim::Camera& camera,
                           const sim::HeightField& field, const CanvasStyle& style) {
  const Viewport all{0, 0, width, height};
  if (detail == Detail::Interim) {
    into.resize(width, height, 0, GL_LINEAR);
    into.bindAndClear(kBackground[0], kBackground[1], kBackground[2]);
    surface_.draw(camera, field, style.surface, all, kInterimGrid);
    return;
  }
  // Multisampled (the surface's silhouette and contours), then resolved, depth too, into one sample
  // a pixel: the trails and markers drawn over it have anti-aliased edges of their own.
  picture_.resize(width, height, samples_);
  picture_.bindAndClear(kBackground[0], kBackground[1], kBackground[2]);
  surface_.draw(camera, field, style.surface, all, kFullGrid);
  into.resize(width, height, 0);
  into.bindAndCopy(picture_);
}

void Canvas3d::drawGround(const PictureKey& key) {
  drawSurface(ground_, Detail::Full, key.width, key.height, key.camera, key.field, key.style);
  groundKey_ = key;
  hasGround_ = true;
}

void Canvas3d::drawMarks(const DepthTarget& ground, Detail detail, GLuint destination,
                         const Viewport& viewport, const sim::Camera& camera, const sim::HeightField& field,
                         const CanvasStyle& style, const std::vector<TrailStyle>& styles,
                         const std::vector<Eigen::Vector2d>& minima) {
  const bool full = detail == Detail::Full;
  const float pixelScale = full ? 1.0f : 1.0f / kInterimDownscale;
  copy(ground, destination, viewport);
  liftStaleTrails(detail);
  const std::vector<TrailStyle>* trailStyles = &styles;
  if (!full) {
    scaledStyles_ = styles;
    for (TrailStyle& s : scaledStyles_) {
      s.width *= pixelScale;
      s.haloWidth *= pixelScale;
      // A halo narrower than a pixel shows next to nothing and costs as much as the line.
      if (s.haloWidth < 1) s.haloWidth = 0;
    }
    trailStyles = &scaledStyles_;
  }
  (full ? trails_ : interimTrails_).draw(camera, viewport, *trailStyles, ground.depth());

  markerScratch_.clear();
  const float k = pixelScale;
  if (style.showMinima && value_)
    for (const Eigen::Vector2d& m : minima)
      addMarker(camera, viewport, sim::onMesh(mesh(detail, field), m, kLift), MarkerKind::Star, {1, 1, 1, 1},
                style.minimumRadius * k, 1.5f * k);
  for (std::size_t i = 0; i < styles.size() && i < caches_.size(); ++i) {
    const TrailStyle& trail = styles[i];
    if (!trail.visible || !trail.markers) continue;
    if (style.showStarts && caches_[i].first)
      addMarker(camera, viewport, *caches_[i].first, MarkerKind::Ring, trail.color, style.startRadius * k,
                1.25f * k);
    if (style.showHeads && caches_[i].last)
      addMarker(camera, viewport, *caches_[i].last, MarkerKind::Shape, trail.color, style.headRadius * k,
                1.5f * k, trail.head);
  }
  markers_.draw(View{0, double(viewport.width), 0, double(viewport.height)}, viewport, markerScratch_);
}

void Canvas3d::copy(const DepthTarget& picture, GLuint destination, const Viewport& viewport) {
  if (!copy_) copy_ = buildEmbeddedProgram({"fullscreen.vert.glsl"}, {"picture_copy.frag.glsl"}, "3D copy");
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, destination);
  glViewport(viewport.x, viewport.y, viewport.width, viewport.height);
  glDisable(GL_BLEND);
  glDisable(GL_SCISSOR_TEST);
  glDisable(GL_DEPTH_TEST);  // the surface pass leaves it on, and the interim picture has a depth buffer
  copy_.use();
  glUniform2f(copy_.uniform("u_viewportOrigin"), float(viewport.x), float(viewport.y));
  glUniform2f(copy_.uniform("u_viewportSize"), float(viewport.width), float(viewport.height));
  drawFullscreenTriangle(copy_, emptyVao_, picture.resolved(), "t_image");
  glEnable(GL_BLEND);
}

void Canvas3d::draw(CanvasTarget target, const Viewport& viewport, const sim::Camera& camera,
                    const sim::HeightField& field, const CanvasStyle& style,
                    const std::vector<TrailStyle>& styles, const std::vector<Eigen::Vector2d>& minima) {
  if (viewport.width <= 0 || viewport.height <= 0) return;
  GLint bound = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &bound);
  const GLuint destination = GLuint(bound);
  const int w = viewport.width, h = viewport.height;
  if (target == CanvasTarget::Image) {
    surface_.prepare(field.view, false);
    drawSurface(imageGround_, Detail::Full, w, h, camera, field, style);
    drawMarks(imageGround_, Detail::Full, destination, viewport, camera, field, style, styles, minima);
    return;
  }
  if (surface_.prepare(field.view, true)) {
    // A finer grid under the same view and camera: the full picture is drawn anew at once, with no
    // interim one in between (which would look coarser than what it replaces).
    hasGround_ = false;
    if (shown_ == Shown::Full) {
      shown_ = Shown::Interim;
      restingFrames_ = kRestFrames;
    }
  }
  PictureKey& key = keyScratch_;
  key.camera = camera;
  key.width = w;
  key.height = h;
  key.field = field;
  key.style = style;
  key.styles = styles;
  key.minima = minima;
  key.landscape = landscapeContent_;
  key.trails = trailContent_;
  if (shown_ == Shown::None || !samePicture(key)) {
    // Only trails or markers changed (runs stepping while the camera rests): the full surface is
    // drawn once, then each change is the full picture on it.
    if (!groundShows(key) && shown_ != Shown::None && sameSurface(key, shownKey_)) drawGround(key);
    std::swap(shownKey_, key);
    restingFrames_ = 0;
    if (groundShows(shownKey_)) {
      shown_ = Shown::Full;
    } else {
      const int k = kInterimDownscale;
      const int iw = (w + k - 1) / k, ih = (h + k - 1) / k;
      drawSurface(interimGround_, Detail::Interim, iw, ih, camera, field, style);
      interim_.resize(iw, ih, 0, GL_LINEAR);
      drawMarks(interimGround_, Detail::Interim, interim_.framebuffer(), Viewport{0, 0, iw, ih}, camera,
                field, style, styles, minima);
      shown_ = Shown::Interim;
    }
  } else if (shown_ == Shown::Interim && ++restingFrames_ >= kRestFrames) {
    drawGround(shownKey_);
    shown_ = Shown::Full;
  }
  // The full picture is the kept surface with the marks drawn on it straight into the destination
  // (a frame's marks cost less than keeping a composed copy); the interim one is kept and stretched.
  if (shown_ == Shown::Full)
    drawMarks(ground_, Detail::Full, destination, viewport, camera, field, style, styles, minima);
  else
    copy(interim_, destination, viewport);
}

}  // namespace lv::render
