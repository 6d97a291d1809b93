// One composition of the canvas (surface, overlay, legend) and optionally the UI panels, shared by
// the live window, the F12 screenshot and the headless `render` verb: the picture is the same on
// screen and offscreen. Needs a current GL 3.3 context and an ImGui context with the OpenGL3
// backend initialised.
#pragma once

#include "app/sim/session.h"
#include "app/ui/ui_state.h"

#include <epoxy/gl.h>

#include <cstdint>
#include <string>
#include <vector>

namespace lv::gui {

/// The surface picture as a GL texture, re-computed only when the formula, view, size or colours
/// change. Owns the texture; needs the context for its whole life.
class SurfaceTexture {
 public:
  SurfaceTexture() = default;
  SurfaceTexture(const SurfaceTexture&) = delete;
  SurfaceTexture& operator=(const SurfaceTexture&) = delete;
  ~SurfaceTexture();

  /// The texture for `view` at width × height pixels (re-rendered if anything changed).
  GLuint update(const sim::Session& session, const landscapes::Rect& view, int width, int height);

 private:
  GLuint texture_ = 0;
  std::string key_;
};

struct FrameOptions {
  bool withUi = true;        ///< side panel and loss plot
  bool interactive = true;   ///< mouse/keyboard act on the canvas (false for offscreen frames)
  float surfaceScale = 1.0f; ///< surface texture pixels per ImGui pixel (screenshots: 2, 4)
};

/// Loads DejaVu Sans (ImGui's default font if missing) at 16 px × `uiScale` and scales the style.
/// Call between frames; re-uploads the font texture.
void applyUiScale(float uiScale);

/// Fills the current ImGui frame (between NewFrame and Render): the canvas over the whole window or
/// right of the panels, the overlay, the legend and, with options.withUi, the panels.
void buildFrame(sim::Session& session, ui::UiState& state, SurfaceTexture& surface, const FrameOptions& options);

/// Renders one frame of `width` × `height` ImGui pixels magnified `scale` times into an FBO and reads
/// it back: `rgba` gets (width·scale) × (height·scale) RGBA8 pixels, top row first. Must be called
/// outside an ImGui frame. False with `*error` when the framebuffer cannot be made.
bool renderOffscreen(sim::Session& session, ui::UiState& state, SurfaceTexture& surface, int width, int height,
                     int scale, bool withUi, std::vector<std::uint8_t>& rgba, std::string* error);

/// Encodes PNG and writes it atomically (nothing left behind on failure).
bool writePng(const std::string& path, int width, int height, const std::vector<std::uint8_t>& rgba, std::string* error);

}  // namespace lv::gui
