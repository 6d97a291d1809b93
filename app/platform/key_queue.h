// Key presses as events, not as a state polled once a frame: a tap shorter than a frame (press and
// release between two polls) is otherwise lost, since ImGui 1.86 only sees which keys are down when
// the frame starts. GLFW's callbacks queue each press; the frame takes the queue. ImGui's own widgets
// (Tab or Ctrl+A in a text field) poll key state, so the release of a key pressed since the last
// frame is held back from ImGui until that frame is done: ImGui sees every tap down for one frame.
#pragma once

#include <vector>

struct GLFWwindow;

namespace lv::platform {

struct KeyPress {
  int key;      ///< GLFW_KEY_*
  int mods;     ///< GLFW_MOD_* bits
  bool repeat;  ///< a key held down repeating (GLFW_REPEAT)
};

/// Queues the key presses (and repeats) and characters of one window. Installs its callbacks over
/// the ones set before (ImGui's GLFW backend), which it calls first, and puts those back when
/// destroyed. Uses the window's user pointer. Not copyable or movable (GLFW holds its address).
class KeyQueue {
 public:
  explicit KeyQueue(GLFWwindow* window);
  ~KeyQueue();
  KeyQueue(const KeyQueue&) = delete;
  KeyQueue& operator=(const KeyQueue&) = delete;

  /// The presses since the last call, oldest first.
  std::vector<KeyPress> takePresses();
  /// Nothing queued.
  bool empty() const { return presses_.empty() && characters_.empty(); }
  /// The characters typed since the last call (Unicode code points), oldest first.
  std::vector<unsigned> takeCharacters();
  /// Called when a frame is done: passes on the releases held back from ImGui during it.
  void frameDone();

 private:
  static void onKey(GLFWwindow* window, int key, int scancode, int action, int mods);
  static void onChar(GLFWwindow* window, unsigned codepoint);

  GLFWwindow* window_;
  void (*previousKey_)(GLFWwindow*, int, int, int, int) = nullptr;
  void (*previousChar_)(GLFWwindow*, unsigned) = nullptr;
  struct Release {
    int key, scancode, mods;
  };

  std::vector<KeyPress> presses_;
  std::vector<unsigned> characters_;
  std::vector<int> pressedInFrame_;  // keys pressed since the last frameDone
  std::vector<Release> heldBack_;    // their releases, not yet passed to ImGui
};

}  // namespace lv::platform
