// See png_writer.h. Encodes in memory with stb_image_write so that file errors come from our own
// fopen/fwrite calls, with errno intact.
#include "app/render/png_writer.h"

#include <stb_image_write.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

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

bool writePng(const std::string& path, const std::vector<std::uint8_t>& rgba, int width,
              int height, std::string* error) {
  if (width < 1 || height < 1 || rgba.size() != std::size_t(width) * std::size_t(height) * 4) {
    return fail(error, "cannot write '" + path + "': pixel buffer does not match " +
                           std::to_string(width) + "x" + std::to_string(height));
  }
  std::vector<std::uint8_t> png;
  if (!stbi_write_png_to_func(appendBytes, &png, width, height, 4, rgba.data(), width * 4)) {
    return fail(error, "cannot write '" + path + "': PNG encoding failed");
  }
  const std::string temporary = path + ".tmp";
  std::FILE* file = std::fopen(temporary.c_str(), "wb");
  if (!file) return fail(error, "cannot write '" + path + "': " + std::strerror(errno));
  const bool written = std::fwrite(png.data(), 1, png.size(), file) == png.size();
  const int writeErrno = errno;
  const bool closed = std::fclose(file) == 0;
  if (!written || !closed) {
    const int code = !written ? writeErrno : errno;
    std::remove(temporary.c_str());
    return fail(error, "cannot write '" + path + "': " + std::strerror(code));
  }
  if (std::rename(temporary.c_str(), path.c_str()) != 0) {
    const int code = errno;
    std::remove(temporary.c_str());
    return fail(error, "cannot write '" + path + "': " + std::strerror(code));
  }
  return true;
}

}  // namespace lv::render
