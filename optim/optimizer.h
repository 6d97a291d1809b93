// The optimizer registry and a type-erased optimizer value (kind + hyperparameters + state).
// The registry follows from the unit list in units.h: adding an optimizer = one unit file + one line there.
#pragma once

#include "optim/step_terms.h"
#include "optim/types.h"
#include "optim/units.h"

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace lv::optim {

/// What the registry knows of one optimizer name.
struct OptimizerInfo {
  std::string name;               // "adam", "momentum", ...
  std::string description;        // one line
  std::string updateRule;         // the update rule as display text (multi-line, plain UTF-8)
  std::vector<ParamInfo> params;  // in display order, with this name's defaults
  bool needsHessian = false;
};

/// Every registered optimizer, in display order.
const std::vector<OptimizerInfo>& optimizerInfos();
/// The entry named `name`, or nullptr.
const OptimizerInfo* findOptimizerInfo(std::string_view name);
/// "sgd, momentum, nesterov, ..." for error messages.
std::string optimizerNames();

namespace detail {
/// Accepts any state entry; only used to detect which form of visitState a unit has.
struct IgnoreStateEntry {
  template <class X>
  void operator()(const char*, const X&) const {}
};
/// Whether unit T's visitState reads its hyperparameters (entries that exist only with an option,
/// as Adam's max_exp_avg_sq with amsgrad): visitState(params, state, visit) instead of (state, visit).
template <class T, class = void>
struct StateNeedsParams : std::false_type {};
template <class T>
struct StateNeedsParams<
    T, std::void_t<decltype(T::visitState(std::declval<const typename T::Params&>(),
                                          std::declval<const typename T::State&>(), IgnoreStateEntry{}))>>
    : std::true_type {};
}  // namespace detail

/// An optimizer instance: a plain value, copyable; reset is `reset()`. Hyperparameters are read on
/// every step, so `set` between steps acts on the next step without touching the state.
class Optimizer {
 public:
  /// nullptr-free construction: nullopt for an unknown name.
  static std::optional<Optimizer> create(std::string_view name);

  const OptimizerInfo& info() const;
  const std::string& name() const { return info().name; }

  /// Number of hyperparameters (== info().params.size()) and access by index (UI sliders).
  size_t paramCount() const;
  double param(size_t index) const;
  /// Sets by index; the caller guarantees the value is in range (UI sliders clamp).
  void setParam(size_t index, double value);

  /// Current value of `key`, or nullopt if unknown.
  std::optional<double> get(std::string_view key) const;
  /// Validated set: unknown key, non-finite, out of range or a non-0/1 boolean fail with a message
  /// naming the key, the value and the valid range or names. Returns false without changing anything.
  bool set(std::string_view key, double value, std::string* error = nullptr);

  /// Forgets all state (moments, step count); hyperparameters stay.
  void reset();

  bool needsHessian() const { return info().needsHessian; }

  /// Visits the state, in torch's key order: `f(const char* name, double)` for scalars and
  /// `f(const char* name, const Vec2&)` for vectors. The names depend on the optimizer and its
  /// hyperparameters (amsgrad adds max_exp_avg_sq, as in torch), not on the state, so a fresh
  /// instance with the same hyperparameters gives the column headers. Never allocates.
  template <class F>
  void visitState(F&& f) const {
    std::visit(
        [&](const auto& u) {
          using T = typename std::decay_t<decltype(u)>::Type;
          if constexpr (detail::StateNeedsParams<T>::value)
            T::visitState(u.params, u.state, f);
          else
            T::visitState(u.state, f);
        },
        unit_);
  }
  /// The same entries as values (allocates: for headers, CSV and panels, not for the step loop).
  std::vector<StateEntry> stateEntries() const;
  /// The numbers inside the last update under the names torch's source (or the paper) gives them:
  /// the gradient with L2, bias corrections, effective step sizes, RAdam's ρₜ and r, NAdam's μₜ,
  /// Lion's c, Newton's eigenvalues and direction, ... The unit's update computes them, steps with
  /// them and keeps them in its state (so they are the schedule's lr or beta1 where one overrode
  /// them); visitStepTerms reads them back. Empty before the first step. Allocates.
  std::vector<StateEntry> stepTerms() const;

  /// One update: returns the new point. `hessian` is only read when needsHessian(). Never throws,
  /// never allocates; non-finite results are the caller's to detect.
  Vec2 step(const Vec2& point, const Vec2& gradient, const Mat2& hessian);
  /// The same update with `overrides` (a schedule's lr, momentum or beta1) in place of those
  /// hyperparameters for this update only; the hyperparameters themselves stay as set.
  Vec2 step(const Vec2& point, const Vec2& gradient, const Mat2& hessian, const StepOverrides& overrides);

 private:
  Optimizer(size_t index, const AnyUnit& unit) : index_(index), unit_(unit) {}

  size_t index_ = 0;  // into optimizerInfos()
  AnyUnit unit_;      // hyperparameters + state of the unit this name uses
};

}  // namespace lv::optim
