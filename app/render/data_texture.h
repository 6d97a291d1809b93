// The GPU side of a data landscape's rows: the float texture t_data that the GLSL of
// landscapes::FiniteSum::glsl() reads with texelFetch (one value per texel, row-major values laid
// out line by line at whatever width fits the driver's texture size limit).
#pragma once

#include "app/render/gl_object.h"
#include "app/render/gl_program.h"
#include "landscapes/data_table.h"

#include <cstddef>
#include <cstdint>

namespace lv::render {

/// A new R32F texture holding the values of `rows[0..count)` of `table` in that order (all rows
/// when `rows` is null and count = table.rows()), value k at texel (k mod W, k div W); no
/// filtering. Values beyond float range are clamped to ±FLT_MAX so that no infinity reaches the
/// GPU. Needs a context; leaves texture 0 bound. An empty selection yields a 1×1 texture of 0.
GlTexture makeDataTexture(const landscapes::DataTable& table, const std::uint32_t* rows, std::size_t count);

/// The rows a data landscape's GLSL averages, bound as it reads them: t_data on a texture unit
/// (kUnit unless the program uses that one), u_rows, and u_allRows (1 when every row is there in order: a
/// closed form may stand for the loop). Empty (binds nothing) until upload(). Every program that splices
/// FiniteSum::glsl() binds its rows through one of these.
class DataRows {
 public:
  static constexpr int kUnit = 1;  // unit 0 is the colormap's
  /// `rows[0..count)` of `table` (repeats count again), or every row in order when `rows` is null.
  void upload(const landscapes::DataTable& table, const std::uint32_t* rows, std::size_t count);
  void clear() { *this = DataRows(); }
  explicit operator bool() const { return static_cast<bool>(texture_); }
  /// Sets `program`'s t_data, u_rows and u_allRows (the program in use) and binds the texture to
  /// `unit`; no-op when empty. Leaves unit 0 active.
  void bind(const GlProgram& program, int unit = kUnit) const;
  /// Empties `unit` again and leaves unit 0 active.
  static void unbind(int unit = kUnit);

 private:
  GlTexture texture_;
  int rows_ = 0;
  bool allRows_ = false;
};

}  // namespace lv::render
