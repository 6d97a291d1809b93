// The GPU side of a data landscape's rows: the float texture t_data that the GLSL of
// landscapes::FiniteSum::glsl() reads with texelFetch (one value per texel, row-major values laid
// out line by line at whatever width fits the driver's texture size limit).
#pragma once

#include "app/render/gl_object.h"
#include "landscapes/data_table.h"

#include <cstddef>
#include <cstdint>

namespace lv::render {

/// A new R32F texture holding the values of `rows[0..count)` of `table` in that order (all rows
/// when `rows` is null and count = table.rows()), value k at texel (k mod W, k div W); no
/// filtering. Values beyond float range are clamped to ±FLT_MAX so that no infinity reaches the
/// GPU. Needs a context; leaves texture 0 bound. An empty selection yields a 1×1 texture of 0.
GlTexture makeDataTexture(const landscapes::DataTable& table, const std::uint32_t* rows, std::size_t count);

}  // namespace lv::render
