// See render_inspect.h.
#include "app/cli/render_inspect.h"

#include <string>

namespace lv::cli {
namespace {

size_t runIndex(const std::string& text, const sim::Scene& scene, const std::string& what) {
  if (scene.runs.empty()) throw UsageError{what + ": the scene has no runs"};
  return static_cast<size_t>(parseCount(text, what + " RUN", 0, static_cast<long>(scene.runs.size()) - 1));
}

// "RUN:KEY=VALUE[,KEY=VALUE...]" applied to a copy of run RUN's hyperparameters in `ghostScene`.
void applyGhost(const std::string& text, sim::Scene& ghostScene) {
  const std::string what = "--ghost";
  const size_t colon = text.find(':');
  if (colon == std::string::npos) throw UsageError{what + ": expected RUN:KEY=VALUE, got '" + text + "'"};
  sim::RunSpec& run = ghostScene.runs[runIndex(text.substr(0, colon), ghostScene, what)];
  std::string rest = text.substr(colon + 1);
  while (true) {
    const size_t comma = rest.find(',');
    const auto [key, value] = parseAssignment(rest.substr(0, comma));
    std::string error;
    if (!run.optimizer.set(key, value, &error)) throw UsageError{what + " " + text + ": " + error};
    if (comma == std::string::npos) break;
    rest = rest.substr(comma + 1);
  }
}

}  // namespace

std::vector<FlagSpec> renderInspectFlags() {
  return {
      {"inspect-step", "K", "inspect update K: a ring at step K on every path (default: none, live)"},
      {"inspect-run", "I", "the run whose update --arrows and --eigen-axes show (default 0)"},
      {"arrows", nullptr, "arrows of the inspected update: -g used, -m (momentum), the step taken"},
      {"eigen-axes", nullptr, "the Hessian's eigen-axes at the inspected point (green λ>0, magenta λ<0)"},
      {"ghost", "RUN:KEY=VALUE[,...]", "a faded dashed ghost of run RUN's path with these hyperparameters"}};
}

void applyInspectFlags(const Flags& flags, const sim::Scene& scene, const sim::Session& session,
                       ui::UiState& state) {
  state.showStateArrows = hasFlag(flags, "arrows");
  state.showEigenAxes = hasFlag(flags, "eigen-axes");
  state.selectedRun = 0;
  if (auto run = lastValue(flags, "inspect-run"))
    state.selectedRun = static_cast<int>(runIndex(*run, scene, "--inspect-run"));
  if (auto step = lastValue(flags, "inspect-step"))
    state.inspectedStep =
        static_cast<size_t>(parseCount(*step, "--inspect-step", 0, static_cast<long>(scene.steps)));
  sim::Scene ghostScene = scene;
  bool anyGhost = false;
  for (const auto& [name, value] : flags)
    if (name == "ghost") {
      applyGhost(value, ghostScene);
      anyGhost = true;
    }
  if (!anyGhost) return;
  // The window's rule: a run recomputed with other hyperparameters keeps its previous path as ghost.
  state.ghosts.observe(sim::Session::fromScene(ghostScene), true);
  state.ghosts.observe(session, true);
}

}  // namespace lv::cli
