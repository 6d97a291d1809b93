// The passes whose shaders are all embedded files (no landscape spliced in): building their program,
// and the full-screen triangle (shaders/fullscreen.vert.glsl) that copies and overlays draw with.
#pragma once

#include "app/render/gl_object.h"
#include "app/render/gl_program.h"

#include <initializer_list>
#include <string_view>

namespace lv::render {

/// Links the program of embedded shaders/ files, each stage's files spliced in order. Embedded
/// shaders are tested, so a failure means a driver below GL 3.3 core: prints the driver's log
/// naming `what` on stderr, asserts, and returns the empty program.
GlProgram buildEmbeddedProgram(std::initializer_list<std::string_view> vertexFiles,
                               std::initializer_list<std::string_view> fragmentFiles, const char* what);

/// Draws the full-screen triangle with `program` (in use) into the current viewport, `texture`
/// bound to unit 0 as the sampler uniform `sampler`. `emptyVao`: any vertex array (the triangle
/// has no vertex buffer). Leaves texture, vertex array and program at 0.
void drawFullscreenTriangle(const GlProgram& program, const GlVertexArray& emptyVao, GLuint texture,
                            const char* sampler);

}  // namespace lv::render
