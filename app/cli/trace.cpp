// `lossviz trace`: one optimizer's trajectory as CSV on stdout.
#include "app/cli/verbs.h"
#include "app/sim/run.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

namespace lv::cli {
namespace {

/// Row k's sample_loss,sample_grad_x,sample_grad_y,batch (all empty on row 0), replacing its '\n'.
void appendSampleColumns(const sim::Trajectory& t, size_t k, sim::GradientSource& source,
                         std::vector<std::uint32_t>& batch, std::string& out) {
  out.pop_back();
  if (k == 0) {
    out += ",,,,\n";
    return;
  }
  char line[128];
  std::snprintf(line, sizeof line, ",%.17g,%.17g,%.17g,", t.sampleLosses[k], t.sampleGradients[k].x(),
                t.sampleGradients[k].y());
  out += line;
  source.batchOf(k, batch);  // a pure function of (seed, k): the batch the run used
  for (size_t i = 0; i < batch.size(); ++i) (out += i ? ";" : "") += std::to_string(batch[i]);
  out += '\n';
}

}  // namespace

int runTrace(const std::vector<std::string>& args) {
  const VerbSpec spec{
      "trace",
      "Print one optimizer's trajectory as CSV: step,x,y,loss,grad_x,grad_y (row k = after k updates; "
      "full-data values), plus sample_loss,sample_grad_x,sample_grad_y,batch for a stochastic run.",
      {{"landscape", "NAME|FORMULA", "catalog landscape or a formula in x and y (default rosenbrock)"},
       {"optimizer", "NAME", "optimizer from `lossviz list` (required)"},
       {"set", "KEY=VALUE", "set a hyperparameter (repeatable), e.g. --set lr=0.01"},
       {"start", "X,Y", "start point (required)"},
       {"steps", "N", "number of updates (default 100, at most 10000000)"},
       {"data", "NAME|FILE.csv", "a data landscape or CSV: f = mean of --loss over the rows"},
       {"loss", "FORMULA", "per-sample loss in x, y and the data's columns (default: the landscape's)"},
       {"batch", "B", "rows per update, 1 to N (default N: full batch)"},
       {"sampling", "shuffle|replace", "epochs without replacement (default) or draws with"},
       {"drop-last", "0|1", "shuffle: drop each epoch's short last batch (default 0)"},
       {"seed", "S", "seed of batches and noise (default 0)"},
       {"noise", "SIGMA", "add SIGMA times N(0, I) to every update's gradient (default 0)"}}};
  const Flags flags = parseFlags(args, spec);
  if (hasFlag(flags, "help")) {
    std::cout << helpText(spec);
    return 0;
  }
  if (hasFlag(flags, "data") && hasFlag(flags, "landscape"))
    throw UsageError{"give --landscape or --data, not both"};
  sim::GradientSource source = gradientSourceFromFlags(flags);
  const landscapes::Landscape landscape =
      landscapeFromFlag(lastValue(flags, "landscape").value_or(source.data() ? "0" : "rosenbrock"));
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
  const bool stochastic = source.stochastic();
  if (stochastic || source.data()) run.setGradientSource(source);
  run.advance(steps);

  // Rows hold finite numbers only: a run stops at its last finite point (see sim::Trajectory).
  const sim::Trajectory& t = run.trajectory();
  std::string out = "step,x,y,loss,grad_x,grad_y";
  out += stochastic ? ",sample_loss,sample_grad_x,sample_grad_y,batch\n" : "\n";
  std::vector<std::uint32_t> batch;
  char line[256];
  bool written = true;
  for (size_t k = 0; k < t.size() && written; ++k) {
    std::snprintf(line, sizeof line, "%zu,%.17g,%.17g,%.17g,%.17g,%.17g\n", k, t.points[k].x(),
                  t.points[k].y(), t.losses[k], t.gradients[k].x(), t.gradients[k].y());
    out += line;
    if (stochastic) appendSampleColumns(t, k, source, batch, out);
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
