// The checksum a scene stores beside a data file's path, so that opening the scene notices when the
// file has changed: 64-bit FNV-1a (Fowler, Noll & Vo; IETF draft-eastlake-fnv) of the file's bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace lv::landscapes {

/// FNV-1a 64 of `bytes`: offset basis 0xcbf29ce484222325, prime 0x100000001b3.
std::uint64_t fnv1a64(std::string_view bytes);

/// fnv1a64 as 16 lowercase hexadecimal digits, e.g. "cbf29ce484222325" for no bytes.
std::string fnv1a64Hex(std::string_view bytes);

}  // namespace lv::landscapes
