// See colormap_texture.h.
#include "app/render/colormap_texture.h"

#include "app/sim/colormap.h"

namespace lv::render {

GlTexture makeColormapTexture(std::string_view name) {
  const auto& table = sim::colormapTable(name);
  GlTexture texture = GlTexture::generate();
  glBindTexture(GL_TEXTURE_2D, texture.id());
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGB8, sim::kColormapSize, 1, 0, GL_RGB, GL_UNSIGNED_BYTE, table.data());
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
  glBindTexture(GL_TEXTURE_2D, 0);
  return texture;
}

}  // namespace lv::render
