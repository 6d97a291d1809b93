// Every optimizer unit, written once as a type list; the variant an Optimizer holds and the registry
// (optimizerInfos(): names, presets, hyperparameter metadata) both follow from that list.
// Adding an optimizer = one unit file, its entry in AllUnits below (with the #include beside it), its
// rule as the user reads it in update_rules.h and its GLSL step in glsl/. A unit (see sgd.h) has kName,
// kDescription, optional kPresets, optional kNeedsHessian (`= true` for a unit that needs the Hessian;
// absent, only the gradient is computed) and
//   Params                   hyperparameters, all double, read on every step
//   State                    with `long step` and `StepTerms terms`; reset is `state = {}`
//   update(hp, s, p, g, H)   the new point; records in s.terms the numbers it steps with (step_terms.h);
//                            never throws, never allocates
//   visitParams(p, visit)    visit(double&, ParamInfo) per hyperparameter, in display order
//   visitState([hp,] s, v)   the state under torch.optim's `optimizer.state` keys in torch's order:
//                            visit(name, double) for scalars, visit(name, const Vec2&) per coordinate
#pragma once

#include "optim/adadelta.h"
#include "optim/adagrad.h"
#include "optim/adam.h"
#include "optim/adamax.h"
#include "optim/adamw.h"
#include "optim/lion.h"
#include "optim/nadam.h"
#include "optim/newton.h"
#include "optim/radam.h"
#include "optim/rmsprop.h"
#include "optim/sgd.h"

#include <cstddef>
#include <variant>

namespace lv::optim {

template <class... Units>
struct UnitList {};

/// Every unit, in display order (each followed by its presets in optimizerInfos()).
using AllUnits = UnitList<Sgd, Adagrad, Rmsprop, Adadelta, Adam, AdamW, Adamax, Nadam, Radam, Lion, Newton>;

/// One optimizer's hyperparameters and state, side by side (hyperparameters are read every step).
template <class T>
struct Unit {
  using Type = T;
  typename T::Params params{};
  typename T::State state{};
};

template <class List>
struct UnitVariant;
template <class... Units>
struct UnitVariant<UnitList<Units...>> {
  using type = std::variant<Unit<Units>...>;
};

/// A Unit of any type in AllUnits.
using AnyUnit = UnitVariant<AllUnits>::type;

/// The unit, with this name's default hyperparameters and an empty state, of registry entry `index`
/// (same order as optimizerInfos()). For Optimizer::create and for tests.
const AnyUnit& registryPrototype(size_t index);

}  // namespace lv::optim
