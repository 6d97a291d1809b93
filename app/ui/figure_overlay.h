// Draws the parts of a figure::Figure that ImGui owns on the canvas: grid and tick labels, ghost
// paths, eigen-axes, the inspected step's rings, arrow labels, "diverged at step k" labels, the
// legend (with its arrow key), the inspection key and the colour bar. The surface, trails, head
// markers and arrows are the GL canvas's (app/gui/canvas_renderer).
#pragma once

#include "app/figure/figure.h"
#include "app/figure/text_metrics.h"

#include <imgui.h>

#include <functional>
#include <optional>

namespace lv::ui {

/// Text measured with ImGui's current font (valid inside a frame).
figure::TextMetrics imguiTextMetrics();

/// ImGui colour of an RGBA colour.
ImU32 toImColor(const sim::Rgba& color, float alphaScale = 1.0f);

/// Draws the figure's overlay into `draw`, its layout pixels offset by `origin` (the canvas's
/// top-left in ImGui coordinates), clipped to the canvas.
void drawFigureOverlay(ImDrawList* draw, const figure::Figure& figure, ImVec2 origin);

/// Where a world point shows on screen (ImGui coordinates); nullopt where it does not (behind the
/// 3D view's eye).
using ScreenOf = std::function<std::optional<ImVec2>(const figure::Vec2&)>;

/// A ghost path in dashes and gaps of ghost.dashPixels each, measured along the screen path; the
/// path breaks where `screenOf` gives nothing.
void drawGhost(ImDrawList* draw, const figure::GhostFigure& ghost, const ScreenOf& screenOf);

}  // namespace lv::ui
