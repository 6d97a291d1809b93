#include "landscapes/checksum.h"

namespace lv::landscapes {

std::uint64_t fnv1a64(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ull;
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ull;
  }
  return hash;
}

std::string fnv1a64Hex(std::string_view bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::uint64_t hash = fnv1a64(bytes);
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) hex[std::size_t(i)] = kDigits[hash & 15];
  return hex;
}

}  // namespace lv::landscapes
