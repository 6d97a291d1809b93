// See canvas.h.
#include "app/render/canvas.h"

namespace lv::render {
namespace {

// Merges overlapping rectangles in place so that no pixel is composed twice in one frame.
void mergeOverlapping(std::vector<PixelRect>& rects) {
  for (bool merged = true; merged;) {
    merged = false;
    for (std::size_t i = 0; i < rects.size() && !merged; ++i) {
      for (std::size_t j = i + 1; j < rects.size() && !merged; ++j) {
        if (!rects[i].overlaps(rects[j])) continue;
        rects[i] = rects[i].united(rects[j]);
        rects.erase(rects.begin() + std::ptrdiff_t(j));
        merged = true;
      }
    }
  }
}

}  // namespace

void Canvas::draw(const View& view, const Viewport& viewport, const CanvasStyle& style,
                  const std::vector<TrailStyle>& trailStyles, const std::vector<Eigen::Vector2d>& minima,
                  const std::vector<Arrow>& arrows) {
  GLint drawFramebuffer = 0, sampleBuffers = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &drawFramebuffer);
  glGetIntegerv(GL_SAMPLE_BUFFERS, &sampleBuffers);
  // The window (framebuffer 0, single-sampled) is drawn every frame: worth the cache, and a plain
  // copy of a top-down picture reaches it (see texture_target.h).
  const bool window = drawFramebuffer == 0 && sampleBuffers == 0;
  glDisable(GL_SCISSOR_TEST);
  if (window && surface_.hasFormula() && viewport.width > 0 && viewport.height > 0)
    drawCached(view, viewport, style, trailStyles, minima);
  else
    drawDirect(view, viewport, style, trailStyles, minima);
  drawAbove(view, viewport, style, trailStyles, arrows);
}

void Canvas::drawDirect(const View& view, const Viewport& viewport, const CanvasStyle& style,
                        const std::vector<TrailStyle>& trailStyles,
                        const std::vector<Eigen::Vector2d>& minima) {
  surface_.draw(view, viewport, style.surface);
  drawMinima(view, viewport, style, minima);
  // Every halo, then every core: the cached path's picture (trail_layers.h).
  trails_.drawSegments(view, viewport, trailStyles, nullptr, TrailParts::Halos);
  trails_.drawSegments(view, viewport, trailStyles, nullptr, TrailParts::Cores);
}

void Canvas::drawCached(const View& view, const Viewport& viewport, const CanvasStyle& style,
                        const std::vector<TrailStyle>& trailStyles,
                        const std::vector<Eigen::Vector2d>& minima) {
  GLint drawFramebuffer = 0, readFramebuffer = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &drawFramebuffer);
  glGetIntegerv(GL_READ_FRAMEBUFFER_BINDING, &readFramebuffer);
  const int width = viewport.width, height = viewport.height;
  if (surface_.hasCache()) surface_.releaseCache();  // this path shades into picture_ instead
  changedScratch_.clear();
  const bool layersRedrawn = layers_.update(trails_, view, width, height, trailStyles, true, changedScratch_);
  const bool resized = picture_.resize(width, height);
  const PictureKey& k = pictureKey_;
  const bool sameKey = k.formula == surface_.formulaGeneration() && k.view.xmin == view.xmin &&
                       k.view.xmax == view.xmax && k.view.ymin == view.ymin && k.view.ymax == view.ymax &&
                       k.surface == style.surface && k.minima == minima && k.showMinima == style.showMinima &&
                       k.minimumRadius == style.minimumRadius;
  if (!pictureValid_ || resized || layersRedrawn || !sameKey) {
    pictureKey_.formula = surface_.formulaGeneration();
    pictureKey_.view = view;
    pictureKey_.surface = style.surface;
    pictureKey_.minima = minima;
    pictureKey_.showMinima = style.showMinima;
    pictureKey_.minimumRadius = style.minimumRadius;
    compose(view, picture_.rect(), style, minima);
    pictureValid_ = true;
  } else {
    mergeOverlapping(changedScratch_);
    for (const PixelRect& rect : changedScratch_) compose(view, rect, style, minima);
  }
  // Rows top-down onto the window's bottom-up coordinates: a flipped blit, which the driver does
  // as a plain copy (its window rows are top-down too).
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, GLuint(drawFramebuffer));
  glBindFramebuffer(GL_READ_FRAMEBUFFER, picture_.framebuffer());
  glBlitFramebuffer(0, height, width, 0, viewport.x, viewport.y, viewport.x + width, viewport.y + height,
                    GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, GLuint(readFramebuffer));
}

void Canvas::compose(const View& view, const PixelRect& rect, const CanvasStyle& style,
                     const std::vector<Eigen::Vector2d>& minima) {
  const Viewport all{0, 0, picture_.width(), picture_.height()};
  picture_.bindForDrawing();
  glEnable(GL_SCISSOR_TEST);
  glScissor(rect.x0, rect.y0, rect.x1 - rect.x0, rect.y1 - rect.y0);
  // The surface shaded again rather than kept in a second texture and copied: the same pixels, and
  // a view that changes every frame (a drag) then costs one shading pass and no copy.
  surface_.render(view, all, style.surface, true);
  drawMinima(rowsTopDown(view), all, style, minima);
  glDisable(GL_SCISSOR_TEST);
  layers_.composite(all, rect);
}

void Canvas::drawMinima(const View& view, const Viewport& viewport, const CanvasStyle& style,
                        const std::vector<Eigen::Vector2d>& minima) {
  if (!style.showMinima || minima.empty()) return;
  markerScratch_.clear();
  for (const Eigen::Vector2d& minimum : minima)
    markerScratch_.push_back({MarkerKind::Star, minimum, minimum, {1, 1, 1, 1}, style.minimumRadius, 1.5f});
  markers_.draw(view, viewport, markerScratch_);
}

void Canvas::drawAbove(const View& view, const Viewport& viewport, const CanvasStyle& style,
                       const std::vector<TrailStyle>& trailStyles, const std::vector<Arrow>& arrows) {
  markerScratch_.clear();
  for (std::size_t i = 0; i < trailStyles.size() && i < trails_.trailCount(); ++i) {
    const TrailStyle& trail = trailStyles[i];
    if (!trail.visible) continue;
    if (style.showStarts) {
      if (auto first = trails_.firstPoint(i)) {
        markerScratch_.push_back({MarkerKind::Ring, *first, *first, trail.color, style.startRadius, 1.25f});
      }
    }
    if (style.showHeads) {
      if (auto last = trails_.lastPoint(i)) {
        markerScratch_.push_back({MarkerKind::Disc, *last, *last, trail.color, style.headRadius, 1.5f});
      }
    }
  }
  for (const Arrow& arrow : arrows) {
    markerScratch_.push_back({MarkerKind::Arrow, arrow.from, arrow.to, arrow.color, arrow.headRadius, 1.25f});
  }
  markers_.draw(view, viewport, markerScratch_);
}

}  // namespace lv::render
