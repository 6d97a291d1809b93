// The UI scale: the font atlas and ImGui's style sizes for a given scale (projectors, 2x/4x shots).
#pragma once

namespace lv::gui {

/// Loads DejaVu Sans (ImGui's default font if missing) at 16 px × `uiScale` and scales the style.
/// Call between frames; re-uploads the font texture.
void applyUiScale(float uiScale);

}  // namespace lv::gui
