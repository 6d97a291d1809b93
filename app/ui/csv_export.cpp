#include "app/ui/csv_export.h"

#include <cstdio>
#include <ctime>

namespace lv::ui {

std::string runsCsv(const sim::Session& session) {
  std::string out = "run,step,x,y,loss,grad_x,grad_y\n";
  char line[320];
  for (size_t r = 0; r < session.runs.size(); ++r) {
    const sim::Trajectory& t = session.runs[r].run.trajectory();
    for (size_t k = 0; k < t.size(); ++k) {
      std::snprintf(line, sizeof line, "%zu,%zu,%.17g,%.17g,%.17g,%.17g,%.17g\n", r, k, t.points[k].x(),
                    t.points[k].y(), t.losses[k], t.gradients[k].x(), t.gradients[k].y());
      out += line;
    }
  }
  // Comments after the rows rather than a status column: the columns stay those of `lossviz trace`
  // and a reader that skips '#' lines gets exactly the numbers.
  for (size_t r = 0; r < session.runs.size(); ++r) {
    const std::string note = divergenceNote(r, session.runs[r].run);
    if (!note.empty()) out += "# " + note + "\n";
  }
  return out;
}

std::string divergenceNote(size_t index, const sim::Run& run) {
  if (!run.diverged()) return "";
  return "run " + std::to_string(index) + " (" + run.optimizer().name() + "): " + sim::statusText(run);
}

std::string timestampedName(const std::string& extension) {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char stamp[64];
  std::strftime(stamp, sizeof stamp, "lossviz-%Y%m%d-%H%M%S", &local);
  return stamp + extension;
}

std::string joinPath(const std::string& folder, const std::string& name) {
  if (folder.empty() || folder == ".") return name;
  return folder.back() == '/' ? folder + name : folder + "/" + name;
}

}  // namespace lv::ui
