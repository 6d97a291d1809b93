#include "app/sim/atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <unistd.h>

namespace lv::sim {
namespace {

void setError(std::string* error, const std::string& message) {
  if (error) *error = message;
}

}  // namespace

bool writeFileAtomic(const std::string& path, const std::string& bytes, std::string* error) {
  const std::string temp = path + ".tmp" + std::to_string(::getpid());
  std::FILE* file = std::fopen(temp.c_str(), "wb");
  if (!file) {
    setError(error, "cannot write " + path + ": " + std::strerror(errno));
    return false;
  }
  const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
  const int savedErrno = errno;
  const bool closed = std::fclose(file) == 0;
  if (!written || !closed) {
    std::remove(temp.c_str());
    setError(error, "cannot write " + path + ": " + std::strerror(written ? errno : savedErrno));
    return false;
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    const int renameErrno = errno;
    std::remove(temp.c_str());
    setError(error, "cannot write " + path + ": " + std::strerror(renameErrno));
    return false;
  }
  return true;
}

bool readFile(const std::string& path, size_t maxBytes, std::string& bytes, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    setError(error, "cannot read " + path + ": " + std::strerror(errno));
    return false;
  }
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size < 0) {
    setError(error, "cannot read " + path + ": not a regular file");
    return false;
  }
  if (static_cast<size_t>(size) > maxBytes) {
    setError(error, path + ": file too large (" + std::to_string(size) + " bytes, limit " +
                        std::to_string(maxBytes) + ")");
    return false;
  }
  in.seekg(0);
  bytes.assign(static_cast<size_t>(size), '\0');
  if (!in.read(bytes.data(), size)) {
    setError(error, "cannot read " + path);
    return false;
  }
  return true;
}

}  // namespace lv::sim
