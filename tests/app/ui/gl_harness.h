// One hidden GL context with ImGui (OpenGL3 backend) per test binary, made on first use, for the
// in-process composition tests.
#pragma once

#include <string>

namespace lv::test {

/// Makes the harness's context current (creating it on first use); false with the reason when
/// there is no display or no GL 3.3.
bool haveGl(std::string* reason);

}  // namespace lv::test

#define LV_REQUIRE_GL()                                           \
  do {                                                            \
    std::string lvReason;                                         \
    if (!::lv::test::haveGl(&lvReason)) GTEST_SKIP() << lvReason; \
  } while (false)
