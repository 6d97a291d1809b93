// CSV of every run's trajectory, for analysis outside the app. Pure (no ImGui, no GL).
#pragma once

#include "app/sim/session.h"

#include <string>

namespace lv::ui {

/// "run,step,x,y,loss,grad_x,grad_y" then one row per trajectory point of every run (run = index
/// in Session::runs), numbers with 17 significant digits (never nan or inf: trajectories hold
/// finite values only). Then one comment line per diverged run, after all rows, e.g.
/// "# run 2 (sgd): diverged at step 37" (pandas: read_csv(path, comment='#')); its rows end at
/// step 36, the last finite point, and a run diverged at step 0 has no rows.
std::string runsCsv(const sim::Session& session);

/// "run 2 (sgd): diverged at step 37" for the run at `index`, "" when it has not diverged. The CSV
/// comments and `lossviz render`'s stderr say it the same way.
std::string divergenceNote(size_t index, const sim::Run& run);

/// "lossviz-YYYYmmdd-HHMMSS" + `extension` (e.g. ".png") for the local time now.
std::string timestampedName(const std::string& extension);

/// `folder` joined with `name` ("" or "." folder: `name` alone).
std::string joinPath(const std::string& folder, const std::string& name);

}  // namespace lv::ui
