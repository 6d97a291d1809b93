// See key_queue.h.
#include "app/platform/key_queue.h"

#include <GLFW/glfw3.h>

#include <algorithm>
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

void KeyQueue::frameDone() {
  pressedInFrame_.clear();
  for (const Release& release : std::exchange(heldBack_, {}))
    if (previousKey_) previousKey_(window_, release.key, release.scancode, GLFW_RELEASE, release.mods);
}

void KeyQueue::onKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
  auto* queue = static_cast<KeyQueue*>(glfwGetWindowUserPointer(window));
  if (!queue) return;
  auto& pressed = queue->pressedInFrame_;
  if (action == GLFW_RELEASE && std::find(pressed.begin(), pressed.end(), key) != pressed.end()) {
    queue->heldBack_.push_back({key, scancode, mods});
    return;
  }
  if (queue->previousKey_) queue->previousKey_(window, key, scancode, action, mods);
  if (action == GLFW_PRESS) pressed.push_back(key);
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
