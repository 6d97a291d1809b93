// Every character the app draws is in the font atlas and in DejaVu Sans: the registry's update
// rules, descriptions and hyperparameter meanings, the catalog's texts, and the panels as drawn
// (no glyph falls back to U+FFFD). The update rules used to show "?" for ᵗ, v̂, ḡ, ᵀ, ⪰.
#include "app/gui/ui_scale.h"
#include "app/sim/session.h"
#include "app/ui/panels.h"
#include "landscapes/catalog.h"
#include "optim/optimizer.h"
#include "tests/app/gui/ui_driver.h"

#include <gtest/gtest.h>
#include <imgui_internal.h>  // ImTextCharFromUtf8

#include <fstream>
#include <vector>

namespace lv {
namespace {

std::vector<unsigned> codepointsOf(const std::string& text) {
  std::vector<unsigned> out;
  for (const char* p = text.c_str(); *p;) {
    unsigned c = 0;
    p += ImTextCharFromUtf8(&c, p, nullptr);
    out.push_back(c);
  }
  return out;
}

bool inRanges(const ImWchar* ranges, unsigned c) {
  for (; ranges[0]; ranges += 2)
    if (c >= ranges[0] && c <= ranges[1]) return true;
  return false;
}

std::vector<std::string> appTexts() {
  std::vector<std::string> texts = {"ᵗ v̂ ḡ ᵀ ⪰ ∇ β ← √ ⊙ − ²"};  // the ones reported missing, and more
  for (const auto& info : optim::optimizerInfos()) {
    texts.insert(texts.end(), {info.name, info.description, info.updateRule});
    for (const auto& param : info.params) texts.insert(texts.end(), {param.name, param.meaning});
  }
  for (const auto& entry : landscapes::catalog())
    texts.insert(texts.end(), {entry.name, entry.formula, entry.description});
  return texts;
}

class UiFont : public testing::Test {
 protected:
  void SetUp() override {
    if (!std::ifstream(gui::kUiFontPath).good()) GTEST_SKIP() << "no " << gui::kUiFontPath;
    ASSERT_TRUE(gui::loadUiFont(1.0f));
  }
  test::UiDriver ui{1280, 1400, false};
};

TEST_F(UiFont, EveryTextOfTheRegistryAndCatalogIsInTheAtlasAndTheFont) {
  const ImFont* font = ImGui::GetIO().Fonts->Fonts[0];
  for (const std::string& text : appTexts())
    for (unsigned c : codepointsOf(text)) {
      if (c == '\n') continue;
      EXPECT_TRUE(inRanges(gui::uiGlyphRanges(), c)) << std::hex << "U+" << c << " of \"" << text << "\"";
      EXPECT_NE(font->FindGlyphNoFallback(static_cast<ImWchar>(c)), nullptr)
          << std::hex << "U+" << c << " of \"" << text << "\" not in DejaVu Sans";
    }
}

TEST_F(UiFont, ThePanelsDrawNoMissingGlyphWhicheverOptimizerIsShown) {
  sim::Session session = sim::Session::fromScene(sim::defaultScene());
  ui::UiState state;
  ui.draw = [&] {
    ui::drawSidePanel(session, state);
    ui::drawLossPlot(session, state);
  };
  for (const auto& info : optim::optimizerInfos()) {
    session.runs.clear();
    session.addRun(info.name, optim::Vec2(-1, 1));
    session.advance(3);
    state.selectedRun = 0;
    ui.frame();
    ui.frame();
    const std::string text = ui.text();
    EXPECT_NE(text.find(info.updateRule.substr(0, 5)), std::string::npos) << info.name << ": " << text;
    for (const test::DrawnGlyph& glyph : test::drawnGlyphs(ImGui::GetDrawData()))
      EXPECT_NE(glyph.codepoint, 0xFFFDu) << info.name << ": a missing glyph in " << text;
  }
}

}  // namespace
}  // namespace lv
