// See gl_harness.h.
#include "tests/app/ui/gl_harness.h"

#include "app/gui/imgui_host.h"
#include "app/platform/gl_context.h"
#include "app/render/gl_check.h"

namespace lv::test {
namespace {

// Leaked on purpose: GL objects must not be destroyed after their context at exit.
struct GlHarness {
  explicit GlHarness(platform::GlContext c) : context(std::move(c)) {}
  platform::GlContext context;
  gui::ImGuiHost host{nullptr, 1.0f};
};

}  // namespace

bool haveGl(std::string* reason) {
  static std::string error;
  static GlHarness* harness = []() -> GlHarness* {
    auto context = platform::GlContext::create(platform::GlContextOptions::hidden(64, 64), &error);
    return context ? new GlHarness(std::move(*context)) : nullptr;
  }();
  if (!harness) {
    *reason = error;
    return false;
  }
  harness->context.makeCurrent();
  render::checkGlErrors("set-up");  // start each test from an empty error queue
  return true;
}

}  // namespace lv::test
