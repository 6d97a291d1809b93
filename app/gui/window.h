// The interactive window: `lossviz` and `lossviz --scene FILE`.
#pragma once

#include <string>
#include <vector>

namespace lv::gui {

/// Opens the window on `--scene FILE` or the default scene and runs until it is closed. Returns the
/// exit status: 2 with one line on stderr for a bad scene file or no display.
int runWindow(const std::vector<std::string>& args);

}  // namespace lv::gui
