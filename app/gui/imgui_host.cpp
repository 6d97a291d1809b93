#include "app/gui/imgui_host.h"

#include "app/gui/ui_scale.h"

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

namespace lv::gui {

ImGuiHost::ImGuiHost(GLFWwindow* window, float uiScale) : platform_(window != nullptr) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  if (platform_) ImGui_ImplGlfw_InitForOpenGL(window, true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  applyUiScale(uiScale);
}

ImGuiHost::~ImGuiHost() {
  ImGui_ImplOpenGL3_Shutdown();
  if (platform_) ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
}

}  // namespace lv::gui
