// See gl_check.h.
#include "app/render/gl_check.h"

#include <epoxy/gl.h>

namespace lv::render {
namespace {

const char* errorName(GLenum code) {
  switch (code) {
    case GL_INVALID_ENUM:
      return "GL_INVALID_ENUM";
    case GL_INVALID_VALUE:
      return "GL_INVALID_VALUE";
    case GL_INVALID_OPERATION:
      return "GL_INVALID_OPERATION";
    case GL_INVALID_FRAMEBUFFER_OPERATION:
      return "GL_INVALID_FRAMEBUFFER_OPERATION";
    case GL_OUT_OF_MEMORY:
      return "GL_OUT_OF_MEMORY";
    default:
      return "GL error";
  }
}

}  // namespace

bool checkGlErrors(const char* where, std::string* error) {
  std::string seen;
  // Bounded: a lost context can report errors forever.
  for (int i = 0; i < 32; ++i) {
    GLenum code = glGetError();
    if (code == GL_NO_ERROR) break;
    seen += seen.empty() ? "" : ", ";
    seen += errorName(code);
  }
  if (seen.empty()) return true;
  if (error) *error = std::string("after ") + where + ": " + seen;
  return false;
}

}  // namespace lv::render
