// What the window shows besides the panels: the keyboard help (toggled by '?') and, in
// presentation mode (H), the landscape's name and the step count on the canvas.
#pragma once

#include "app/sim/session.h"
#include "app/ui/canvas_overlay.h"
#include "app/ui/ui_state.h"

#include <imgui.h>

#include <string>

namespace lv::ui {

/// One line of the keyboard help: the keys and what they do.
struct KeyHelp {
  const char* keys;
  const char* action;
};

/// The one list of the window's keys, in the order the help shows them.
inline constexpr KeyHelp kKeyHelp[] = {
    {"Space", "play / pause"},
    {"S", "one step (hold to repeat)"},
    {"R", "reset every run to step 0"},
    {"← / →", "inspect the previous / next step (Shift: 10 steps)"},
    {"Home / End", "inspect the first / last step (Esc: back to live)"},
    {"F", "fit the landscape's view"},
    {"H", "hide the panels (presentation mode)"},
    {"F11", "fullscreen"},
    {"F12", "screenshot into the export folder"},
    {"Ctrl+Z", "undo an edit (start, hyperparameter, run, landscape)"},
    {"Ctrl+Shift+Z, Ctrl+Y", "redo"},
    {"?", "this help"},
    {"drag / wheel", "pan / zoom the canvas"},
    {"click", "move the selected run's start (all runs' with \"all\")"},
    {"Ctrl+click a slider", "type an exact value"},
};

/// The keyboard help as a window in the middle of the screen while state.showKeyHelp (closing it
/// clears the flag).
void drawKeyHelp(UiState& state);

/// "rosenbrock · step 1234" at the top centre of the canvas, for presentation mode.
void drawPresentationCaption(ImDrawList* draw, const sim::Session& session, const CanvasFrame& frame);

}  // namespace lv::ui
