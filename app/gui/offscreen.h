// Offscreen frames of the window's composition: screenshots (F12) and the headless `render` verb.
#pragma once

#include "app/gui/canvas_renderer.h"
#include "app/sim/session.h"
#include "app/ui/ui_state.h"

#include <cstdint>
#include <string>
#include <vector>

namespace lv::gui {

/// Renders one frame of a `width` × `height` window at `scale` times its size (fonts re-rasterised,
/// lines scaled: sharp, not magnified) into an offscreen target: `rgba` gets (width·scale) ×
/// (height·scale) RGBA8 pixels, top row first. Call outside an ImGui frame. False with one line in
/// `*error` when the size is beyond the GPU or the framebuffer cannot be made.
bool renderOffscreen(sim::Session& session, ui::UiState& state, CanvasRenderer& renderer, int width,
                     int height, int scale, bool withUi, std::vector<std::uint8_t>& rgba, std::string* error);

}  // namespace lv::gui
