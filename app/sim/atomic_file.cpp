#include "app/sim/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace lv::sim {
namespace {

bool fail(std::string* error, const std::string& message) {
  if (error) *error = message;
  return false;
}

bool failWrite(std::string* error, const std::string& path, int code) {
  return fail(error, "cannot write " + path + ": " + std::strerror(code));
}

// Unique per process and call: two saves in flight never share a temporary file.
std::string temporaryPath(const std::string& path) {
  static std::atomic<unsigned> counter{0};
  return path + ".tmp" + std::to_string(::getpid()) + "-" + std::to_string(++counter);
}

bool writeAll(int fd, const std::string& bytes) {
  const char* data = bytes.data();
  size_t left = bytes.size();
  while (left > 0) {
    const ssize_t n = ::write(fd, data, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    data += n;
    left -= static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

bool writeFileAtomic(const std::string& path, const std::string& bytes, std::string* error) {
  if (path.empty()) return fail(error, "cannot write: no file name given");
  struct stat info {};
  // rename() would refuse too, but only after a temporary file had been written.
  if (::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) return failWrite(error, path, EISDIR);
  const std::string temp = temporaryPath(path);
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) return failWrite(error, path, errno);
  // fsync before rename: after a crash the file is either the old one or the whole new one,
  // never a renamed but empty one.
  const bool written = writeAll(fd, bytes) && ::fsync(fd) == 0;
  const int writeErrno = errno;
  const bool closed = ::close(fd) == 0;
  const int closeErrno = errno;
  if (!written || !closed) {
    ::unlink(temp.c_str());
    return failWrite(error, path, !written ? writeErrno : closeErrno);
  }
  if (std::rename(temp.c_str(), path.c_str()) != 0) {
    const int renameErrno = errno;
    ::unlink(temp.c_str());
    return failWrite(error, path, renameErrno);
  }
  return true;
}

bool readFile(const std::string& path, size_t maxBytes, std::string& bytes, std::string* error) {
  // O_NONBLOCK: a FIFO without a writer is refused below instead of hanging here.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return fail(error, "cannot read " + path + ": " + std::strerror(errno));
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    const bool isDirectory = S_ISDIR(info.st_mode);
    ::close(fd);
    return fail(error, "cannot read " + path + (isDirectory ? ": is a folder" : ": not a regular file"));
  }
  const auto size = static_cast<unsigned long long>(info.st_size);
  if (size > maxBytes) {
    ::close(fd);
    return fail(error, path + ": file too large (" + std::to_string(size) + " bytes, limit " +
                           std::to_string(maxBytes) + ")");
  }
  bytes.assign(static_cast<size_t>(size), '\0');
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::read(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      const int code = errno;
      ::close(fd);
      return fail(error, "cannot read " + path + ": " + std::strerror(code));
    }
    if (n == 0) break;  // shrank while reading: take what is there
    done += static_cast<size_t>(n);
  }
  bytes.resize(done);
  ::close(fd);
  return true;
}

}  // namespace lv::sim
