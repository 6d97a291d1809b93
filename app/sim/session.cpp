#include "app/sim/session.h"

#include "app/sim/run_label.h"

#include <algorithm>
#include <atomic>
#include <cmath>

namespace lv::sim {
namespace {

std::uint64_t nextLandscapeRevision() {
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}

}  // namespace

Session::Session(landscapes::Landscape landscape)
    : landscape_(std::move(landscape)), landscapeRevision_(nextLandscapeRevision()) {}

void Session::bumpLandscapeRevision() { landscapeRevision_ = nextLandscapeRevision(); }

Session Session::fromScene(const Scene& scene) {
  Session session(scene.landscape);
  session.view = scene.view.value_or(scene.landscape.view);
  session.view3d = scene.view3d;
  session.colors = scene.colors;
  session.stepLimit = scene.stepLimit;
  session.stepsPerSecond = scene.stepsPerSecond;
  session.restartOnChange = scene.restartOnChange;
  session.map = scene.map.value_or(MapSettings{});
  session.data_ = scene.data;
  for (const RunSpec& spec : scene.runs) {
    session.runs.push_back({Run(scene.landscape.formula, spec.optimizer, spec.start, spec.edits),
                            spec.color,
                            spec.visible,
                            sanitizedLabel(spec.label),
                            {}});
    if (spec.schedule) session.runs.back().run.setSchedule(spec.schedule);
    if (scene.data) session.runs.back().run.setGradientSource(runGradientSource(*scene.data, spec.batch));
  }
  // The memory budget bounds what a hand-written scene can ask for; a saved one is within it.
  const size_t steps = std::min(scene.steps, session.stepLimitCap());
  for (size_t i = 0; i < session.runs.size(); ++i) {
    LiveRun& live = session.runs[i];
    live.run.advance(steps);
    rebuildEnsemble(live.ensemble, live.run, scene.runs[i].seeds);
  }
  return session;
}

Scene Session::toScene() const {
  Scene scene;
  scene.landscape = landscape_;
  scene.view = view;
  scene.view3d = view3d;
  scene.colors = colors;
  scene.steps = stepCount();
  scene.stepLimit = stepLimit;
  scene.stepsPerSecond = stepsPerSecond;
  scene.restartOnChange = restartOnChange;
  if (map != MapSettings{}) scene.map = map;
  scene.data = data_;
  for (const LiveRun& live : runs) {
    RunSpec spec;
    spec.optimizer = live.run.initialOptimizer();
    spec.edits = live.run.edits();
    spec.schedule = live.run.schedule();
    spec.start = live.run.start();
    spec.color = live.color;
    spec.visible = live.visible;
    spec.label = live.label;
    if (data_) spec.batch = runBatchOf(live.run.gradientSource());
    spec.seeds = live.ensemble.seeds();
    scene.runs.push_back(spec);
  }
  return scene;
}

bool Session::setLandscape(const std::string& nameOrFormula, landscapes::ParseError* error) {
  auto landscape = landscapes::resolveLandscape(nameOrFormula, error);
  if (!landscape) return false;
  landscape_ = *landscape;
  colors.range.reset();  // a range belongs to the landscape it was set for
  const bool hadData = data_.has_value();
  data_.reset();
  for (LiveRun& live : runs) {
    if (hadData) live.run.setGradientSource(GradientSource());
    live.run.setFormula(landscape_.formula);
    followRun(live);
  }
  bumpLandscapeRevision();
  return true;
}

void Session::followRun(LiveRun& live) { rebuildEnsemble(live.ensemble, live.run, live.ensemble.seeds()); }

double Session::value(const optim::Vec2& p) const {
  return data_ ? data_->sum().value(p) : landscape_.formula.value(p);
}

LandscapeValue Session::landscapeValue() const {
  return {[this](const optim::Vec2& p) { return value(p); }, data_ ? data_->sum().termsPerValue() : 1};
}

double Session::valueAndGradient(const optim::Vec2& p, optim::Vec2& gradient) const {
  return data_ ? data_->sum().valueAndGradient(p, gradient)
               : landscape_.formula.valueAndGradient(p, gradient);
}

bool Session::setData(const SceneData& settings, std::string* error) {
  auto resolved = resolveSceneData(settings, error);
  if (!resolved) return false;
  const bool hadData = data_.has_value();
  data_ = std::move(*resolved);
  landscape_ = data_->landscape;
  colors.range.reset();
  for (LiveRun& live : runs) {
    std::optional<RunBatch> own;
    if (hadData) own = runBatchOf(live.run.gradientSource());
    if (own && !runBatchFits(*data_, *own, nullptr)) own.reset();
    live.run.setFormula(landscape_.formula);
    live.run.setGradientSource(runGradientSource(*data_, own));
    followRun(live);
  }
  bumpLandscapeRevision();
  return true;
}

bool Session::setRunBatch(size_t index, const RunBatch& batch, std::string* error) {
  if (index >= runs.size()) return false;
  if (!data_) {
    if (error) *error = "batch: the landscape has no data";
    return false;
  }
  std::string why;
  if (!runBatchFits(*data_, batch, &why)) {
    if (error) *error = "batch: " + why;
    return false;
  }
  runs[index].run.setGradientSource(runGradientSource(*data_, batch));
  followRun(runs[index]);
  return true;
}

size_t Session::addRun(const std::string& optimizer, const optim::Vec2& start) {
  auto opt = optim::Optimizer::create(optimizer);
  if (!opt || runs.size() >= kMaxRuns) return runs.size();
  Run run(landscape_.formula, *opt, start);
  if (data_) run.setGradientSource(data_->source);
  run.advance(stepCount());
  runs.push_back({std::move(run), paletteColor(runs.size()), true, "", {}});
  return runs.size() - 1;
}

size_t Session::duplicateRun(size_t index) {
  if (index >= runs.size() || runs.size() >= kMaxRuns) return runs.size();
  LiveRun copy = runs[index];
  copy.color = paletteColor(runs.size());
  runs.push_back(std::move(copy));
  return runs.size() - 1;
}

void Session::removeRun(size_t index) {
  if (index < runs.size()) runs.erase(runs.begin() + static_cast<std::ptrdiff_t>(index));
}

void Session::moveStart(size_t index, const optim::Vec2& start) {
  if (index >= runs.size()) return;
  runs[index].run.moveStart(start);
  followRun(runs[index]);
}

void Session::setParam(size_t index, size_t param, double value) {
  if (index >= runs.size() || param >= runs[index].run.optimizer().paramCount()) return;
  runs[index].run.setParam(param, value,
                           restartOnChange ? EditPolicy::RestartFromStart : EditPolicy::FromNextStep);
  // A live edit acts on each member from its next step; a restart recomputes them.
  if (restartOnChange)
    followRun(runs[index]);
  else
    for (Run& member : runs[index].ensemble.members) member.setParam(param, value, EditPolicy::FromNextStep);
}

bool Session::setOptimizer(size_t index, const std::string& name) {
  if (index >= runs.size() || !runs[index].run.setOptimizer(name)) return false;
  followRun(runs[index]);
  return true;
}

void Session::setSchedule(size_t index, std::optional<optim::ScheduleSpec> spec) {
  if (index >= runs.size()) return;
  runs[index].run.setSchedule(std::move(spec));
  followRun(runs[index]);
}

void Session::setSeeds(size_t index, size_t seeds) {
  if (index < runs.size()) rebuildEnsemble(runs[index].ensemble, runs[index].run, seeds);
}

void Session::setLabel(size_t index, const std::string& label) {
  if (index < runs.size()) runs[index].label = sanitizedLabel(label);
}

void Session::advance(size_t n) {
  const size_t limit = stepLimitInEffect();
  for (LiveRun& live : runs) {
    const size_t done = live.run.requestedSteps();
    const size_t allowed = done >= limit ? 0 : std::min(n, limit - done);
    if (allowed == 0) continue;
    live.run.advance(allowed);
    advanceEnsemble(live.ensemble, live.run);
  }
}

void Session::restart() {
  for (LiveRun& live : runs) {
    live.run.restart();
    followRun(live);
  }
}

size_t Session::stepCount() const {
  size_t n = 0;
  for (const LiveRun& live : runs) n = std::max(n, live.run.requestedSteps());
  return n;
}

size_t Session::stepLimitCap() const {
  size_t trajectories = 0;
  for (const LiveRun& live : runs) trajectories += live.ensemble.seeds();
  const size_t perRun = kTrajectoryBudgetBytes / (std::max<size_t>(1, trajectories) * kBytesPerStoredStep);
  return std::min(kMaxSteps, perRun);
}

size_t Session::stepLimitInEffect() const { return std::min(stepLimit, stepLimitCap()); }

std::string Session::stepLimitNote() const {
  if (stepLimit <= stepLimitCap()) return "";
  return "stepping stops at " + std::to_string(stepLimitCap()) + ": " + std::to_string(runs.size()) +
         " runs of " + std::to_string(kBytesPerStoredStep) + " bytes per stored step fill the " +
         std::to_string(kTrajectoryBudgetBytes >> 20) + " MiB trajectory budget";
}

size_t Stepper::due(double elapsedSeconds, double stepsPerSecond) {
  accumulator_ += std::max(0.0, elapsedSeconds) * stepsPerSecond;
  const double cap = std::max(1.0, stepsPerSecond * 0.25);  // at most a quarter second of backlog
  accumulator_ = std::min(accumulator_, cap);
  const double whole = std::floor(accumulator_);
  accumulator_ -= whole;
  return static_cast<size_t>(whole);
}

}  // namespace lv::sim
