// See ui_driver.h.
#include "tests/app/gui/ui_driver.h"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <utility>

namespace lv::test {
namespace {

void appendUtf8(std::string& out, unsigned c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

/// Glyphs as text with a space wherever the pen jumped (a space or a new line: spaces draw nothing);
/// `glyphAtByte` (if given) maps each byte to the index of its glyph, or to the next glyph for a space.
std::string textOf(const std::vector<DrawnGlyph>& glyphs, std::vector<size_t>* glyphAtByte) {
  std::string text;
  for (size_t g = 0; g < glyphs.size(); ++g) {
    if (g > 0) {
      const DrawnGlyph& prev = glyphs[g - 1];
      const bool sameLine = std::abs(glyphs[g].pen.y - prev.pen.y) < 1;
      if (!sameLine || std::abs(glyphs[g].pen.x - (prev.pen.x + prev.advance)) > 1) text += ' ';
    }
    appendUtf8(text, glyphs[g].codepoint);
    if (glyphAtByte) glyphAtByte->resize(text.size(), g);
  }
  return text;
}

}  // namespace

std::vector<DrawnGlyph> drawnGlyphs(const ImDrawData* drawData) {
  std::vector<DrawnGlyph> glyphs;
  if (!drawData) return glyphs;
  // A glyph quad's first vertex has the glyph's (U0, V0) and its third (U1, V1).
  std::map<std::pair<float, float>, const ImFontGlyph*> byCorner;
  for (const ImFont* font : ImGui::GetIO().Fonts->Fonts)
    for (const ImFontGlyph& glyph : font->Glyphs)
      if (glyph.Visible) byCorner[{glyph.U0, glyph.V0}] = &glyph;
  for (int l = 0; l < drawData->CmdListsCount; ++l) {
    const ImVector<ImDrawVert>& vertices = drawData->CmdLists[l]->VtxBuffer;
    for (int i = 0; i + 2 < vertices.Size; ++i) {
      auto found = byCorner.find({vertices[i].uv.x, vertices[i].uv.y});
      if (found == byCorner.end()) continue;
      const ImFontGlyph& glyph = *found->second;
      if (vertices[i + 2].uv.x != glyph.U1 || vertices[i + 2].uv.y != glyph.V1) continue;
      const ImVec2 pen(vertices[i].pos.x - glyph.X0, vertices[i].pos.y - glyph.Y0);
      glyphs.push_back({glyph.Codepoint, vertices[i].pos, pen, glyph.AdvanceX});
      i += 3;
    }
  }
  return glyphs;
}

std::string drawnText(const ImDrawData* drawData) { return textOf(drawnGlyphs(drawData), nullptr); }

UiDriver::UiDriver(float width, float height, bool defaultFont) : context_(ImGui::CreateContext()) {
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(width, height);
  for (int key = 0; key < ImGuiKey_COUNT; ++key) io.KeyMap[key] = key;
  if (defaultFont) {
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  }
}

UiDriver::~UiDriver() { ImGui::DestroyContext(context_); }

void UiDriver::frame(float seconds) {
  ImGui::GetIO().DeltaTime = seconds;
  ImGui::NewFrame();
  if (draw) draw();
  ImGui::Render();
}

void UiDriver::wait(float seconds) {
  for (float t = 0; t < seconds; t += 0.05f) frame(0.05f);
}

void UiDriver::moveTo(ImVec2 at) {
  ImGui::GetIO().MousePos = at;
  frame();
}

void UiDriver::click(ImVec2 at, bool ctrl) {
  ImGuiIO& io = ImGui::GetIO();
  io.KeyCtrl = ctrl;
  moveTo(at);
  io.MouseDown[0] = true;
  frame();
  io.MouseDown[0] = false;
  frame();
  io.KeyCtrl = false;
  frame();
}

void UiDriver::drag(ImVec2 from, ImVec2 to, int steps) {
  ImGuiIO& io = ImGui::GetIO();
  moveTo(from);
  io.MouseDown[0] = true;
  frame();
  for (int i = 1; i <= steps; ++i)
    moveTo(ImVec2(from.x + (to.x - from.x) * i / steps, from.y + (to.y - from.y) * i / steps));
  io.MouseDown[0] = false;
  frame();
}

void UiDriver::type(const std::string& text) {
  ImGuiIO& io = ImGui::GetIO();
  for (char c : text) {
    io.AddInputCharactersUTF8(std::string(1, c).c_str());
    frame();
  }
}

void UiDriver::press(int imguiKey, bool ctrl) {
  ImGuiIO& io = ImGui::GetIO();
  io.KeyCtrl = ctrl;
  io.KeysDown[imguiKey] = true;
  frame();
  io.KeysDown[imguiKey] = false;
  io.KeyCtrl = false;
  frame();
}

std::optional<ImVec2> UiDriver::find(const std::string& label, int nth) const {
  const std::vector<DrawnGlyph> glyphs = drawnGlyphs(ImGui::GetDrawData());
  std::vector<size_t> glyphAtByte;
  const std::string text = " " + textOf(glyphs, &glyphAtByte) + " ";
  glyphAtByte.insert(glyphAtByte.begin(), 0);
  // Whole words only: "lr" is not the end of "all" and the start of "runs".
  const std::string needle = " " + label + " ";
  size_t at = text.find(needle);
  for (int i = 0; i < nth && at != std::string::npos; ++i) at = text.find(needle, at + 1);
  if (at == std::string::npos || needle.empty()) return std::nullopt;
  return glyphs[glyphAtByte[at + 1]].at;
}

std::optional<ImVec2> UiDriver::expectOnScreen(const std::string& label, int nth) const {
  const auto at = find(label, nth);
  EXPECT_TRUE(at.has_value()) << "'" << label << "' not on screen: " << text();
  return at;
}

void UiDriver::clickLabel(const std::string& label, int nth, ImVec2 offset) {
  if (const auto at = expectOnScreen(label, nth)) click(ImVec2(at->x + offset.x, at->y + offset.y));
}

void UiDriver::showInWindow(const char* title, ImVec2 size, std::function<void()> section) {
  draw = [title, size, section = std::move(section)] {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(size);
    ImGui::Begin(title);
    section();
    ImGui::End();
  };
}

int UiDriver::count(const std::string& label) const {
  int n = 0;
  while (find(label, n)) ++n;
  return n;
}

}  // namespace lv::test
