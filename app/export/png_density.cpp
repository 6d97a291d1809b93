// See png_density.h.
#include "app/export/png_density.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <utility>

namespace lv::exports {
namespace {

constexpr char kSignature[] = "\x89PNG\r\n\x1a\n";
constexpr std::size_t kSignatureSize = 8;
constexpr std::size_t kIhdrChunkSize = 4 + 4 + 13 + 4;  // length, type, data, CRC

// CRC-32 of PNG (ISO 3309, reflected polynomial 0xEDB88320), over the chunk's type and data.
std::uint32_t crc32(const std::string& bytes) {
  static const std::array<std::uint32_t, 256> table = [] {
    std::array<std::uint32_t, 256> t{};
    for (std::uint32_t n = 0; n < 256; ++n) {
      std::uint32_t c = n;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
      t[n] = c;
    }
    return t;
  }();
  std::uint32_t c = 0xFFFFFFFFu;
  for (unsigned char b : bytes) c = table[(c ^ b) & 0xFF] ^ (c >> 8);
  return c ^ 0xFFFFFFFFu;
}

void appendBigEndian(std::string& out, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<char>((v >> shift) & 0xFF));
}

std::uint32_t readBigEndian(const std::string& in, std::size_t at) {
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < 4; ++i) v = v << 8 | static_cast<unsigned char>(in[at + i]);
  return v;
}

}  // namespace

bool setPngDensity(std::string& png, double dpi) {
  if (!(dpi > 0 && dpi <= 1e6) || png.size() < kSignatureSize + kIhdrChunkSize ||
      png.compare(0, kSignatureSize, kSignature, kSignatureSize) != 0 || png.compare(12, 4, "IHDR") != 0)
    return false;
  const std::uint32_t perMetre = static_cast<std::uint32_t>(std::lround(dpi / 0.0254));
  std::string body = "pHYs";
  appendBigEndian(body, perMetre);
  appendBigEndian(body, perMetre);
  body.push_back('\x01');  // unit: the metre
  std::string chunk;
  appendBigEndian(chunk, 9);
  chunk += body;
  appendBigEndian(chunk, crc32(body));
  // Drop an existing pHYs (it must come before IDAT, so look only that far).
  std::string result = png.substr(0, kSignatureSize + kIhdrChunkSize) + chunk;
  for (std::size_t at = kSignatureSize + kIhdrChunkSize; at + 12 <= png.size();) {
    const std::size_t total = 12 + static_cast<std::size_t>(readBigEndian(png, at));
    if (at + total > png.size()) return false;
    if (png.compare(at + 4, 4, "pHYs") != 0) result.append(png, at, total);
    at += total;
  }
  png = std::move(result);
  return true;
}

}  // namespace lv::exports
