// See map_overlay_pass.h.
#include "app/render/map_overlay_pass.h"

#include "app/render/embedded_program.h"
#include "app/render/shader_library.h"

#include <cassert>
#include <cstdio>

namespace lv::render {

MapOverlayPass::MapOverlayPass() : vao_(GlVertexArray::generate()) {
  std::string error;
  program_ =
      GlProgram::build({assembleShader({shaderText("fullscreen.vert.glsl")}),
                        assembleShader({shaderText("view.glsl"), shaderText("map_overlay.frag.glsl")}), ""},
                       &error);
  // Embedded shaders are tested; a failure here means a driver below GL 3.3 core.
  if (!program_) std::fprintf(stderr, "lossviz: map overlay shader: %s\n", error.c_str());
  assert(program_ && "embedded map overlay shader must compile");
}

void MapOverlayPass::upload(const std::vector<std::uint8_t>& rgba, int width, int height) {
  if (width <= 0 || height <= 0 || rgba.size() < static_cast<size_t>(width) * height * 4) return;
  if (!texture_) texture_ = GlTexture::generate();
  glBindTexture(GL_TEXTURE_2D, texture_.id());
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba.data());
  // Nearest: a map pixel is one optimizer run; blurring would invent runs between them.
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glBindTexture(GL_TEXTURE_2D, 0);
  ++revision_;
}

void MapOverlayPass::place(const View& world, float opacity, bool visible) {
  const bool same = world == world_ && opacity == opacity_ && visible == visible_;
  if (same) return;
  world_ = world;
  opacity_ = opacity;
  visible_ = visible;
  ++revision_;
}

void MapOverlayPass::draw(const View& view, const Viewport& viewport) const {
  if (!visible_ || opacity_ <= 0 || !texture_ || !program_ || viewport.width <= 0 || viewport.height <= 0)
    return;
  const GLboolean blending = glIsEnabled(GL_BLEND);
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ZERO, GL_ONE);
  glViewport(viewport.x, viewport.y, viewport.width, viewport.height);
  program_.use();
  glUniform2f(program_.uniform("u_viewMin"), float(view.xmin), float(view.ymin));
  glUniform2f(program_.uniform("u_pixelSize"), float((view.xmax - view.xmin) / viewport.width),
              float((view.ymax - view.ymin) / viewport.height));
  glUniform2f(program_.uniform("u_viewportOrigin"), float(viewport.x), float(viewport.y));
  glUniform4f(program_.uniform("u_mapRect"), float(world_.xmin), float(world_.ymin), float(world_.xmax),
              float(world_.ymax));
  glUniform1f(program_.uniform("u_opacity"), opacity_);
  drawFullscreenTriangle(program_, vao_, texture_.id(), "t_map");
  if (!blending) glDisable(GL_BLEND);
}

}  // namespace lv::render
