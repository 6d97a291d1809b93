// `lossviz trace`: one optimizer's trajectory as CSV on stdout.
#include "app/cli/verbs.h"
#include "app/sim/geometry.h"
#include "app/sim/run.h"
#include "app/sim/step_inspector.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace lv::cli {
namespace {

/// Appends ",%.17g" (or "," alone for NaN: an optimizer without the quantity).
void appendNumber(std::string& out, double value) {
  char cell[32];
  std::snprintf(cell, sizeof cell, std::isnan(value) ? "," : ",%.17g", value);
  out += cell;
}

void appendGeometry(const sim::Run& run, const optim::Vec2& point, std::string& out) {
  const auto g = sim::geometryOfHessian(run.derivatives(point).hessian);
  const double nan = std::nan("");
  appendNumber(out, g ? g->minEigenvalue : nan);
  appendNumber(out, g ? g->maxEigenvalue : nan);
  appendNumber(out, g && g->maxStableLr ? *g->maxStableLr : nan);
}

/// Row k's sample_loss,sample_grad_x,sample_grad_y,batch (all empty on row 0).
void appendSampleColumns(const sim::Trajectory& t, size_t k, sim::GradientSource& source,
                         std::vector<std::uint32_t>& batch, std::string& out) {
  if (k == 0) {
    out += ",,,,";
    return;
  }
  char line[128];
  std::snprintf(line, sizeof line, ",%.17g,%.17g,%.17g,", t.sampleLosses[k], t.sampleGradients[k].x(),
                t.sampleGradients[k].y());
  out += line;
  source.batchOf(k, batch);  // a pure function of (seed, k): the batch the run used
  for (size_t i = 0; i < batch.size(); ++i) (out += i ? ";" : "") += std::to_string(batch[i]);
}

}  // namespace

int runTrace(const std::vector<std::string>& args) {
  VerbSpec spec{
      "trace",
      "Print one optimizer's trajectory as CSV: step,x,y,loss,grad_x,grad_y,lr (row k = after k updates; "
      "full-data values; lr = the lr that update used, row 0 the first update's), plus "
      "sample_loss,sample_grad_x,sample_grad_y,batch for a stochastic run.",
      {kLandscapeFlag,
       kOptimizerFlag,
       kSetFlag,
       kScheduleFlag,
       {"start", "X,Y", "start point (required)"},
       {"steps", "N", "number of updates (default 100, at most 10000000)"},
       {"state", nullptr, "append the optimizer state after each update (NAME or NAME_x,NAME_y)"},
       {"geometry", nullptr,
        "append hess_min_eig,hess_max_eig,max_stable_lr (2/λ_max; empty if λ_max ≤ 0)"}}};
  for (const FlagSpec& flag : dataFlagSpecs()) spec.flags.push_back(flag);
  const auto parsed = parseFlagsOrHelp(args, spec);
  if (!parsed) return 0;
  const Flags& flags = *parsed;
  if (hasFlag(flags, "data") && hasFlag(flags, "landscape"))
    throw UsageError{"give --landscape or --data, not both"};
  sim::GradientSource source = gradientSourceFromFlags(flags);
  const landscapes::Landscape landscape =
      landscapeFromFlag(lastValue(flags, "landscape").value_or(source.data() ? "0" : "rosenbrock"));
  const auto optimizerName = lastValue(flags, "optimizer");
  if (!optimizerName) throw UsageError{"missing --optimizer NAME (valid: " + optim::optimizerNames() + ")"};
  const auto count = [&](const char* flag) {
    return std::count_if(flags.begin(), flags.end(), [&](const auto& f) { return f.first == flag; });
  };
  if (count("optimizer") > 1)
    throw UsageError{"trace takes one --optimizer (use render or a scene for several)"};
  if (count("schedule") > 1) throw UsageError{"trace takes one --schedule"};
  std::vector<std::string> assignments;
  for (const auto& [name, value] : flags)
    if (name == "set") assignments.push_back(value);
  optim::Optimizer optimizer = optimizerFromFlags(*optimizerName, assignments);
  std::optional<optim::ScheduleSpec> schedule;
  if (auto text = lastValue(flags, "schedule")) schedule = scheduleFromFlag(*text);
  const auto startText = lastValue(flags, "start");
  if (!startText) throw UsageError{"missing --start X,Y"};
  const optim::Vec2 start = startFromFlag(*startText);
  const size_t steps = stepsFromFlag(lastValue(flags, "steps").value_or("100"));
  const bool withState = hasFlag(flags, "state");
  const bool withGeometry = hasFlag(flags, "geometry");

  sim::Run run(landscape.formula, optimizer, start);
  if (schedule) run.setSchedule(schedule);
  const bool stochastic = source.stochastic();
  if (stochastic || source.data()) run.setGradientSource(source);
  run.advance(steps);

  // Rows hold finite numbers only: a run stops at its last finite point (see sim::Trajectory).
  const sim::Trajectory& t = run.trajectory();
  // Each row shows the state the update that produced it left; the run keeps only the latest, so
  // the inspector replays the run's own updates, forward only (no checkpoints).
  sim::StepInspector inspector(0);
  const std::vector<std::string> stateNames = withState ? sim::stateColumns(run) : std::vector<std::string>();
  std::string out = "step,x,y,loss,grad_x,grad_y,lr";
  if (stochastic) out += ",sample_loss,sample_grad_x,sample_grad_y,batch";
  for (const std::string& name : stateNames) out += "," + name;
  if (withGeometry) out += ",hess_min_eig,hess_max_eig,max_stable_lr";
  out += '\n';
  std::vector<std::uint32_t> batch;
  char line[256];
  bool written = true;
  for (size_t k = 0; k < t.size() && written; ++k) {
    std::snprintf(line, sizeof line, "%zu,%.17g,%.17g,%.17g,%.17g,%.17g", k, t.points[k].x(), t.points[k].y(),
                  t.losses[k], t.gradients[k].x(), t.gradients[k].y());
    out += line;
    appendNumber(out, t.learningRates[k]);
    if (stochastic) appendSampleColumns(t, k, source, batch, out);
    if (withState) sim::appendStateCells(inspector.at(run, k)->optimizer, stateNames, out);
    if (withGeometry) appendGeometry(run, t.points[k], out);
    out += '\n';
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
