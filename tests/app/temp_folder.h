// A folder of a test's own: empty when made, removed with the object, named after the process so
// that test programs run in parallel never share one.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <initializer_list>
#include <string>
#include <system_error>

namespace lv::test {

class TempFolder {
 public:
  /// <temp>/lossviz-<name>-<pid>, emptied, with `subfolders` (relative paths) made in it.
  explicit TempFolder(const std::string& name, std::initializer_list<const char*> subfolders = {})
      : path_(std::filesystem::temp_directory_path() /
              ("lossviz-" + name + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
    for (const char* subfolder : subfolders) std::filesystem::create_directories(path_ / subfolder);
  }
  ~TempFolder() {
    std::error_code ignored;  // a test that failed half-way must not throw from here
    std::filesystem::remove_all(path_, ignored);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

}  // namespace lv::test
