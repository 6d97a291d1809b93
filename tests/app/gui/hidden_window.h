// The live window without showing it: a hidden GLFW window with its GL context, the ImGui host and
// the window loop, for tests that drive gui::windowFrame under Xvfb.
#pragma once

#include "app/gui/imgui_host.h"
#include "app/gui/window_loop.h"
#include "app/platform/gl_context.h"

#include <optional>
#include <string>

namespace lv::test {

struct HiddenWindow {
  /// Opens a `width` × `height` hidden window without vsync; false with the reason (no display, no
  /// GL 3.3) in `*error`.
  bool open(int width, int height, std::string* error) {
    context = platform::GlContext::create(platform::GlContextOptions::hidden(width, height), error);
    if (!context) return false;
    host.emplace(context->window(), 1.0f);
    loop.emplace(context->window());
    return true;
  }
  /// The loop, the ImGui host and the context, in the order their contracts require.
  void close() {
    loop.reset();
    host.reset();
    context.reset();
  }

  std::optional<platform::GlContext> context;
  std::optional<gui::ImGuiHost> host;
  std::optional<gui::WindowLoop> loop;
};

}  // namespace lv::test
