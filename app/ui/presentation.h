// What the window shows besides the panels: the keyboard help (toggled by '?') and, in
// presentation mode (H), the landscape's name and the step count on the canvas.
#pragma once

#include "app/sim/session.h"
#include "app/ui/canvas_overlay.h"
#include "app/ui/ui_state.h"

#include <imgui.h>

#include <string>
#include <vector>

namespace lv::ui {

/// One line of the keyboard help: the keys and what they do. The one list of the window's keys.
struct KeyHelp {
  const char* keys;
  const char* action;
};
const std::vector<KeyHelp>& keyHelp();

/// The keyboard help as a window in the middle of the screen while state.showKeyHelp (closing it
/// clears the flag).
void drawKeyHelp(UiState& state);

/// "rosenbrock · step 1234" at the top centre of the canvas, for presentation mode.
void drawPresentationCaption(ImDrawList* draw, const sim::Session& session, const CanvasFrame& frame);

}  // namespace lv::ui
