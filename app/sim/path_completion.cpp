// See path_completion.h.
#include "app/sim/path_completion.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

namespace lv::sim {
namespace fs = std::filesystem;
namespace {

// Calls visit(name, isFolder) for each entry of `folder` ("" = the working directory), hidden ones
// included; nothing when it cannot be read. Never throws.
template <class Visit>
void forEachEntry(const std::string& folder, Visit visit) {
  std::error_code error;
  for (fs::directory_iterator it(expandHome(folder.empty() ? "." : folder), error), end; !error && it != end;
       it.increment(error)) {
    std::error_code ignored;
    const std::string name = it->path().filename().string();
    if (!name.empty()) visit(name, it->is_directory(ignored));
  }
}

}  // namespace

std::string expandHome(const std::string& path) {
  const char* home = std::getenv("HOME");
  if (home && (path == "~" || path.rfind("~/", 0) == 0)) return home + path.substr(1);
  return path;
}

std::vector<FolderEntry> listFolder(const std::string& folder, const std::string& extension) {
  std::vector<FolderEntry> folders, files;
  forEachEntry(folder, [&](const std::string& name, bool isFolder) {
    if (name[0] == '.') return;
    if (isFolder)
      folders.push_back({name, true});
    else if (name.size() >= extension.size() &&
             name.compare(name.size() - extension.size(), extension.size(), extension) == 0)
      files.push_back({name, false});
  });
  const auto byName = [](const FolderEntry& a, const FolderEntry& b) { return a.name < b.name; };
  std::sort(folders.begin(), folders.end(), byName);
  std::sort(files.begin(), files.end(), byName);
  folders.insert(folders.end(), files.begin(), files.end());
  return folders;
}

std::vector<std::string> folderCompletions(const std::string& typed, std::size_t limit) {
  const std::size_t slash = typed.rfind('/');
  const std::string folderPart = slash == std::string::npos ? "" : typed.substr(0, slash + 1);
  const std::string partial = slash == std::string::npos ? typed : typed.substr(slash + 1);
  const bool hidden = !partial.empty() && partial[0] == '.';
  std::vector<std::string> names;
  forEachEntry(folderPart, [&](const std::string& name, bool isFolder) {
    if (isFolder && (hidden || name[0] != '.') && name.rfind(partial, 0) == 0) names.push_back(name);
  });
  std::sort(names.begin(), names.end());
  if (names.size() > limit) names.resize(limit);
  for (std::string& name : names) name = folderPart + name + "/";
  return names;
}

std::string completeFolder(const std::string& typed) {
  const std::vector<std::string> matches = folderCompletions(typed, std::size_t(-1));
  if (matches.empty()) return typed;
  std::string common = matches.front();
  if (matches.size() == 1) return common;
  for (const std::string& m : matches) {
    std::size_t n = 0;
    while (n < common.size() && n < m.size() && common[n] == m[n]) ++n;
    common.resize(n);
  }
  return common.size() > typed.size() ? common : typed;
}

std::string folderProblem(const std::string& folder) {
  std::error_code error;
  const fs::path path(expandHome(folder.empty() ? "." : folder));
  if (!fs::exists(path, error)) return "folder does not exist";
  if (!fs::is_directory(path, error)) return "not a folder";
  return "";
}

std::string parentFolder(const std::string& folder) {
  std::error_code ignored;
  fs::path path = fs::absolute(expandHome(folder.empty() ? "." : folder), ignored).lexically_normal();
  if (!path.has_filename() && path.has_relative_path()) path = path.parent_path();  // "/a/b/" → "/a/b"
  return path.has_relative_path() ? path.parent_path().string() : path.string();
}

}  // namespace lv::sim
