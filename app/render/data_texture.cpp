// See data_texture.h.
#include "app/render/data_texture.h"

#include <algorithm>
#include <cfloat>
#include <vector>

namespace lv::render {

GlTexture makeDataTexture(const landscapes::DataTable& table, const std::uint32_t* rows, std::size_t count) {
  const std::size_t columns = table.columns.size();
  std::vector<float> texels;
  texels.reserve(count * columns);
  for (std::size_t i = 0; i < count; ++i) {
    const double* row = table.row(rows ? rows[i] : i);
    for (std::size_t c = 0; c < columns; ++c)
      texels.push_back(static_cast<float>(std::clamp(row[c], -double(FLT_MAX), double(FLT_MAX))));
  }
  GLint maxSide = 0;
  glGetIntegerv(GL_MAX_TEXTURE_SIZE, &maxSide);
  const std::size_t total = std::max<std::size_t>(texels.size(), 1);
  const std::size_t width = std::min<std::size_t>(total, std::size_t(std::max(maxSide, 1024)));
  const std::size_t height = (total + width - 1) / width;
  texels.resize(width * height, 0.0f);  // the last line's tail, never read
  GlTexture texture = GlTexture::generate();
  glBindTexture(GL_TEXTURE_2D, texture.id());
  glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_R32F, GLsizei(width), GLsizei(height), 0, GL_RED, GL_FLOAT,
               texels.data());
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
  glBindTexture(GL_TEXTURE_2D, 0);
  return texture;
}

void DataRows::upload(const landscapes::DataTable& table, const std::uint32_t* rows, std::size_t count) {
  texture_ = makeDataTexture(table, rows, rows ? count : table.rows());
  rows_ = int(rows ? count : table.rows());
  allRows_ = !rows;
}

void DataRows::bind(const GlProgram& program, int unit) const {
  if (!texture_) return;
  glActiveTexture(GL_TEXTURE0 + unit);
  glBindTexture(GL_TEXTURE_2D, texture_.id());
  glActiveTexture(GL_TEXTURE0);
  glUniform1i(program.uniform("t_data"), unit);
  glUniform1i(program.uniform("u_rows"), rows_);
  glUniform1i(program.uniform("u_allRows"), allRows_ ? 1 : 0);
}

void DataRows::unbind(int unit) {
  glActiveTexture(GL_TEXTURE0 + unit);
  glBindTexture(GL_TEXTURE_2D, 0);
  glActiveTexture(GL_TEXTURE0);
}

}  // namespace lv::render
