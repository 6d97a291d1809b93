// Records a PNG's pixel density: a pHYs chunk (pixels per metre, PNG 1.2 §4.2.4.3) inserted right
// after IHDR, so slides and papers place the picture at its intended physical size.
#pragma once

#include <string>

namespace lv::exports {

/// `png` (a whole PNG file in memory) with a pHYs chunk of `dpi` dots per inch on both axes, any
/// existing pHYs replaced. Returns false and leaves `png` alone when it is not a PNG that starts
/// with IHDR or `dpi` is not in (0, 1e6].
bool setPngDensity(std::string& png, double dpi);

}  // namespace lv::exports
