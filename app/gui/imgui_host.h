// An ImGui context with the OpenGL3 renderer (and, for a visible window, the GLFW platform backend)
// bound to the current GL context; RAII so every exit path shuts the backends down in order.
#pragma once

struct GLFWwindow;

namespace lv::gui {

class ImGuiHost {
 public:
  /// `window` null: no platform backend (offscreen rendering sets DisplaySize itself).
  ImGuiHost(GLFWwindow* window, float uiScale);
  ~ImGuiHost();
  ImGuiHost(const ImGuiHost&) = delete;
  ImGuiHost& operator=(const ImGuiHost&) = delete;

 private:
  bool platform_ = false;
};

}  // namespace lv::gui
