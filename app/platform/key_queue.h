// Key presses as events, not as a state polled once a frame: a tap shorter than a frame (press and
// release between two polls) is otherwise lost, since ImGui 1.86 only sees which keys are down when
// the frame starts. GLFW's callbacks queue each press; the frame takes the queue.
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

 private:
  static void onKey(GLFWwindow* window, int key, int scancode, int action, int mods);
  static void onChar(GLFWwindow* window, unsigned codepoint);

  GLFWwindow* window_;
  void (*previousKey_)(GLFWwindow*, int, int, int, int) = nullptr;
  void (*previousChar_)(GLFWwindow*, unsigned) = nullptr;
  std::vector<KeyPress> presses_;
  std::vector<unsigned> characters_;
};

}  // namespace lv::platform
