// See shader_library.h.
#include "app/render/shader_library.h"

#include <cassert>

namespace lv::render {

std::string_view shaderText(std::string_view name) {
  for (const EmbeddedShader& shader : embeddedShaders()) {
    if (name == shader.name) return shader.source;
  }
  assert(false && "no such embedded shader");
  return {};
}

std::string assembleShader(std::initializer_list<std::string_view> pieces) {
  std::string source = "#version 330 core\n";
  for (std::string_view piece : pieces) {
    source += piece;
    source += '\n';
  }
  return source;
}

}  // namespace lv::render
