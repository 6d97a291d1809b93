// File names for exports: folder joining, timestamped names, and names that never replace an
// existing file.
#pragma once

#include <ctime>
#include <string>

namespace lv::sim {

/// `folder` joined with `name` ("" or "." folder: `name` alone).
std::string joinPath(const std::string& folder, const std::string& name);

/// "lossviz-YYYYmmdd-HHMMSS" + `extension` (e.g. ".png") for local time `when`.
std::string timestampedName(const std::string& extension, std::time_t when);

/// A path in `folder` for an export made at `when` that names no existing file:
/// "lossviz-YYYYmmdd-HHMMSS.png", else "...-2.png", "...-3.png", ... Two exports in one second no
/// longer replace each other. (Another process may still create the name before it is written;
/// within lossviz exports are made one at a time.)
std::string uniqueExportPath(const std::string& folder, const std::string& extension,
                             std::time_t when = std::time(nullptr));

}  // namespace lv::sim
