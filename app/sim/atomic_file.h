// Writing files whole or not at all: write a temporary file beside the target, then rename.
#pragma once

#include <string>

namespace lv::sim {

/// Writes `bytes` to `path` atomically. On failure nothing is left behind and `*error` names the
/// path and the reason.
bool writeFileAtomic(const std::string& path, const std::string& bytes, std::string* error);

/// Reads a whole file of at most `maxBytes`; errors name the path.
bool readFile(const std::string& path, size_t maxBytes, std::string& bytes, std::string* error);

}  // namespace lv::sim
