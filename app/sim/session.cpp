#include "app/sim/session.h"

#include <algorithm>
#include <cmath>

namespace lv::sim {

std::optional<Session> Session::fromScene(const Scene& scene, std::string* error) {
  landscapes::ParseError parseError;
  auto landscape = landscapes::resolveLandscape(scene.landscape, &parseError);
  if (!landscape) {
    if (error) *error = "landscape: formula error at " + parseError.describe();
    return std::nullopt;
  }
  Session session(*landscape);
  session.view = scene.view.value_or(landscape->view);
  session.colors = scene.colors;
  session.stepLimit = scene.stepLimit;
  session.stepsPerSecond = scene.stepsPerSecond;
  session.restartOnChange = scene.restartOnChange;
  for (size_t i = 0; i < scene.runs.size(); ++i) {
    const RunSpec& spec = scene.runs[i];
    const std::string field = "runs[" + std::to_string(i) + "]";
    auto optimizer = optim::Optimizer::create(spec.optimizer);
    if (!optimizer) {
      if (error)
        *error = field + ".optimizer: unknown optimizer '" + spec.optimizer +
                 "' (valid: " + optim::optimizerNames() + ")";
      return std::nullopt;
    }
    for (const auto& [key, value] : spec.params) {
      std::string message;
      if (!optimizer->set(key, value, &message)) {
        if (error) *error = field + ".params." + key + ": " + message;
        return std::nullopt;
      }
    }
    if (!std::isfinite(spec.start.x()) || !std::isfinite(spec.start.y())) {
      if (error) *error = field + ".start: not finite";
      return std::nullopt;
    }
    session.runs.push_back({Run(landscape->formula, *optimizer, spec.start), spec.color, spec.visible});
  }
  session.advance(scene.steps);
  return session;
}

Scene Session::toScene() const {
  Scene scene;
  scene.landscape = landscape_.isCatalog ? landscape_.name : landscape_.formula.text();
  scene.view = view;
  scene.colors = colors;
  scene.steps = stepCount();
  scene.stepLimit = stepLimit;
  scene.stepsPerSecond = stepsPerSecond;
  scene.restartOnChange = restartOnChange;
  for (const LiveRun& live : runs) {
    RunSpec spec;
    const optim::Optimizer& opt = live.run.optimizer();
    spec.optimizer = opt.name();
    const auto& infos = opt.info().params;
    for (size_t i = 0; i < infos.size(); ++i)
      if (opt.param(i) != infos[i].defaultValue) spec.params.emplace_back(infos[i].name, opt.param(i));
    spec.start = live.run.start();
    spec.color = live.color;
    spec.visible = live.visible;
    scene.runs.push_back(spec);
  }
  return scene;
}

bool Session::setLandscape(const std::string& nameOrFormula, landscapes::ParseError* error) {
  auto landscape = landscapes::resolveLandscape(nameOrFormula, error);
  if (!landscape) return false;
  landscape_ = *landscape;
  for (LiveRun& live : runs) live.run.setFormula(landscape_.formula);
  return true;
}

void Session::addRun(const std::string& optimizer, const optim::Vec2& start) {
  auto opt = optim::Optimizer::create(optimizer);
  if (!opt) return;
  Run run(landscape_.formula, *opt, start);
  run.advance(stepCount());
  runs.push_back({std::move(run), paletteColor(runs.size()), true});
}

void Session::advance(size_t n) {
  for (LiveRun& live : runs) {
    const size_t done = live.run.requestedSteps();
    const size_t allowed = done >= stepLimit ? 0 : std::min(n, stepLimit - done);
    if (allowed > 0) live.run.advance(allowed);
  }
}

void Session::restart() {
  for (LiveRun& live : runs) live.run.restart();
}

size_t Session::stepCount() const {
  size_t n = 0;
  for (const LiveRun& live : runs) n = std::max(n, live.run.requestedSteps());
  return n;
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
