// An offscreen render target: a framebuffer with an RGBA8 colour texture of W×H, optionally
// multisampled (resolved on read). What the headless `render` verb, screenshots and tests draw into.
#pragma once

#include "app/render/gl_object.h"
#include "app/render/viewport.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lv::render {

/// Needs a current GL context for its whole life. Move-only.
class OffscreenTarget {
 public:
  /// width, height in pixels (1..GL_MAX_RENDERBUFFER_SIZE); samples 0 or 1 = no multisampling.
  /// Returns nullopt with a one-line `*error` if the size is invalid or the framebuffer incomplete.
  static std::optional<OffscreenTarget> create(int width, int height, int samples = 0,
                                               std::string* error = nullptr);

  /// Binds the target for drawing and reading, and sets the viewport to all of it.
  void bind() const;
  /// Clears to an opaque colour (binds the target).
  void clear(float r, float g, float b) const;
  int width() const { return width_; }
  int height() const { return height_; }
  Viewport viewport() const { return {0, 0, width_, height_}; }

  /// The picture as RGBA8, top row first (width*height*4 bytes). Resolves multisampling first.
  /// Leaves framebuffer 0 bound.
  std::vector<std::uint8_t> readPixels() const;

 private:
  OffscreenTarget() = default;
  int width_ = 0, height_ = 0, samples_ = 0;
  GlTexture color_;  // multisampled when samples_ > 1
  GlFramebuffer framebuffer_;
  GlTexture resolved_;  // single-sampled copy, only when samples_ > 1
  GlFramebuffer resolveFramebuffer_;
};

}  // namespace lv::render
