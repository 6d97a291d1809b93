// The surface's value range is estimated headlessly in app/sim/value_range.h, so the GL surface and
// vector export colour by one definition; the renderer keeps its old names for it.
#pragma once

#include "app/sim/value_range.h"

namespace lv::render {

using sim::estimateValueRange;
using sim::ValueRange;

}  // namespace lv::render
