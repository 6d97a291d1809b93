// CSV of every run's trajectory, for analysis outside the app. Pure (no ImGui, no GL).
#pragma once

#include "app/sim/session.h"

#include <string>

namespace lv::ui {

/// "run,step,x,y,loss,grad_x,grad_y" then one row per trajectory point of every run (run = index
/// in Session::runs), numbers with 17 significant digits.
std::string runsCsv(const sim::Session& session);

/// "lossviz-YYYYmmdd-HHMMSS" + `extension` (e.g. ".png") for the local time now.
std::string timestampedName(const std::string& extension);

/// `folder` joined with `name` ("" or "." folder: `name` alone).
std::string joinPath(const std::string& folder, const std::string& name);

}  // namespace lv::ui
