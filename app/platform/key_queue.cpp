// See key_queue.h.
#include "app/platform/key_queue.h"

#include <GLFW/glfw3.h>

#include <utility>

namespace lv::platform {

KeyQueue::KeyQueue(GLFWwindow* window) : window_(window) {
  glfwSetWindowUserPointer(window_, this);
  previousKey_ = glfwSetKeyCallback(window_, onKey);
  previousChar_ = glfwSetCharCallback(window_, onChar);
}

KeyQueue::~KeyQueue() {
  glfwSetKeyCallback(window_, previousKey_);
  glfwSetCharCallback(window_, previousChar_);
  glfwSetWindowUserPointer(window_, nullptr);
}

std::vector<KeyPress> KeyQueue::takePresses() { return std::exchange(presses_, {}); }

std::vector<unsigned> KeyQueue::takeCharacters() { return std::exchange(characters_, {}); }

void KeyQueue::onKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
  auto* queue = static_cast<KeyQueue*>(glfwGetWindowUserPointer(window));
  if (!queue) return;
  if (queue->previousKey_) queue->previousKey_(window, key, scancode, action, mods);
  if (action == GLFW_PRESS || action == GLFW_REPEAT)
    queue->presses_.push_back({key, mods, action == GLFW_REPEAT});
}

void KeyQueue::onChar(GLFWwindow* window, unsigned codepoint) {
  auto* queue = static_cast<KeyQueue*>(glfwGetWindowUserPointer(window));
  if (!queue) return;
  if (queue->previousChar_) queue->previousChar_(window, codepoint);
  queue->characters_.push_back(codepoint);
}

}  // namespace lv::platform
