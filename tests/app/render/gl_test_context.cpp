// See gl_test_context.h.
#include "tests/app/render/gl_test_context.h"

#include "app/platform/gl_context.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <optional>

namespace lv::render::test {

bool glContext(std::string* reason) {
  static std::string error;
  // Intentionally leaked: destroying GL objects after the context during static destruction would
  // crash, and the process ends right after the tests anyway.
  static auto* context = [] {
    auto created = platform::GlContext::create(platform::GlContextOptions::hidden(640, 480), &error);
    return created ? new platform::GlContext(std::move(*created)) : nullptr;
  }();
  if (!context) {
    if (reason) *reason = error;
    return false;
  }
  context->makeCurrent();
  return true;
}

std::array<int, 3> pixelAt(const std::vector<std::uint8_t>& rgba, int width, int x, int y) {
  const std::size_t i = (std::size_t(y) * std::size_t(width) + std::size_t(x)) * 4;
  return {rgba[i], rgba[i + 1], rgba[i + 2]};
}

int channelDistance(const std::array<int, 3>& rgb, const std::array<float, 3>& expected) {
  int worst = 0;
  for (int c = 0; c < 3; ++c) {
    worst = std::max(worst, std::abs(rgb[std::size_t(c)] - int(std::lround(expected[std::size_t(c)] * 255))));
  }
  return worst;
}

}  // namespace lv::render::test
