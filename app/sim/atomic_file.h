// Writing files whole or not at all: write a temporary file beside the target, then rename.
#pragma once

#include <string>

namespace lv::sim {

/// Writes `bytes` to `path` atomically: a temporary file in the same folder, flushed to disk, then
/// renamed over `path`. On failure (missing or read-only folder, `path` is a folder, disk full)
/// returns false, leaves `path` as it was and no temporary file behind, and `*error` is one line
/// naming the path and the reason.
bool writeFileAtomic(const std::string& path, const std::string& bytes, std::string* error);

/// Reads a whole regular file of at most `maxBytes`. Errors are one line naming the path (and, for
/// a file that is too large, its size and the limit).
bool readFile(const std::string& path, size_t maxBytes, std::string& bytes, std::string* error);

}  // namespace lv::sim
