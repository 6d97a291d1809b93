// The UI scale: the font atlas and ImGui's style sizes for a given scale (projectors, 2x/4x shots).
#pragma once

#include <imgui.h>

namespace lv::gui {

/// The code points the UI font carries, as ImGui glyph ranges (zero-terminated pairs): Latin,
/// combining marks, Greek, phonetic and Latin-extended letters (ᵗ, ᵀ, ḡ), punctuation, super- and
/// subscripts, letterlike symbols, arrows, mathematical operators and their supplement (⪰), the
/// replacement character (drawn for anything missing, so it is never confused with '?'), and every
/// other character of the registry's and the catalog's texts. Built once.
const ImWchar* uiGlyphRanges();

/// Path of the UI font (DejaVu Sans).
constexpr const char* kUiFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

/// Rebuilds the current context's font atlas on the CPU: DejaVu Sans at 16 px × `uiScale` with
/// uiGlyphRanges(), or ImGui's default font (ASCII only) when that file is missing (returns false).
bool loadUiFont(float uiScale);

/// loadUiFont, uploads the atlas to the OpenGL3 backend and scales the style. Call between frames.
void applyUiScale(float uiScale);

}  // namespace lv::gui
