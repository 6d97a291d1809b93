// GL error checking: drains glGetError so tests and debug builds can assert a clean state.
#pragma once

#include <string>

namespace lv::render {

/// Drains the GL error queue. Returns true when it was empty; otherwise false, and `*error` (if
/// given) names `where` and every error seen, e.g. "after surface: GL_INVALID_OPERATION".
bool checkGlErrors(const char* where, std::string* error = nullptr);

}  // namespace lv::render
