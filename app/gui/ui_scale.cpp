// See ui_scale.h.
#include "app/gui/ui_scale.h"

#include "landscapes/catalog.h"
#include "optim/optimizer.h"

#include <backends/imgui_impl_opengl3.h>

#include <fstream>

namespace lv::gui {
namespace {

// Unicode blocks the texts draw from; characters outside them (ḡ) are added from the texts themselves.
constexpr ImWchar kBlocks[] = {
    0x0020, 0x00FF,  // Basic Latin, Latin-1 (², ·, ×)
    0x0300, 0x036F,  // combining diacritical marks (v̂ = v + U+0302)
    0x0370, 0x03FF,  // Greek (β, ε, ρ, Π)
    0x1D2C, 0x1D6A,  // modifier letters: superscript and subscript letters (ᵗ, ᵀ, ᵢ)
    0x2000, 0x206F,  // general punctuation (—, ‖)
    0x2070, 0x209F,  // superscripts and subscripts (⁻¹, ₜ, ₊)
    0x2100, 0x214F,  // letterlike symbols
    0x2190, 0x21FF,  // arrows (←, →)
    0x2200, 0x22FF,  // mathematical operators (∇, √, −, ⊙, ≤)
    0x2A00, 0x2AFF,  // supplemental mathematical operators (⪰)
    0xFFFD, 0xFFFD,  // replacement character: ImGui's fallback glyph
    0,
};

}  // namespace

const ImWchar* uiGlyphRanges() {
  static const ImVector<ImWchar> ranges = [] {
    ImFontGlyphRangesBuilder builder;
    builder.AddRanges(kBlocks);
    auto add = [&builder](const std::string& text) { builder.AddText(text.c_str()); };
    for (const optim::OptimizerInfo& info : optim::optimizerInfos()) {
      add(info.name);
      add(info.description);
      add(info.updateRule);
      for (const optim::ParamInfo& param : info.params) {
        add(param.name);
        add(param.meaning ? param.meaning : "");
      }
    }
    for (const landscapes::CatalogEntry& entry : landscapes::catalog()) {
      add(entry.name);
      add(entry.formula);
      add(entry.description);
    }
    ImVector<ImWchar> built;
    builder.BuildRanges(&built);
    return built;
  }();
  return ranges.Data;
}

bool loadUiFont(float uiScale) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFontConfig config;
  // Horizontal oversampling sharpens small text; large text (projectors, 4x shots) does not need it,
  // and without it the atlas stays within a few MB at any scale.
  config.OversampleH = uiScale > 1.5f ? 1 : 3;
  const bool dejaVu = std::ifstream(kUiFontPath).good() &&
                      io.Fonts->AddFontFromFileTTF(kUiFontPath, 16.0f * uiScale, &config, uiGlyphRanges());
  if (!dejaVu) {
    config = ImFontConfig();
    config.SizePixels = 13.0f * uiScale;
    io.Fonts->AddFontDefault(&config);
  }
  io.Fonts->Build();
  return dejaVu;
}

void applyUiScale(float uiScale) {
  loadUiFont(uiScale);
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  ImGuiStyle style;
  ImGui::StyleColorsDark(&style);
  style.WindowRounding = 4;
  style.Colors[ImGuiCol_WindowBg].w = 0.92f;
  style.ScaleAllSizes(uiScale);
  ImGui::GetStyle() = style;
}

}  // namespace lv::gui
