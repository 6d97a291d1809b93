// GLFW window + GL context creation; see gl_context.h.
#include "app/platform/gl_context.h"

#include <epoxy/gl.h>
// epoxy must come before GLFW (it replaces GL/gl.h)
#include <GLFW/glfw3.h>

#include <utility>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace lv::platform {
namespace {

int liveContexts = 0;       // glfwInit is shared; terminate with the last window
std::string lastGlfwError;  // filled by the error callback during create()

void onGlfwError(int code, const char* description) {
  lastGlfwError = "GLFW error " + std::to_string(code) + ": " + (description ? description : "?");
}

// Mesa's software rasterizer (llvmpipe: CI, and machines without a GPU) mallocs megabytes while it
// draws a frame of the 3D view and frees them when the frame is done. glibc hands a freed heap top
// back to the system once it passes 128 KiB, so every frame faulted those pages in again, zeroed: in
// `perf`, about 9 ms of each 40 ms orbit frame were page faults under Mesa's draw calls (20 ms now).
// Keep up to 64 MiB of freed heap. Any mallopt switches off glibc's adaptive large-allocation
// threshold, so it is fixed where that rule would take it (32 MiB).
void keepFreedHeap() {
#ifdef __GLIBC__
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
#endif
}

void setError(std::string* error, std::string message) {
  if (error) *error = std::move(message);
}

}  // namespace

std::optional<GlContext> GlContext::create(const GlContextOptions& options, std::string* error) {
  keepFreedHeap();
  glfwSetErrorCallback(onGlfwError);
  lastGlfwError.clear();
  if (liveContexts == 0 && !glfwInit()) {
    setError(error, "no display: cannot open a window (is DISPLAY set? try xvfb-run)" +
                        (lastGlfwError.empty() ? std::string() : " [" + lastGlfwError + "]"));
    return std::nullopt;
  }
  glfwDefaultWindowHints();
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_VISIBLE, options.visible ? GLFW_TRUE : GLFW_FALSE);
  GLFWwindow* window =
      glfwCreateWindow(options.width, options.height, options.title.c_str(), nullptr, nullptr);
  if (!window) {
    if (liveContexts == 0) glfwTerminate();
    setError(error, "cannot create an OpenGL 3.3 core context" +
                        (lastGlfwError.empty() ? std::string() : " [" + lastGlfwError + "]"));
    return std::nullopt;
  }
  ++liveContexts;
  glfwMakeContextCurrent(window);
  glfwSwapInterval(options.vsync ? 1 : 0);
  return GlContext(window);
}

GlContext::GlContext(GlContext&& other) noexcept : window_(std::exchange(other.window_, nullptr)) {}

GlContext& GlContext::operator=(GlContext&& other) noexcept {
  if (this != &other) {
    release();
    window_ = std::exchange(other.window_, nullptr);
  }
  return *this;
}

GlContext::~GlContext() { release(); }

void GlContext::release() {
  if (!window_) return;
  glfwDestroyWindow(window_);
  window_ = nullptr;
  if (--liveContexts == 0) glfwTerminate();
}

void GlContext::makeCurrent() const { glfwMakeContextCurrent(window_); }

void GlContext::framebufferSize(int* width, int* height) const {
  glfwGetFramebufferSize(window_, width, height);
}

std::string GlContext::versionString() const {
  const auto* version = reinterpret_cast<const char*>(glGetString(GL_VERSION));
  const auto* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
  return std::string(version ? version : "?") + " / " + (renderer ? renderer : "?");
}

}  // namespace lv::platform
