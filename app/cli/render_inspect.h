// `lossviz render`'s flags for the classroom explainer's marks: the inspected step (--inspect-step,
// --inspect-run), its arrows and eigen-axes (--arrows, --eigen-axes) and ghost paths (--ghost),
// turned into the window's UI state so the picture is drawn by the same figure code as the window.
#pragma once

#include "app/cli/args.h"
#include "app/sim/scene.h"
#include "app/sim/session.h"
#include "app/ui/ui_state.h"

#include <vector>

namespace lv::cli {

/// The flags to list in render's VerbSpec.
std::vector<FlagSpec> renderInspectFlags();

/// Sets `state` from the flags for `session` (made from `scene`): the inspected step and run, the
/// arrow and eigen-axis toggles (off unless asked), and each `--ghost RUN:KEY=VALUE[,KEY=VALUE]`
/// as run RUN's ghost path: its path with those hyperparameters, as the window leaves one after
/// an edit. Throws UsageError (one line naming the flag) for a run index out of range, a step past
/// the scene's steps, or a hyperparameter the run's optimizer does not have or refuses.
void applyInspectFlags(const Flags& flags, const sim::Scene& scene, const sim::Session& session,
                       ui::UiState& state);

}  // namespace lv::cli
