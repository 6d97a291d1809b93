// CSV of every run's trajectory, for analysis outside the app. Pure (no ImGui, no GL).
#pragma once

#include "app/sim/session.h"

#include <string>

namespace lv::ui {

/// "run,step,x,y,loss,grad_x,grad_y" then one row per trajectory point of every run (run = index
/// in Session::runs), numbers with 17 significant digits (never nan or inf: trajectories hold
/// finite values only). Then, after all rows, one comment line per run naming it, its optimizer and
/// every hyperparameter, e.g. "# run 1 "sgd lr=0.2": sgd lr=0.2 momentum=0 dampening=0 ...", and
/// one per diverged run, e.g. "# run 2 (sgd): diverged at step 37" (pandas: read_csv(path,
/// comment='#')); a diverged run's rows end at the last finite point (none if diverged at step 0).
/// `withState` appends the optimizer state after the update that produced each row, as
/// `lossviz trace --state` names it (NAME, or NAME_x and NAME_y), over the union of every run's
/// entries; a run without an entry leaves its cells empty.
std::string runsCsv(const sim::Session& session, bool withState = false);

/// "run 2 (sgd): diverged at step 37" for the run at `index`, "" when it has not diverged. The CSV
/// comments and `lossviz render`'s stderr say it the same way.
std::string divergenceNote(size_t index, const sim::Run& run);

}  // namespace lv::ui
