// Writes RGBA8 pixels as a PNG file atomically (sim::writeFileAtomic: a unique temporary beside
// `path`, flushed, renamed), so a failure never leaves a partial image behind. No GL needed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lv::render {

/// `rgba` (width*height*4 bytes, top row first) encoded as a PNG file in memory into `png`. False
/// with `*error` when the buffer does not match the size or encoding fails.
bool encodePng(const std::vector<std::uint8_t>& rgba, int width, int height, std::string& png,
               std::string* error = nullptr);

/// `rgba` holds width*height*4 bytes, top row first. On failure returns false and sets `*error` to
/// one line naming the path and the reason (the errno text where there is one).
bool writePng(const std::string& path, const std::vector<std::uint8_t>& rgba, int width, int height,
              std::string* error = nullptr);

}  // namespace lv::render
