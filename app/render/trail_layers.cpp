// See trail_layers.h.
#include "app/render/trail_layers.h"

#include <algorithm>
#include <cmath>

namespace lv::render {
namespace {

// How far a reused placement may be from the view, in pixels across the layers: far below what
// anti-aliasing can show.
constexpr double kPixelTolerance = 1e-3;
// Pixels of layer beyond each side of the viewport: half the viewport, at most this many. A drag
// that moves the view by less reuses the layers; the cap bounds their memory on large windows.
constexpr int kMaxMargin = 512;
// Side of the occupancy tiles in pixels: trails are thin curves, and compositing only the tiles they
// reach is a fraction of their bounding box.
constexpr int kTile = 32;

// Whole pixels within kPixelTolerance of `pixels`, or nothing.
bool wholePixels(double pixels, int* whole) {
  const double rounded = std::round(pixels);
  if (!(std::abs(pixels - rounded) < kPixelTolerance) || std::abs(rounded) > 1e9) return false;
  *whole = static_cast<int>(rounded);
  return true;
}

// Pixel coordinates far outside any layer (or NaN, from a degenerate view) become harmless ints.
int clampToInt(double v) { return std::isnan(v) ? 0 : static_cast<int>(std::clamp(v, -1e9, 1e9)); }

}  // namespace

View TrailLayers::Placement::view() const {
  return {xmin, xmin + layerWidth() * unitsX, ymin, ymin + layerHeight() * unitsY};
}

View TrailLayers::drawView() const {
  return placement_.rowsTopDown ? rowsTopDown(placement_.view()) : placement_.view();
}

bool TrailLayers::reusable(const View& view, int width, int height, bool topDown, const TrailPass& trails,
                           const std::vector<TrailStyle>& styles) const {
  const Placement& p = placement_;
  if (!halos_ || width != p.width || height != p.height || topDown != p.rowsTopDown) return false;
  const double unitsX = (view.xmax - view.xmin) / width, unitsY = (view.ymax - view.ymin) / height;
  if (!(std::abs(unitsX - p.unitsX) * p.layerWidth() < kPixelTolerance * p.unitsX) ||
      !(std::abs(unitsY - p.unitsY) * p.layerHeight() < kPixelTolerance * p.unitsY))
    return false;
  int dx = 0, dy = 0;
  if (!wholePixels((view.xmin - p.xmin) / p.unitsX, &dx) ||
      !wholePixels((view.ymin - p.ymin) / p.unitsY, &dy))
    return false;
  if (dx < 0 || dy < 0 || dx > 2 * p.marginX || dy > 2 * p.marginY) return false;
  if (styles != styles_ || trails.trailCount() != revisions_.size()) return false;
  for (std::size_t i = 0; i < revisions_.size(); ++i)
    if (i < styles.size() && styles[i].visible &&
        (trails.revision(i) != revisions_[i] || trails.tolerance(i) != tolerances_[i] ||
         trails.stableCount(i) < drawnVertices_[i]))
      return false;
  return true;
}

bool TrailLayers::holds(const TrailPass& trails, const std::vector<TrailStyle>& styles) const {
  if (!halos_ || styles != styles_ || trails.trailCount() != revisions_.size()) return false;
  for (std::size_t i = 0; i < revisions_.size(); ++i)
    if (i < styles.size() && styles[i].visible &&
        (trails.revision(i) != revisions_[i] || trails.tolerance(i) != tolerances_[i]))
      return false;
  return true;
}

bool TrailLayers::update(TrailPass& trails, const View& view, int width, int height,
                         const std::vector<TrailStyle>& styles, bool topDown,
                         std::vector<PixelRect>& changed) {
  if (!reusable(view, width, height, topDown, trails, styles)) {
    // The picture changes where the trails were and where they are now.
    const PixelRect screen{0, 0, width, height};
    if (halos_ && width == placement_.width && height == placement_.height)
      changed.push_back(PixelRect{extent_.x0 - offsetX_, extent_.y0 - offsetY_, extent_.x1 - offsetX_,
                                  extent_.y1 - offsetY_}
                            .clipped(screen));
    else
      changed.push_back(screen);
    redraw(trails, view, width, height, styles, topDown);
    changed.push_back(
        PixelRect{extent_.x0 - offsetX_, extent_.y0 - offsetY_, extent_.x1 - offsetX_, extent_.y1 - offsetY_}
            .clipped(screen));
    return true;
  }
  const Placement& p = placement_;
  int dy = 0;
  wholePixels((view.xmin - p.xmin) / p.unitsX, &offsetX_);
  wholePixels((view.ymin - p.ymin) / p.unitsY, &dy);
  offsetY_ = p.rowsTopDown ? p.layerHeight() - p.height - dy : dy;
  append(trails, changed);
  return false;
}

void TrailLayers::redraw(TrailPass& trails, const View& view, int width, int height,
                         const std::vector<TrailStyle>& styles, bool topDown) {
  Placement& p = placement_;
  GLint maxSize = 0;
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &maxSize);
  p.width = width;
  p.height = height;
  p.marginX = std::clamp((maxSize - width) / 2, 0, std::min(width / 2, kMaxMargin));
  p.marginY = std::clamp((maxSize - height) / 2, 0, std::min(height / 2, kMaxMargin));
  p.unitsX = (view.xmax - view.xmin) / width;
  p.unitsY = (view.ymax - view.ymin) / height;
  p.xmin = view.xmin - p.marginX * p.unitsX;
  p.ymin = view.ymin - p.marginY * p.unitsY;
  p.rowsTopDown = topDown;
  offsetX_ = p.marginX;
  offsetY_ = p.marginY;

  // Only where trails were needs clearing, unless the layers are new.
  const PixelRect drawn = extent_;
  const bool reallocated =
      halos_.resize(p.layerWidth(), p.layerHeight()) | cores_.resize(p.layerWidth(), p.layerHeight());
  tilesX_ = (p.layerWidth() + kTile - 1) / kTile;
  tilesY_ = (p.layerHeight() + kTile - 1) / kTile;
  tiles_.assign(std::size_t(tilesX_) * std::size_t(tilesY_), 0);
  extent_ = {};
  styles_ = styles;
  if (!reallocated) {
    glEnable(GL_SCISSOR_TEST);
    glScissor(drawn.x0, drawn.y0, std::max(drawn.x1 - drawn.x0, 0), std::max(drawn.y1 - drawn.y0, 0));
  }
  halos_.clear(1, 1, 1, 1);
  cores_.clear(0, 0, 0, 0);
  glDisable(GL_SCISSOR_TEST);
  revisions_.resize(trails.trailCount());
  tolerances_.resize(trails.trailCount());
  drawnVertices_.resize(trails.trailCount());
  for (std::size_t i = 0; i < trails.trailCount(); ++i) {
    revisions_[i] = trails.revision(i);
    tolerances_[i] = trails.tolerance(i);
    drawnVertices_[i] = trails.stableCount(i);
    if (i < styles.size() && styles[i].visible) markTiles(trails, i, 0, drawnVertices_[i]);
  }
  const Viewport all{0, 0, p.layerWidth(), p.layerHeight()};
  halos_.bindForDrawing();
  trails.drawSegments(drawView(), all, styles, nullptr, TrailParts::Halos, &drawnVertices_);
  cores_.bindForDrawing();
  trails.drawSegments(drawView(), all, styles, nullptr, TrailParts::Cores, &drawnVertices_);
  ++redrawCount_;
}

void TrailLayers::append(TrailPass& trails, std::vector<PixelRect>& changed) {
  firstVertices_.assign(trails.trailCount(), 0);
  bool any = false;
  for (std::size_t i = 0; i < trails.trailCount(); ++i) {
    const std::size_t count = trails.stableCount(i);
    const bool visible = i < styles_.size() && styles_[i].visible;
    // The last drawn point starts the first new segment.
    firstVertices_[i] =
        count > drawnVertices_[i] && visible ? (drawnVertices_[i] > 0 ? drawnVertices_[i] - 1 : 0) : count;
    drawnVertices_[i] = count;
    if (firstVertices_[i] + 1 >= count) continue;
    any = true;
    const PixelRect rect = markTiles(trails, i, firstVertices_[i], count);
    const PixelRect onScreen =
        PixelRect{rect.x0 - offsetX_, rect.y0 - offsetY_, rect.x1 - offsetX_, rect.y1 - offsetY_}.clipped(
            {0, 0, placement_.width, placement_.height});
    if (!onScreen.empty()) changed.push_back(onScreen);
  }
  if (!any) return;
  const Viewport all{0, 0, placement_.layerWidth(), placement_.layerHeight()};
  glDisable(GL_SCISSOR_TEST);
  halos_.bindForDrawing();
  trails.drawSegments(drawView(), all, styles_, &firstVertices_, TrailParts::Halos, &drawnVertices_);
  cores_.bindForDrawing();
  trails.drawSegments(drawView(), all, styles_, &firstVertices_, TrailParts::Cores, &drawnVertices_);
}

void TrailLayers::drawTails(TrailPass& trails, const View& view, const Viewport& viewport) {
  const std::size_t count = std::min(trails.trailCount(), drawnVertices_.size());
  firstVertices_.assign(count, 0);
  endVertices_.assign(count, 0);
  bool any = false;
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t stable = drawnVertices_[i], all = trails.pointCount(i);
    firstVertices_[i] = endVertices_[i] = all;  // nothing
    if (stable == 0 || all <= stable || i >= styles_.size() || !styles_[i].visible) continue;
    firstVertices_[i] = stable - 1;
    any = true;
  }
  if (!any) return;
  trails.drawSegments(view, viewport, styles_, &firstVertices_, TrailParts::Halos);
  // The cores again from a halo's reach before the tail (arc lengths are world units): the tail's
  // halo darkened that much of the core it joins.
  const double unitsPerPixel = std::abs(view.xmax - view.xmin) / std::max(viewport.width, 1);
  for (std::size_t i = 0; i < count; ++i) {
    if (firstVertices_[i] >= trails.pointCount(i)) continue;
    const std::vector<float>& v = trails.vertexData(i);
    const TrailStyle& style = styles_[i];
    const double reach = (0.5 * style.width + style.haloWidth + 2) * unitsPerPixel;
    const float tailStart = v[kTrailVertexFloats * firstVertices_[i] + 2];
    std::size_t first = firstVertices_[i];
    while (first > 0 && tailStart - v[kTrailVertexFloats * first + 2] < reach) --first;
    firstVertices_[i] = first;
  }
  trails.drawSegments(view, viewport, styles_, &firstVertices_, TrailParts::Cores);
}

PixelRect TrailLayers::markTiles(const TrailPass& trails, std::size_t index, std::size_t first,
                                 std::size_t end) {
  const std::vector<float>& points = trails.vertexData(index);
  constexpr std::size_t n = kTrailVertexFloats;
  const std::size_t size = std::min(points.size(), n * end);
  if (n * first >= size || index >= styles_.size()) return {};
  const Placement& p = placement_;
  const TrailStyle& style = styles_[index];
  // The shader's quads reach the half width plus the halo plus a pixel of anti-aliasing.
  const double pad = std::ceil(0.5 * style.width + style.haloWidth) + 2;
  const PixelRect layer{0, 0, p.layerWidth(), p.layerHeight()};
  const auto row = [&](float y) {
    const double up = (y - p.ymin) / p.unitsY;
    return p.rowsTopDown ? p.layerHeight() - up : up;
  };
  PixelRect all;
  double previousX = (points[n * first] - p.xmin) / p.unitsX, previousY = row(points[n * first + 1]);
  for (std::size_t k = n * first; k + 1 < size; k += n) {
    // The segment from the previous point to this one (the first point alone when it is the last).
    const double x = (points[k] - p.xmin) / p.unitsX, y = row(points[k + 1]);
    const PixelRect segment = PixelRect{clampToInt(std::floor(std::min(previousX, x) - pad)),
                                        clampToInt(std::floor(std::min(previousY, y) - pad)),
                                        clampToInt(std::ceil(std::max(previousX, x) + pad)),
                                        clampToInt(std::ceil(std::max(previousY, y) + pad))}
                                  .clipped(layer);
    previousX = x;
    previousY = y;
    if (segment.empty()) continue;
    all = all.united(segment);
    for (int ty = segment.y0 / kTile; ty <= (segment.y1 - 1) / kTile; ++ty)
      for (int tx = segment.x0 / kTile; tx <= (segment.x1 - 1) / kTile; ++tx)
        tiles_[std::size_t(ty) * std::size_t(tilesX_) + std::size_t(tx)] = 1;
  }
  extent_ = extent_.united(all);
  return all;
}

void TrailLayers::composite(const Viewport& viewport, const PixelRect& rect) {
  // `rect` in layer pixels, cut down to where trails are.
  const PixelRect area =
      PixelRect{rect.x0 + offsetX_, rect.y0 + offsetY_, rect.x1 + offsetX_, rect.y1 + offsetY_}
          .clipped({offsetX_, offsetY_, offsetX_ + placement_.width, offsetY_ + placement_.height})
          .clipped(extent_);
  if (area.empty()) return;
  // Runs of touched tiles along each tile row, in viewport pixels; the strip blit clips them to
  // `area`.
  runs_.clear();
  const int lastX = (area.x1 - 1) / kTile;
  for (int ty = area.y0 / kTile; ty <= (area.y1 - 1) / kTile; ++ty) {
    const std::uint8_t* row = tiles_.data() + std::size_t(ty) * std::size_t(tilesX_);
    for (int tx = area.x0 / kTile; tx <= lastX; ++tx) {
      if (!row[tx]) continue;
      int end = tx + 1;
      while (end <= lastX && row[end]) ++end;
      runs_.push_back({tx * kTile - offsetX_, ty * kTile - offsetY_, end * kTile - offsetX_,
                       (ty + 1) * kTile - offsetY_});
      tx = end;
    }
  }
  const PixelRect clip{area.x0 - offsetX_, area.y0 - offsetY_, area.x1 - offsetX_, area.y1 - offsetY_};
  const int originX = viewport.x - offsetX_, originY = viewport.y - offsetY_;  // texel = pixel - origin
  glEnable(GL_BLEND);
  glBlendEquation(GL_MIN);
  strips_.draw(halos_.texture(), viewport, originX, originY, runs_, kTile, clip);
  glBlendEquation(GL_FUNC_ADD);
  glBlendFunc(GL_ONE, GL_ONE_MINUS_SRC_ALPHA);  // the cores are premultiplied
  strips_.draw(cores_.texture(), viewport, originX, originY, runs_, kTile, clip);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
}

}  // namespace lv::render
