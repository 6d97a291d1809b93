// Drives ImGui panels headlessly as a person would: frames with the mouse and keyboard set, text
// found on screen by decoding the glyph quads of the frame's draw data (so a test clicks the label
// it sees, not an address it knows). No GL: the font atlas is built on the CPU only.
#pragma once

#include <imgui.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lv::test {

/// One glyph drawn in a frame: its code point, its quad's top-left corner and the pen position it
/// was drawn at (screen pixels), and the pen's advance.
struct DrawnGlyph {
  unsigned codepoint;
  ImVec2 at, pen;
  float advance;
};

/// Every glyph quad in `drawData`, in draw order, recognised by its texture rectangle in the fonts
/// of the current atlas.
std::vector<DrawnGlyph> drawnGlyphs(const ImDrawData* drawData);
/// The drawn glyphs as UTF-8 text, a space wherever the pen jumped (spaces draw nothing).
std::string drawnText(const ImDrawData* drawData);

class UiDriver {
 public:
  /// A fresh ImGui context of `width` × `height` with ImGui's default font (or none: the caller
  /// builds the atlas) and no ini file. Destroyed with the driver.
  UiDriver(float width, float height, bool defaultFont = true);
  ~UiDriver();
  UiDriver(const UiDriver&) = delete;
  UiDriver& operator=(const UiDriver&) = delete;

  /// What each frame draws (between NewFrame and Render).
  std::function<void()> draw;

  /// One frame of `seconds` with the current mouse and keys.
  void frame(float seconds = 1.0f / 60.0f);
  /// Frames until `seconds` have passed.
  void wait(float seconds);
  void moveTo(ImVec2 at);
  void click(ImVec2 at, bool ctrl = false);
  /// Press at `from`, move in `steps` frames to `to`, release.
  void drag(ImVec2 from, ImVec2 to, int steps = 10);
  /// Types UTF-8 `text` into the focused field, one character a frame.
  void type(const std::string& text);
  /// Presses and releases ImGuiKey_* `key` (mapped to itself in io.KeyMap), with Ctrl held if asked.
  void press(int imguiKey, bool ctrl = false);

  /// Where the `nth` (0-based) occurrence of the words `label` starts on screen in the last
  /// frame; nullopt when it is not there.
  std::optional<ImVec2> find(const std::string& label, int nth = 0) const;
  /// find(), with a test failure that quotes what is on screen when `label` is not there.
  std::optional<ImVec2> expectOnScreen(const std::string& label, int nth = 0) const;
  /// Clicks `offset` from where the words `label` start (see expectOnScreen; no click without them).
  void clickLabel(const std::string& label, int nth = 0, ImVec2 offset = ImVec2(2, 4));
  /// Makes each frame draw `section` in a window titled `title` of `size` at the origin.
  void showInWindow(const char* title, ImVec2 size, std::function<void()> section);

  /// How many times `label` was drawn in the last frame.
  int count(const std::string& label) const;
  std::string text() const { return drawnText(ImGui::GetDrawData()); }

 private:
  ImGuiContext* context_;
};

}  // namespace lv::test
