#include "app/ui/csv_export.h"

#include "app/sim/run_label.h"
#include "app/sim/run_status.h"
#include "app/sim/step_inspector.h"

#include <algorithm>

#include <cstdio>

namespace lv::ui {

std::string runsCsv(const sim::Session& session, bool withState) {
  std::vector<std::string> stateNames;
  if (withState) {
    for (const sim::LiveRun& live : session.runs)
      for (std::string& name : sim::stateColumns(live.run))
        if (std::find(stateNames.begin(), stateNames.end(), name) == stateNames.end())
          stateNames.push_back(std::move(name));
  }
  std::string out = "run,step,x,y,loss,grad_x,grad_y";
  for (const std::string& name : stateNames) out += "," + name;
  out += '\n';
  char line[320];
  for (size_t r = 0; r < session.runs.size(); ++r) {
    const sim::Run& run = session.runs[r].run;
    const sim::Trajectory& t = run.trajectory();
    sim::StepInspector inspector(0);  // forward only: one replayed update per row
    for (size_t k = 0; k < t.size(); ++k) {
      std::snprintf(line, sizeof line, "%zu,%zu,%.17g,%.17g,%.17g,%.17g,%.17g", r, k, t.points[k].x(),
                    t.points[k].y(), t.losses[k], t.gradients[k].x(), t.gradients[k].y());
      out += line;
      if (withState) sim::appendStateCells(inspector.at(run, k)->optimizer, stateNames, out);
      out += '\n';
    }
  }
  // Comments after the rows rather than columns: the columns stay those of `lossviz trace` and a
  // reader that skips '#' lines gets exactly the numbers.
  for (size_t r = 0; r < session.runs.size(); ++r) {
    const sim::Run& run = session.runs[r].run;
    out += "# run " + std::to_string(r) + " \"" + sim::runLabel(session, r) +
           "\": " + run.optimizer().name() + " " + sim::describeParams(run.optimizer()) + "\n";
  }
  for (size_t r = 0; r < session.runs.size(); ++r) {
    const std::string note = divergenceNote(r, session.runs[r].run);
    if (!note.empty()) out += "# " + note + "\n";
  }
  return out;
}

std::string divergenceNote(size_t index, const sim::Run& run) {
  if (!run.diverged()) return "";
  // Diverged is the state whatever the playback: the other arguments do not matter.
  return "run " + std::to_string(index) + " (" + run.optimizer().name() +
         "): " + sim::statusText(run, false, 0);
}

}  // namespace lv::ui
