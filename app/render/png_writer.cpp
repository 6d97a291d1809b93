// See png_writer.h. Encodes in memory with stb_image_write, then writes whole or not at all through
// the same atomic writer as scenes and CSV.
#include "app/render/png_writer.h"

#include "app/sim/atomic_file.h"

#include <stb_image_write.h>

namespace lv::render {
namespace {

void appendBytes(void* context, void* data, int size) {
  auto* out = static_cast<std::vector<std::uint8_t>*>(context);
  const auto* bytes = static_cast<const std::uint8_t*>(data);
  out->insert(out->end(), bytes, bytes + size);
}

bool fail(std::string* error, const std::string& message) {
  if (error) *error = message;
  return false;
}

}  // namespace

bool encodePng(const std::vector<std::uint8_t>& rgba, int width, int height, std::string& png,
               std::string* error) {
  if (width < 1 || height < 1 || rgba.size() != std::size_t(width) * std::size_t(height) * 4) {
    return fail(error, "pixel buffer does not match " + std::to_string(width) + "x" + std::to_string(height));
  }
  std::vector<std::uint8_t> bytes;
  if (!stbi_write_png_to_func(appendBytes, &bytes, width, height, 4, rgba.data(), width * 4)) {
    return fail(error, "PNG encoding failed");
  }
  png.assign(bytes.begin(), bytes.end());
  return true;
}

bool writePng(const std::string& path, const std::vector<std::uint8_t>& rgba, int width, int height,
              std::string* error) {
  std::string png, reason;
  if (!encodePng(rgba, width, height, png, &reason))
    return fail(error, "cannot write '" + path + "': " + reason);
  return sim::writeFileAtomic(path, png, error);
}

}  // namespace lv::render
