#include "app/sim/paths.h"

#include <sys/stat.h>

namespace lv::sim {

std::string joinPath(const std::string& folder, const std::string& name) {
  if (folder.empty() || folder == ".") return name;
  return folder.back() == '/' ? folder + name : folder + "/" + name;
}

std::string timestampedName(const std::string& extension, std::time_t when) {
  std::tm local{};
  localtime_r(&when, &local);
  char stamp[64];
  std::strftime(stamp, sizeof stamp, "lossviz-%Y%m%d-%H%M%S", &local);
  return stamp + extension;
}

std::string uniqueExportPath(const std::string& folder, const std::string& extension, std::time_t when) {
  const std::string stem = timestampedName("", when);
  std::string path = joinPath(folder, stem + extension);
  struct stat info;
  // lstat: a dangling symlink is a name in use too.
  for (int n = 2; ::lstat(path.c_str(), &info) == 0; ++n)
    path = joinPath(folder, stem + "-" + std::to_string(n) + extension);
  return path;
}

}  // namespace lv::sim
