// See canvas3d.h.
#include "app/render/canvas3d.h"

#include "app/render/shader_library.h"
#include "app/sim/polyline_lod.h"
#include "landscapes/lv_assert.h"

#include <cmath>
#include <cstdio>

namespace lv::render {
namespace {

constexpr float kBackground[3] = {0.08f, 0.08f, 0.1f};  // the window's clear colour
constexpr double kLift = 0.006;                         // model units a trail floats above the surface
constexpr double kThinningFraction = 1.0 / 1500;        // of the view's span: below a pixel

bool sameField(const sim::HeightField& a, const sim::HeightField& b) {
  return a.view.xmin == b.view.xmin && a.view.xmax == b.view.xmax && a.view.ymin == b.view.ymin &&
         a.view.ymax == b.view.ymax && a.scale == b.scale && a.heightScale == b.heightScale;
}

void push(std::vector<float>& out, const sim::Vec3& p) {
  out.push_back(float(p.x()));
  out.push_back(float(p.y()));
  out.push_back(float(p.z()));
}

}  // namespace

bool Canvas3d::setLandscape(const landscapes::Formula& formula, std::uint64_t revision) {
  if (hasLandscape_ && revision == landscapeRevision_) return landscapeError_.empty();
  hasLandscape_ = true;
  landscapeRevision_ = revision;
  if (surface_.setFormula(formula, &landscapeError_)) {
    landscapeError_.clear();
    formula_ = formula;
  } else if (landscapeError_.empty()) {
    landscapeError_ = "the 3D surface shader did not build";
  }
  return landscapeError_.empty();
}

void Canvas3d::syncTrail(std::size_t index, const sim::Trajectory& trajectory, std::uint64_t revision,
                         const sim::HeightField& field) {
  if (caches_.size() <= index) caches_.resize(index + 1);
  TrailCache& cache = caches_[index];
  const std::size_t length = trajectory.size();
  if (index < trails_.trailCount() && cache.revision == revision && cache.length == length &&
      sameField(cache.field, field))
    return;
  const landscapes::Rect& v = field.view;
  sim::PolylineThinner thinner(std::max(v.xmax - v.xmin, v.ymax - v.ymin) * kThinningFraction);
  scratch_.clear();
  bool lastKept = false;
  for (std::size_t k = 0; k < length; ++k) {
    lastKept = thinner.keep(trajectory.points[k]);
    if (lastKept) push(scratch_, field.toModel(trajectory.points[k], trajectory.losses[k], kLift));
  }
  cache.first.reset();
  cache.last.reset();
  if (length > 0) {
    cache.first = field.toModel(trajectory.points.front(), trajectory.losses.front(), kLift);
    cache.last = field.toModel(trajectory.points.back(), trajectory.losses.back(), kLift);
    if (!lastKept) push(scratch_, *cache.last);  // the line ends at the head
  }
  trails_.setTrail(index, scratch_);
  cache.revision = revision;
  cache.length = length;
  cache.field = field;
}

void Canvas3d::removeTrailsFrom(std::size_t n) {
  trails_.removeTrailsFrom(n);
  if (caches_.size() > n) caches_.resize(n);
}

void Canvas3d::addMarker(const sim::Camera& camera, const Viewport& viewport, const sim::Vec3& at,
                         MarkerKind kind, const std::array<float, 4>& color, float radius, float outline) {
  const auto pixel = camera.project(at, viewport.width, viewport.height);
  if (!pixel) return;
  // Marker coordinates are the viewport's pixels with y up (the view passed to MarkerPass).
  const Eigen::Vector2d p(pixel->x(), viewport.height - pixel->y());
  markerScratch_.push_back({kind, p, p, color, radius, outline});
}

void Canvas3d::draw(const Viewport& viewport, const sim::Camera& camera, const sim::HeightField& field,
                    const CanvasStyle& style, const std::vector<TrailStyle>& styles,
                    const std::vector<Eigen::Vector2d>& minima) {
  if (viewport.width <= 0 || viewport.height <= 0) return;
  if (!copy_) {
    std::string error;
    copy_ = GlProgram::build({assembleShader({shaderText("fullscreen.vert.glsl")}),
                              assembleShader({shaderText("blit.frag.glsl")}), ""},
                             &error);
    if (!copy_) std::fprintf(stderr, "lossviz: copy shader: %s\n", error.c_str());
    LV_ASSERT(copy_, "embedded copy shader must compile");
  }
  GLint destination = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &destination);
  target_.resize(viewport.width, viewport.height, samples_);
  target_.bindAndClear(kBackground[0], kBackground[1], kBackground[2]);
  const Viewport all{0, 0, viewport.width, viewport.height};
  surface_.draw(camera, field, style.surface, all);
  trails_.draw(camera, all, styles);
  glDisable(GL_DEPTH_TEST);

  markerScratch_.clear();
  if (style.showMinima && formula_)
    for (const Eigen::Vector2d& m : minima)
      addMarker(camera, all, field.toModel(m, formula_->value(m), kLift), MarkerKind::Star, {1, 1, 1, 1},
                style.minimumRadius, 1.5f);
  for (std::size_t i = 0; i < styles.size() && i < caches_.size(); ++i) {
    const TrailStyle& trail = styles[i];
    if (!trail.visible) continue;
    if (style.showStarts && caches_[i].first)
      addMarker(camera, all, *caches_[i].first, MarkerKind::Ring, trail.color, style.startRadius, 1.25f);
    if (style.showHeads && caches_[i].last)
      addMarker(camera, all, *caches_[i].last, trail.head, trail.color, style.headRadius, 1.5f);
  }
  markers_.draw(View{0, double(viewport.width), 0, double(viewport.height)}, all, markerScratch_);
  target_.resolve();

  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, GLuint(destination));
  glViewport(viewport.x, viewport.y, viewport.width, viewport.height);
  glDisable(GL_BLEND);
  glDisable(GL_SCISSOR_TEST);
  copy_.use();
  glUniform2f(copy_.uniform("u_viewportOrigin"), float(viewport.x), float(viewport.y));
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, target_.resolved());
  glUniform1i(copy_.uniform("t_image"), 0);
  glBindVertexArray(emptyVao_.id());
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
  glBindTexture(GL_TEXTURE_2D, 0);
  glUseProgram(0);
  glEnable(GL_BLEND);
}

}  // namespace lv::render
