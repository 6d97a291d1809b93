// The GLSL sources of shaders/*.glsl, embedded at build time, and the assembler that prepends the
// #version line and splices pieces (e.g. a landscape's `float f(vec2 p)`) together.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace lv::render {

/// One embedded file: its name (e.g. "surface.frag.glsl") and text (no #version line).
struct EmbeddedShader {
  const char* name;
  const char* source;
};

/// Every file of shaders/, in build order (generated code).
const std::vector<EmbeddedShader>& embeddedShaders();

/// The text of the embedded file `name`. Asserts (and returns "") when there is no such file.
std::string_view shaderText(std::string_view name);

/// "#version 330 core\n" followed by `pieces`, each on its own lines, in order.
std::string assembleShader(std::initializer_list<std::string_view> pieces);

}  // namespace lv::render
