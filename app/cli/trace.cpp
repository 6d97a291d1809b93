// `lossviz trace`: one optimizer's trajectory as CSV on stdout.
#include "app/cli/verbs.h"
#include "app/sim/run.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

namespace lv::cli {

int runTrace(const std::vector<std::string>& args) {
  const VerbSpec spec{
      "trace",
      "Print one optimizer's trajectory as CSV: step,x,y,loss,grad_x,grad_y (row k = after k updates).",
      {{"landscape", "NAME|FORMULA", "catalog landscape or a formula in x and y (default rosenbrock)"},
       {"optimizer", "NAME", "optimizer from `lossviz list` (required)"},
       {"set", "KEY=VALUE", "set a hyperparameter (repeatable), e.g. --set lr=0.01"},
       {"start", "X,Y", "start point (required)"},
       {"steps", "N", "number of updates (default 100, at most 10000000)"}}};
  const Flags flags = parseFlags(args, spec);
  if (hasFlag(flags, "help")) {
    std::cout << helpText(spec);
    return 0;
  }
  const landscapes::Landscape landscape =
      landscapeFromFlag(lastValue(flags, "landscape").value_or("rosenbrock"));
  const auto optimizerName = lastValue(flags, "optimizer");
  if (!optimizerName) throw UsageError{"missing --optimizer NAME (valid: " + optim::optimizerNames() + ")"};
  if (std::count_if(flags.begin(), flags.end(), [](const auto& f) { return f.first == "optimizer"; }) > 1)
    throw UsageError{"trace takes one --optimizer (use render or a scene for several)"};
  std::vector<std::string> assignments;
  for (const auto& [name, value] : flags)
    if (name == "set") assignments.push_back(value);
  optim::Optimizer optimizer = optimizerFromFlags(*optimizerName, assignments);
  const auto startText = lastValue(flags, "start");
  if (!startText) throw UsageError{"missing --start X,Y"};
  const optim::Vec2 start = startFromFlag(*startText);
  const size_t steps = stepsFromFlag(lastValue(flags, "steps").value_or("100"));

  sim::Run run(landscape.formula, optimizer, start);
  run.advance(steps);

  // Rows hold finite numbers only: a run stops at its last finite point (see sim::Trajectory).
  const sim::Trajectory& t = run.trajectory();
  std::string out = "step,x,y,loss,grad_x,grad_y\n";
  char line[256];
  bool written = true;
  for (size_t k = 0; k < t.size() && written; ++k) {
    std::snprintf(line, sizeof line, "%zu,%.17g,%.17g,%.17g,%.17g,%.17g\n", k, t.points[k].x(),
                  t.points[k].y(), t.losses[k], t.gradients[k].x(), t.gradients[k].y());
    out += line;
    if (out.size() > (1u << 20)) {
      written = std::fwrite(out.data(), 1, out.size(), stdout) == out.size();
      out.clear();
    }
  }
  written = written && std::fwrite(out.data(), 1, out.size(), stdout) == out.size();
  written = std::fflush(stdout) == 0 && written;
  if (!written) {
    // A full disk or closed pipe must not pass for a complete trajectory.
    std::fprintf(stderr, "lossviz trace: cannot write the CSV to stdout: %s\n", std::strerror(errno));
    return 2;
  }
  if (auto k = run.divergedAt()) std::fprintf(stderr, "diverged at step %zu\n", *k);
  return 0;
}

}  // namespace lv::cli
