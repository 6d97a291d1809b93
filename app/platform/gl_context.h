// A GLFW window owning an OpenGL 3.3 core (forward-compatible) context: visible for the app,
// hidden for headless rendering and tests. Creation never crashes without a display; it reports why.
#pragma once

#include <optional>
#include <string>

struct GLFWwindow;

namespace lv::platform {

struct GlContextOptions {
  int width = 1280;  ///< window size in screen coordinates (framebuffer may be larger on HiDPI)
  int height = 800;
  bool visible = true;  ///< false: hidden window, for offscreen rendering and tests
  std::string title = "lossviz";
  bool vsync = true;

  /// A hidden `width` × `height` window without vsync: offscreen rendering, headless verbs, tests.
  static GlContextOptions hidden(int width, int height) {
    GlContextOptions options;
    options.width = width;
    options.height = height;
    options.visible = false;
    options.vsync = false;
    return options;
  }
};

/// RAII: the window, its context, and a share of glfwInit (GLFW is terminated with the last one).
/// Move-only. After create() the context is current on the calling thread.
class GlContext {
 public:
  /// Opens the window and makes its context current. On failure returns nullopt and sets `*error`
  /// to one line, e.g. "no display: cannot open a window (is DISPLAY set? try xvfb-run)".
  static std::optional<GlContext> create(const GlContextOptions& options, std::string* error = nullptr);

  GlContext(GlContext&& other) noexcept;
  GlContext& operator=(GlContext&& other) noexcept;
  GlContext(const GlContext&) = delete;
  GlContext& operator=(const GlContext&) = delete;
  ~GlContext();

  GLFWwindow* window() const { return window_; }
  void makeCurrent() const;
  /// Framebuffer size in pixels.
  void framebufferSize(int* width, int* height) const;
  /// "4.5 (Core Profile) Mesa 23.x" etc., for logs.
  std::string versionString() const;

 private:
  explicit GlContext(GLFWwindow* window) : window_(window) {}
  void release();
  GLFWwindow* window_ = nullptr;
};

}  // namespace lv::platform
