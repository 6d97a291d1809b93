// Optimizer: a registry index plus a std::variant holding one unit's hyperparameters and state.
// Hyperparameters are reached by index through the unit's visitParams, so nothing is duplicated.
#include "optim/optimizer.h"

#include "landscapes/lv_assert.h"
#include "optim/number_text.h"

#include <cmath>
#include <type_traits>
#include <utility>

namespace lv::optim {
namespace {

template <class F>
void forEachParam(AnyUnit& unit, F&& f) {
  std::visit(
      [&](auto& u) {
        using T = typename std::decay_t<decltype(u)>::Type;
        size_t i = 0;
        T::visitParams(u.params, [&](double& value, const ParamInfo&) { f(i++, value); });
      },
      unit);
}

template <class P, class = void>
struct HasMomentum : std::false_type {};
template <class P>
struct HasMomentum<P, std::void_t<decltype(std::declval<P&>().momentum)>> : std::true_type {};
template <class P, class = void>
struct HasBeta1 : std::false_type {};
template <class P>
struct HasBeta1<P, std::void_t<decltype(std::declval<P&>().beta1)>> : std::true_type {};

/// Appends a visited entry (scalar or vector) to `entries`.
struct EntryCollector {
  std::vector<StateEntry>& entries;
  void operator()(const char* name, double value) const {
    entries.push_back({name, false, Vec2(value, 0.0)});
  }
  void operator()(const char* name, const Vec2& value) const { entries.push_back({name, true, value}); }
};

template <class P>
void applyOverrides(P& params, const StepOverrides& overrides) {
  if (overrides.lr) params.lr = *overrides.lr;
  if constexpr (HasMomentum<P>::value) {
    if (overrides.momentum) params.momentum = *overrides.momentum;
  }
  if constexpr (HasBeta1<P>::value) {
    if (overrides.beta1) params.beta1 = *overrides.beta1;
  }
}

}  // namespace

std::optional<Optimizer> Optimizer::create(std::string_view name) {
  const auto& infos = optimizerInfos();
  for (size_t i = 0; i < infos.size(); ++i) {
    if (infos[i].name == name) return Optimizer(i, registryPrototype(i));
  }
  return std::nullopt;
}

const OptimizerInfo& Optimizer::info() const { return optimizerInfos()[index_]; }

size_t Optimizer::paramCount() const { return info().params.size(); }

double Optimizer::param(size_t index) const {
  LV_ASSERT(index < paramCount(), "hyperparameter index out of range");
  double result = 0;
  std::visit(
      [&](const auto& u) {
        using T = typename std::decay_t<decltype(u)>::Type;
        auto params = u.params;  // visitParams takes a mutable Params; read a copy
        size_t i = 0;
        T::visitParams(params, [&](double& value, const ParamInfo&) {
          if (i++ == index) result = value;
        });
      },
      unit_);
  return result;
}

void Optimizer::setParam(size_t index, double value) {
  LV_ASSERT(index < paramCount(), "hyperparameter index out of range");
  forEachParam(unit_, [&](size_t i, double& slot) {
    if (i == index) slot = value;
  });
}

std::optional<double> Optimizer::get(std::string_view key) const {
  const auto& params = info().params;
  for (size_t i = 0; i < params.size(); ++i) {
    if (key == params[i].name) return param(i);
  }
  return std::nullopt;
}

bool Optimizer::set(std::string_view key, double value, std::string* error) {
  const auto& params = info().params;
  for (size_t i = 0; i < params.size(); ++i) {
    const ParamInfo& p = params[i];
    if (key != p.name) continue;
    std::string problem;
    const std::string shown = "hyperparameter '" + std::string(key) + "' = " + formatNumber(value);
    if (!std::isfinite(value)) {
      problem = shown + " is not finite";
    } else if (p.isBool && value != 0.0 && value != 1.0) {
      problem = shown + " must be 0 or 1";
    } else if (value < p.min || value > p.max) {
      problem = shown + " out of range [" + formatNumber(p.min) + ", " + formatNumber(p.max) + "]";
    }
    if (!problem.empty()) {
      if (error) *error = problem + " for " + name();
      return false;
    }
    setParam(i, value);
    return true;
  }
  if (error) {
    std::string valid;
    for (const ParamInfo& p : params) valid += (valid.empty() ? "" : ", ") + std::string(p.name);
    *error = "unknown hyperparameter '" + std::string(key) + "' for " + name() + " (valid: " + valid + ")";
  }
  return false;
}

std::vector<StateEntry> Optimizer::stateEntries() const {
  std::vector<StateEntry> entries;
  visitState(EntryCollector{entries});
  return entries;
}

std::vector<StateEntry> Optimizer::stepTerms() const {
  return std::visit(
      [](const auto& u) { return std::vector<StateEntry>(u.state.terms.begin(), u.state.terms.end()); },
      unit_);
}

void Optimizer::reset() {
  std::visit([](auto& u) { u.state = {}; }, unit_);
}

Vec2 Optimizer::step(const Vec2& point, const Vec2& gradient, const Mat2& hessian) {
  return std::visit(
      [&](auto& u) {
        using T = typename std::decay_t<decltype(u)>::Type;
        return T::update(u.params, u.state, point, gradient, hessian);
      },
      unit_);
}

Vec2 Optimizer::step(const Vec2& point, const Vec2& gradient, const Mat2& hessian,
                     const StepOverrides& overrides) {
  if (!overrides.lr && !overrides.momentum && !overrides.beta1) return step(point, gradient, hessian);
  return std::visit(
      [&](auto& u) {
        using T = typename std::decay_t<decltype(u)>::Type;
        typename T::Params params = u.params;  // a copy on the stack: the hyperparameters stay as set
        applyOverrides(params, overrides);
        return T::update(params, u.state, point, gradient, hessian);
      },
      unit_);
}

}  // namespace lv::optim
