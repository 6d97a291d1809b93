// The window's cached picture (see canvas.h): the surface base shaded once and panned by whole
// pixels, trail layers composed over it, trails that start over every frame drawn live over it, and
// the scaled interim picture while a view zooms.
#include "app/render/canvas.h"

#include <algorithm>
#include <cmath>

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

// `to` is `from` moved by whole pixels at the same scale on a width × height viewport: *columns to
// the right and *rows up it moved (a mouse drag, sim::panned). Far below what anti-aliasing shows.
bool wholePixelPan(const View& from, const View& to, int width, int height, int* columns, int* rows) {
  const double unitsX = (from.xmax - from.xmin) / width, unitsY = (from.ymax - from.ymin) / height;
  const auto same = [](double a, double b) { return std::abs(a - b) <= 1e-9 * std::abs(a); };
  if (!same(unitsX, (to.xmax - to.xmin) / width) || !same(unitsY, (to.ymax - to.ymin) / height)) return false;
  const double x = (to.xmin - from.xmin) / unitsX, y = (to.ymax - from.ymax) / unitsY;
  if (!(std::abs(x - std::round(x)) < 1e-3 && std::abs(y - std::round(y)) < 1e-3)) return false;
  if (!(std::abs(x) < width && std::abs(y) < height)) return false;
  *columns = int(std::round(x));
  *rows = int(std::round(y));
  return true;
}

// The cached picture stands in for a zooming view until the scale has changed this much.
constexpr double kMaxInterimZoom = 1.25;
// A trail that started over within this many frames is drawn live, outside the cached picture.
constexpr int kLiveTrailFrames = 30;

}  // namespace

void Canvas::drawCached(const View& view, const Viewport& viewport, const CanvasStyle& style,
                        const std::vector<TrailStyle>& trailStyles,
                        const std::vector<Eigen::Vector2d>& minima) {
  const int width = viewport.width, height = viewport.height;
  const auto baseKey = [&] {
    return BaseKey{surface_.revision(), style.surface,       style.colorScale,      minima,
                   style.showMinima,    style.minimumRadius, mapOverlay_.revision()};
  };
  splitLiveTrails(trailStyles);
  const bool interim = drawZoomInterim(view, viewport, style, baseKey());
  lastView_ = view;
  if (interim) return;
  // After the interim test: a zooming view changes its pixel size every frame, and a value grid
  // for each (a data surface's) would cost a frame's budget that the scaled picture does not need.
  surface_.prepare(view, width, height, true);
  const BaseKey key = baseKey();
  changedScratch_.clear();
  layers_.update(trails_, view, width, height, mainStyles_, true, changedScratch_);
  const bool resized = base_.resize(width, height) | picture_.resize(width, height);
  const bool baseChanged = updateBase(view, key, resized, style, minima);
  if (baseChanged) {
    composePicture(picture_.rect());
  } else {
    mergeOverlapping(changedScratch_);
    for (const PixelRect& rect : changedScratch_) composePicture(rect);
  }
  // Rows top-down onto the window's bottom-up coordinates: a flipped blit, which the driver does
  // as a plain copy (its window rows are top-down too).
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, picture_.framebuffer());
  glBlitFramebuffer(0, height, width, 0, viewport.x, viewport.y, viewport.x + width, viewport.y + height,
                    GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
  layers_.drawTails(trails_, view, viewport);
  drawLiveTrails(view, viewport);
}

void Canvas::drawLiveTrails(const View& view, const Viewport& viewport) {
  if (std::none_of(liveStyles_.begin(), liveStyles_.end(), [](const TrailStyle& t) { return t.visible; }))
    return;
  trails_.drawSegments(view, viewport, liveStyles_, nullptr, TrailParts::Halos);
  trails_.drawSegments(view, viewport, liveStyles_, nullptr, TrailParts::Cores);
}

void Canvas::splitLiveTrails(const std::vector<TrailStyle>& trailStyles) {
  const std::size_t n = trails_.trailCount();
  seenRevisions_.resize(n, 0);
  quietFrames_.resize(n, kLiveTrailFrames);
  mainStyles_ = trailStyles;
  liveStyles_ = trailStyles;
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint64_t revision = trails_.revision(i);
    if (seenRevisions_[i] != 0 && revision != seenRevisions_[i])
      quietFrames_[i] = 0;
    else if (quietFrames_[i] < kLiveTrailFrames)
      ++quietFrames_[i];
    seenRevisions_[i] = revision;
    if (i < trailStyles.size())
      (quietFrames_[i] < kLiveTrailFrames ? mainStyles_ : liveStyles_)[i].visible = false;
  }
  for (std::size_t i = n; i < liveStyles_.size(); ++i) liveStyles_[i].visible = false;
}

bool Canvas::drawZoomInterim(const View& view, const Viewport& viewport, const CanvasStyle& style,
                             const BaseKey& key) {
  const int width = viewport.width, height = viewport.height;
  int columns = 0, rows = 0;
  if (!baseValid_ || width != picture_.width() || height != picture_.height() || !(key == baseKey_) ||
      view == baseView_ || view == lastView_ || !layers_.holds(trails_, mainStyles_) ||
      wholePixelPan(baseView_, view, width, height, &columns, &rows))
    return false;
  const View& b = baseView_;
  const double unitsX = (b.xmax - b.xmin) / width, unitsY = (b.ymax - b.ymin) / height;
  const double zoom = (view.xmax - view.xmin) / (b.xmax - b.xmin);
  if (!(zoom <= kMaxInterimZoom && zoom >= 1 / kMaxInterimZoom)) return false;
  // The view in the picture's pixels (rows top-down), and the whole pixels of the picture that cover
  // it (rounded outwards: the scissor trims what lands outside the viewport).
  const double sx0 = (view.xmin - b.xmin) / unitsX, sx1 = (view.xmax - b.xmin) / unitsX;
  const double sy0 = (b.ymax - view.ymax) / unitsY, sy1 = (b.ymax - view.ymin) / unitsY;
  const int ix0 = int(std::floor(std::max(sx0, 0.0))), ix1 = int(std::ceil(std::min(sx1, double(width))));
  const int iy0 = int(std::floor(std::max(sy0, 0.0))), iy1 = int(std::ceil(std::min(sy1, double(height))));
  if (ix1 - ix0 < width / 2 || iy1 - iy0 < height / 2) return false;  // mostly new ground
  // Where they land in the window (rows bottom-up).
  const auto column = [&](int x) { return viewport.x + int(std::lround((x - sx0) / (sx1 - sx0) * width)); };
  const auto row = [&](int y) {
    return viewport.y + height - int(std::lround((y - sy0) / (sy1 - sy0) * height));
  };
  const int dx0 = column(ix0), dx1 = column(ix1), dyTop = row(iy0), dyBottom = row(iy1);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, picture_.framebuffer());
  glEnable(GL_SCISSOR_TEST);
  glScissor(viewport.x, viewport.y, width, height);
  glBlitFramebuffer(ix0, iy1, ix1, iy0, dx0, dyBottom, dx1, dyTop, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glDisable(GL_SCISSOR_TEST);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
  // Zooming out exposes a border the picture does not hold: shade the surface there (from a value
  // grid for this view, where the surface needs one; zooming in needs none).
  const int x0 = viewport.x, x1 = viewport.x + width, y0 = viewport.y, y1 = viewport.y + height;
  const PixelRect borders[] = {
      {x0, y0, dx0, y1}, {dx1, y0, x1, y1}, {dx0, y0, dx1, dyBottom}, {dx0, dyTop, dx1, y1}};
  bool prepared = false;
  for (const PixelRect& r : borders) {
    if (r.clipped({x0, y0, x1, y1}).empty()) continue;
    if (!prepared) surface_.prepare(view, width, height, true);
    prepared = true;
    glEnable(GL_SCISSOR_TEST);
    glScissor(r.x0, r.y0, r.x1 - r.x0, r.y1 - r.y0);
    surface_.draw(view, viewport, style.surface, style.colorScale);
    glDisable(GL_SCISSOR_TEST);
  }
  layers_.drawTails(trails_, view, viewport);
  drawLiveTrails(view, viewport);
  return true;
}

bool Canvas::updateBase(const View& view, const BaseKey& key, bool resized, const CanvasStyle& style,
                        const std::vector<Eigen::Vector2d>& minima) {
  const int width = base_.width(), height = base_.height();
  int columns = 0, rows = 0;
  if (baseValid_ && !resized && key == baseKey_ && view == baseView_) return false;
  if (!baseValid_ || resized || !(key == baseKey_) ||
      !wholePixelPan(baseView_, view, width, height, &columns, &rows)) {
    shadeBase(view, base_.rect(), style, minima);
  } else {
    // New column c shows old column c + columns; new row r (top-down) shows old row r - rows.
    spare_.resize(width, height);
    std::swap(base_, spare_);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, spare_.framebuffer());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, base_.framebuffer());
    const int x0 = std::max(0, -columns), x1 = std::min(width, width - columns);
    const int y0 = std::max(0, rows), y1 = std::min(height, height + rows);
    glBlitFramebuffer(x0 + columns, y0 - rows, x1 + columns, y1 - rows, x0, y0, x1, y1, GL_COLOR_BUFFER_BIT,
                      GL_NEAREST);
    glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
    if (x0 > 0) shadeBase(view, {0, 0, x0, height}, style, minima);
    if (x1 < width) shadeBase(view, {x1, 0, width, height}, style, minima);
    if (y0 > 0) shadeBase(view, {x0, 0, x1, y0}, style, minima);
    if (y1 < height) shadeBase(view, {x0, y1, x1, height}, style, minima);
  }
  baseKey_ = key;
  baseView_ = view;
  baseValid_ = true;
  return true;
}

void Canvas::shadeBase(const View& view, const PixelRect& rect, const CanvasStyle& style,
                       const std::vector<Eigen::Vector2d>& minima) {
  const Viewport all{0, 0, base_.width(), base_.height()};
  base_.bindForDrawing();
  glEnable(GL_SCISSOR_TEST);
  glScissor(rect.x0, rect.y0, rect.x1 - rect.x0, rect.y1 - rect.y0);
  surface_.draw(view, all, style.surface, style.colorScale, true);
  mapOverlay_.draw(rowsTopDown(view), all);
  drawMinima(rowsTopDown(view), all, style, minima);
  glDisable(GL_SCISSOR_TEST);
}

void Canvas::composePicture(const PixelRect& rect) {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, base_.framebuffer());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, picture_.framebuffer());
  glBlitFramebuffer(rect.x0, rect.y0, rect.x1, rect.y1, rect.x0, rect.y0, rect.x1, rect.y1,
                    GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
  picture_.bindForDrawing();
  layers_.composite({0, 0, picture_.width(), picture_.height()}, rect);
}

}  // namespace lv::render
