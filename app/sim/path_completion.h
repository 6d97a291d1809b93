// What the export folder field and the scene chooser need from the file system, with no ImGui:
// listing a folder (subfolders, then files of one extension), completing a folder path being typed,
// and saying why a folder cannot take exports. Paths are text as the user typed them ("~/" is the
// home folder; relative paths are from the working directory).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace lv::sim {

/// `path` with a leading "~" (alone or before '/') replaced by $HOME; unchanged when HOME is unset.
std::string expandHome(const std::string& path);

struct FolderEntry {
  std::string name;  ///< the entry's own name, no folder
  bool isFolder = false;
};

/// What a chooser lists in `folder` ("" is the working directory): its subfolders, then its files
/// whose names end in `extension` (every file when ""), each group sorted by name; names beginning
/// with '.' are left out. Empty when `folder` cannot be read. Never throws.
std::vector<FolderEntry> listFolder(const std::string& folder, const std::string& extension);

/// The folders a folder path being typed may become: `typed` up to its last '/' names a folder
/// (none: the working directory), and each of its subfolders whose name begins with what follows
/// (hidden ones only when that begins with '.') gives `typed`'s folder part + name + "/". Sorted, at
/// most `limit`.
std::vector<std::string> folderCompletions(const std::string& typed, std::size_t limit);

/// What Tab makes of `typed`: one matching subfolder gives its path with a trailing '/'; several
/// give `typed` extended to their longest common prefix; none leave it unchanged.
std::string completeFolder(const std::string& typed);

/// Why exports cannot go to `folder`: "folder does not exist" or "not a folder" ("" when they
/// can; "" is the working directory).
std::string folderProblem(const std::string& folder);

/// The folder holding `folder` (made absolute and normalised, no trailing '/'); the root stays the
/// root. What a chooser's ".." goes to.
std::string parentFolder(const std::string& folder);

}  // namespace lv::sim
